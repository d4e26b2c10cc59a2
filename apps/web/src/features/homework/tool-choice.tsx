import { useState } from 'react';
import { SelectField } from '../../shared/ui/SelectField.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { measureChoices } from '../measures/instrument-availability.ts';
import { usePracticeInstruments } from '../measures/practice-instruments-api.ts';
import { useInstruments } from '../measures/therapist-measures-api.ts';
import type { ClientHomeworkList, NewHomework } from './homework-api.ts';

export type ToolKind = NewHomework['tool']['kind'];

/** Every kind of homework, in the words of the "What to do" choice. */
export const toolKindOptions: { value: ToolKind; label: string }[] = [
  { value: 'worksheet', label: 'A worksheet' },
  { value: 'skill', label: 'A skill' },
  { value: 'check-in', label: 'A check-in' },
  { value: 'journal', label: 'Writing in the journal' },
  { value: 'exposure-practice', label: 'An exposure practice' },
  { value: 'goal-rating', label: 'Rating their goals' },
  { value: 'activities', label: 'Planning activities (behavioural activation)' },
  { value: 'measure', label: 'A questionnaire (measure)' },
  { value: 'other', label: 'Something else (in your words)' },
];

/** The questionnaires the practice can assign now (the measures module's rules). */
function useMeasureChoices(): { value: string; label: string }[] {
  const instruments = useInstruments();
  const practiceInstruments = usePracticeInstruments();
  return measureChoices(
    instruments.data?.instruments ?? [],
    practiceInstruments.data?.instruments ?? [],
  );
}

/**
 * The "What to do" part of a homework form (the one client's, or every member
 * of a couple or family): the kind, then the worksheet, skill, questionnaire
 * or task it names. `fields` draws them; `tool()` is what to send.
 */
export function useToolChoice(
  tools: ClientHomeworkList['tools'] | undefined,
  kinds: readonly { value: ToolKind; label: string }[] = toolKindOptions,
) {
  const [kind, setKind] = useState<ToolKind>(kinds[0]?.value ?? 'worksheet');
  const [worksheet, setWorksheet] = useState('');
  const [skill, setSkill] = useState('');
  const [measure, setMeasure] = useState('');
  const [task, setTask] = useState('');
  const measures = useMeasureChoices();
  const worksheets = tools?.worksheets ?? [];
  const skills = tools?.skills ?? [];
  const worksheetKey = worksheet || (worksheets[0]?.key ?? '');
  const skillKey = skill || (skills[0]?.key ?? '');
  const measureKey = measure || (measures[0]?.value ?? '');

  function tool(): NewHomework['tool'] {
    switch (kind) {
      case 'worksheet':
        return { kind, key: worksheetKey };
      case 'skill':
        return { kind, key: skillKey };
      case 'other':
        return { kind, task };
      case 'measure':
        return { kind, key: measureKey };
      case 'check-in':
      case 'journal':
      case 'exposure-practice':
      case 'goal-rating':
      case 'activities':
        return { kind };
    }
  }

  function fields(id: string, errorAt: (path: string) => string | undefined, measureHint?: string) {
    return (
      <>
        <SelectField
          id={`${id}-kind`}
          label="What to do"
          value={kind}
          options={kinds}
          onChange={setKind}
        />
        {kind === 'worksheet' && (
          <SelectField
            id={`${id}-worksheet`}
            label="Worksheet"
            value={worksheetKey}
            options={worksheets.map((w) => ({ value: w.key, label: w.title }))}
            onChange={setWorksheet}
            error={errorAt('tool.key')}
          />
        )}
        {kind === 'skill' && (
          <SelectField
            id={`${id}-skill`}
            label="Skill"
            value={skillKey}
            options={skills.map((s) => ({ value: s.key, label: s.name }))}
            onChange={setSkill}
            error={errorAt('tool.key')}
          />
        )}
        {kind === 'measure' && (
          <SelectField
            id={`${id}-measure`}
            label="Questionnaire"
            hint={measureHint}
            value={measureKey}
            options={measures}
            onChange={setMeasure}
            error={errorAt('tool.key')}
          />
        )}
        {kind === 'other' && (
          <TextField
            id={`${id}-task`}
            label="The task, in a few words"
            value={task}
            onChange={setTask}
            error={errorAt('tool.task')}
          />
        )}
      </>
    );
  }

  return { tool, fields, clearTask: () => setTask('') };
}
