import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import type { SelectOption } from '../../shared/ui/SelectField.tsx';
import type { FormLayout } from './layout-preference.ts';

const layoutOptions: ReadonlyArray<SelectOption<FormLayout>> = [
  { value: 'one-per-screen', label: 'One question at a time' },
  { value: 'all-at-once', label: 'All questions on one page' },
];

export function FormLayoutChoice({
  name,
  value,
  onChange,
}: {
  name: string;
  value: FormLayout;
  onChange: (layout: FormLayout) => void;
}) {
  return (
    <ChoiceGroup
      name={name}
      legend="Show"
      value={value}
      options={layoutOptions}
      onChange={onChange}
    />
  );
}
