import type { ReactNode } from 'react';
import { isEmptyContent } from './empty-content.ts';

interface StatusMessageProps {
  children?: ReactNode;
}

/**
 * A calm confirmation ("Invitation sent"). The live region stays in the page
 * even when empty: screen readers announce changes only in regions that
 * already exist. Empty, it takes no space (see .notice--empty).
 */
export function StatusMessage({ children }: StatusMessageProps) {
  const empty = isEmptyContent(children);
  return (
    <div className={empty ? 'notice notice--empty' : 'notice notice--info'} role="status">
      {empty ? null : children}
    </div>
  );
}
