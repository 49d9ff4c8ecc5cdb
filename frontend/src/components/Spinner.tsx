import { useTranslation } from 'react-i18next';
import styles from './Spinner.module.css';

/**
 * A loading indicator without Ant Design, for what the first page needs (the frame, the home page, lazy chunks).
 * `app-spinner` lets the browser journeys wait until no spinner is left, as they do for antd's `.ant-spin-spinning`.
 */
export function Spinner({ small = false, label }: { small?: boolean; label?: string }) {
  const { t } = useTranslation();
  return (
    <span role="status" aria-label={label ?? t('app.loading')} className={`app-spinner ${styles.spinner} ${small ? styles.small : ''}`} />
  );
}

/** A spinner in the middle of a block (a page still loading its chunk). */
export function BlockSpinner() {
  return (
    <div className={styles.block}>
      <Spinner />
    </div>
  );
}
