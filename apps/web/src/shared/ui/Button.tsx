import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';

type ButtonVariant = 'primary' | 'secondary' | 'quiet' | 'danger';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /**
   * While busy the button stays focusable (aria-disabled) but ignores clicks, so
   * focus is not lost and a second click cannot send the form twice.
   */
  busy?: boolean;
  /** What the button says while busy ("Signing in…"), so the wait is visible. */
  busyLabel?: ReactNode;
}

export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  type = 'button',
  className,
  onClick,
  children,
  ...rest
}: ButtonProps) {
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  return (
    <button
      {...rest}
      type={type}
      className={['button', `button--${variant}`, className].filter(Boolean).join(' ')}
      aria-disabled={busy || undefined}
      onClick={handleClick}
    >
      {busy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
