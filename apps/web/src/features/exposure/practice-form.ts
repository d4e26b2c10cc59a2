import { readSuds } from '../skills/suds.ts';
import type { NewExposurePractice } from './exposure-api.ts';

/** The practice form as typed (all text, so a paused draft keeps exactly what was typed). */
export interface PracticeFields {
  sudsBefore: string;
  sudsPeak: string;
  sudsAfter: string;
  minutes: string;
  readings: { minute: string; suds: string }[];
  safetyBehaviours: string;
  predicted: string;
  happened: string;
  outcomeCameTrue: string;
  visibility: 'private' | 'shared';
}

export const emptyPracticeFields = (): PracticeFields => ({
  sudsBefore: '',
  sudsPeak: '',
  sudsAfter: '',
  minutes: '',
  readings: [],
  safetyBehaviours: '',
  predicted: '',
  happened: '',
  outcomeCameTrue: '',
  visibility: 'private',
});

/** Field id → the problem with it, in plain words. */
export type PracticeProblems = Record<string, string>;

const textOrNull = (text: string) => (text.trim() === '' ? null : text);

function readMinutes(typed: string): { value: number } | { problem: string } {
  const trimmed = typed.trim();
  if (!/^\d{1,3}$/.test(trimmed) || Number(trimmed) < 1 || Number(trimmed) > 600) {
    return { problem: 'Enter the minutes as a whole number from 1 to 600.' };
  }
  return { value: Number(trimmed) };
}

/**
 * Checks the form and builds the request, or names each field with a problem
 * (by its input id, so the page can focus the first one).
 */
export function readPracticeFields(
  fields: PracticeFields,
  ids: { id: string; hierarchyId: string; stepId: string; practicedAt: string },
): { body: NewExposurePractice } | { problems: PracticeProblems } {
  const problems: PracticeProblems = {};
  const number = (key: string, typed: string) => {
    const read = readSuds(typed);
    if ('problem' in read) problems[key] = read.problem;
    return 'value' in read ? read.value : 0;
  };
  const sudsBefore = number('practice-before', fields.sudsBefore);
  const sudsPeak = number('practice-peak', fields.sudsPeak);
  const sudsAfter = number('practice-after', fields.sudsAfter);
  const minutesRead = readMinutes(fields.minutes);
  if ('problem' in minutesRead) problems['practice-minutes'] = minutesRead.problem;
  const minutes = 'value' in minutesRead ? minutesRead.value : 0;
  let last = -1;
  const readings = fields.readings.map((reading, index) => {
    const minuteRead = readMinutes(reading.minute);
    const minute = 'value' in minuteRead ? minuteRead.value : -1;
    if ('problem' in minuteRead) {
      problems[`practice-reading-${index}-minute`] = minuteRead.problem;
    } else if (minute <= last) {
      problems[`practice-reading-${index}-minute`] =
        'Put the readings in order, each at a later minute than the one before.';
    } else if (minutes > 0 && minute > minutes) {
      problems[`practice-reading-${index}-minute`] =
        'This minute is after the practice ended. Check how long it lasted.';
    }
    last = Math.max(last, minute);
    return { minute, suds: number(`practice-reading-${index}-suds`, reading.suds) };
  });
  let outcomeCameTrue: number | null = null;
  if (fields.outcomeCameTrue.trim() !== '') {
    outcomeCameTrue = number('practice-came-true', fields.outcomeCameTrue);
  }
  if (Object.keys(problems).length > 0) return { problems };
  return {
    body: {
      ...ids,
      sudsBefore,
      sudsPeak,
      sudsAfter,
      readings,
      minutes,
      safetyBehaviours: textOrNull(fields.safetyBehaviours),
      predicted: textOrNull(fields.predicted),
      happened: textOrNull(fields.happened),
      outcomeCameTrue,
      visibility: fields.visibility,
    },
  };
}
