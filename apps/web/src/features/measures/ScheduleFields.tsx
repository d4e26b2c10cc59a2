import type { FieldErrors } from '../../shared/forms/validation.ts';
import { ChoiceGroup } from '../../shared/ui/ChoiceGroup.tsx';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import type { SelectOption } from '../../shared/ui/SelectField.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { DateField } from './DateField.tsx';
import { weekdayName } from './progress-wording.ts';
import type { ScheduleDraft, ScheduleField } from './schedule-form.ts';

const kindOptions: ReadonlyArray<SelectOption<ScheduleDraft['kind']>> = [
  { value: 'once', label: 'Once' },
  { value: 'weekly', label: 'Every week' },
  { value: 'every-n-days', label: 'Every few days' },
];

const weekdayOptions: ReadonlyArray<SelectOption<string>> = [1, 2, 3, 4, 5, 6, 7].map((day) => ({
  value: String(day),
  label: weekdayName(day),
}));

/** The DOM ids of the schedule fields, for focusing the first one with an error. */
export function scheduleFieldIds(idPrefix: string): Record<ScheduleField, string> {
  return {
    days: `${idPrefix}-days`,
    startsOn: `${idPrefix}-starts-on`,
    endsOn: `${idPrefix}-ends-on`,
    windowDays: `${idPrefix}-window`,
  };
}

interface ScheduleFieldsProps {
  idPrefix: string;
  draft: ScheduleDraft;
  onChange: (draft: ScheduleDraft) => void;
  errors: FieldErrors<ScheduleField>;
  /** Whether the schedule may have a last date. */
  withEnd: boolean;
}

/** When a measure is due: once, weekly on a weekday or every N days, from a date, open for a few days. */
export function ScheduleFields({
  idPrefix,
  draft,
  onChange,
  errors,
  withEnd,
}: ScheduleFieldsProps) {
  const ids = scheduleFieldIds(idPrefix);
  const set = (change: Partial<ScheduleDraft>) => onChange({ ...draft, ...change });
  return (
    <>
      <ChoiceGroup
        name={`${idPrefix}-kind`}
        legend="How often"
        value={draft.kind}
        options={kindOptions}
        onChange={(kind) => set({ kind })}
      />
      {draft.kind === 'weekly' && (
        <SelectField
          id={`${idPrefix}-weekday`}
          label="On"
          value={draft.weekday}
          options={weekdayOptions}
          onChange={(weekday) => set({ weekday })}
        />
      )}
      {draft.kind === 'every-n-days' && (
        <TextField
          id={ids.days}
          label="Every how many days"
          inputMode="numeric"
          autoComplete="off"
          value={draft.days}
          onChange={(days) => set({ days })}
          error={errors.days}
        />
      )}
      <DateField
        id={ids.startsOn}
        label={draft.kind === 'once' ? 'Due on' : 'First date'}
        value={draft.startsOn}
        onChange={(startsOn) => set({ startsOn })}
        error={errors.startsOn}
      />
      {withEnd && draft.kind !== 'once' && (
        <DateField
          id={ids.endsOn}
          label="Last date (optional)"
          hint="Leave empty to keep sending until you stop it."
          value={draft.endsOn}
          onChange={(endsOn) => set({ endsOn })}
          error={errors.endsOn}
          required={false}
        />
      )}
      <TextField
        id={ids.windowDays}
        label="Days to answer"
        hint="How many days each one stays open, counting the day it is due (1 to 14)."
        inputMode="numeric"
        autoComplete="off"
        value={draft.windowDays}
        onChange={(windowDays) => set({ windowDays })}
        error={errors.windowDays}
      />
    </>
  );
}
