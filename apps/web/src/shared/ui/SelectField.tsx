import { Field } from './Field.tsx';

export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
}

interface SelectFieldProps<Value extends string> {
  id: string;
  label: string;
  value: Value;
  options: ReadonlyArray<SelectOption<Value>>;
  onChange: (value: Value) => void;
  hint?: string | undefined;
  error?: string | undefined;
}

export function SelectField<Value extends string>({
  id,
  label,
  value,
  options,
  onChange,
  hint,
  error,
}: SelectFieldProps<Value>) {
  return (
    <Field inputId={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select
          id={id}
          name={id}
          className="field__input field__input--select"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onChange(chosen.value);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
