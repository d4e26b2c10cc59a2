import type { SelectOption } from './SelectField.tsx';

interface ChoiceGroupProps<Value extends string> {
  name: string;
  legend: string;
  value: Value;
  options: ReadonlyArray<SelectOption<Value>>;
  onChange: (value: Value) => void;
}

/** A small set of exclusive choices as native radio buttons (arrow keys work for free). */
export function ChoiceGroup<Value extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: ChoiceGroupProps<Value>) {
  return (
    <fieldset className="choice-group">
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__options">
        {options.map((option) => (
          <label className="choice-group__option" key={option.value}>
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
