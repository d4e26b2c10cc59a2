import type { ReactNode } from 'react';

interface FieldProps {
  inputId: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Renders the control; receives the ids to put in aria-describedby. */
  children: (describedBy: string | undefined) => ReactNode;
}

/** Label, hint and error text around one control, linked for assistive technology. */
export function Field({ inputId, label, hint, error, children }: FieldProps) {
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy =
    [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children(describedBy)}
    </div>
  );
}
