import { ArrowLeftOutlined } from '@ant-design/icons';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The way back from a detail page to its list, one line above the title (on a phone the menu is folded away). */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} data-testid="back-link" style={{ alignSelf: 'flex-start', overflowWrap: 'anywhere' }}>
      <ArrowLeftOutlined aria-hidden /> {children}
    </Link>
  );
}
