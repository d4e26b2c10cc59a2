import type { SelectOption } from './SelectField.tsx';

interface ChoiceGroupProps<Value extends string> {
  name: string;
  legend: string;
  /** Null: nothing chosen yet. */
  value: Value | null;
  options: ReadonlyArray<SelectOption<Value>>;
  onChange: (value: Value) => void;
  /** 'column' for options that are sentences ("I already use Tandem with this address"). */
  layout?: 'row' | 'column';
}

/** A small set of exclusive choices as native radio buttons (arrow keys work for free). */
export function ChoiceGroup<Value extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  layout = 'row',
}: ChoiceGroupProps<Value>) {
  return (
    <fieldset className={`choice-group choice-group--${layout}`}>
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
