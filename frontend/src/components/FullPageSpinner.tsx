import { Spinner } from './Spinner';
import styles from './Spinner.module.css';

/** The whole screen while the session is checked or the first chunk loads (plain HTML: no Ant Design yet). */
export function FullPageSpinner({ tip }: { tip?: string }) {
  return (
    <div className={styles.page}>
      <Spinner label={tip} />
      {tip && <span aria-hidden>{tip}</span>}
    </div>
  );
}
