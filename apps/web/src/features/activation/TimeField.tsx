import { Field } from '../../shared/ui/Field.tsx';

/** A time of day ('HH:MM') with the browser's own picker; empty means "no time". */
export function TimeField({
  id,
  label,
  value,
  onChange,
  hint,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <Field inputId={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          name={id}
          className="field__input field__input--date"
          type="time"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </Field>
  );
}
