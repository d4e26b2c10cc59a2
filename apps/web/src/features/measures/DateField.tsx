import { Field } from '../../shared/ui/Field.tsx';

interface DateFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
}

/** A calendar date (`YYYY-MM-DD`) with the browser's own date picker. */
export function DateField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
  required = true,
}: DateFieldProps) {
  return (
    <Field inputId={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          className="field__input field__input--date"
          type="date"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
