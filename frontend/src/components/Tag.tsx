import type { ReactNode } from 'react';
import styles from './Tag.module.css';

/** A small coloured label like antd's Tag, in plain HTML for the first page. */
export function Tag({ color, children }: { color: 'blue' | 'red'; children: ReactNode }) {
  return <span className={`${styles.tag} ${styles[color]}`}>{children}</span>;
}
