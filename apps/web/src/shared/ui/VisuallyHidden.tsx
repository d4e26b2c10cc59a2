import type { ReactNode } from 'react';

/** Text for screen readers only, e.g. the client's name inside a row's "Archive" button. */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className="visually-hidden">{children}</span>;
}
