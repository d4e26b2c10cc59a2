import { Field } from './Field.tsx';

interface TextAreaProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  hint?: string | undefined;
  error?: string | undefined;
}

export function TextArea({ id, label, value, onChange, rows = 12, hint, error }: TextAreaProps) {
  return (
    <Field inputId={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          name={id}
          className="field__input field__input--multiline"
          value={value}
          rows={rows}
          onChange={(event) => onChange(event.target.value)}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
