import type { ReactNode } from 'react';

/**
 * Shown when a link from an e-mail arrives without its token (a mail program
 * may have cut it at a line break). `children` says what to do next.
 */
export function IncompleteLinkNotice({ children }: { children: ReactNode }) {
  return (
    <div className="card">
      <p>This link is not complete. Please open the link from your email again.</p>
      <p>{children}</p>
    </div>
  );
}
