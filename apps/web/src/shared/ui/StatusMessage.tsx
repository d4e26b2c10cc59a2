import type { ReactNode } from 'react';

interface StatusMessageProps {
  children?: ReactNode;
}

/**
 * A calm confirmation ("Invitation sent"). The live region stays in the page
 * even when empty: screen readers announce changes only in regions that
 * already exist.
 */
export function StatusMessage({ children }: StatusMessageProps) {
  const empty =
    children === undefined || children === null || children === false || children === '';
  return (
    <div className={empty ? 'notice notice--empty' : 'notice notice--info'} role="status">
      {children}
    </div>
  );
}
