import type { ReactNode } from 'react';

interface AlertProps {
  children: ReactNode;
  title?: string;
}

/**
 * An error that needs attention. role="alert" makes screen readers announce it
 * as soon as it appears; render it only when there is something to say.
 */
export function Alert({ children, title }: AlertProps) {
  return (
    <div className="notice notice--error" role="alert">
      {title && <p className="notice__title">{title}</p>}
      <div className="notice__body">{children}</div>
    </div>
  );
}
