import { worksheetKinds } from '../worksheets/worksheet-catalogue.ts';

/**
 * "How helpful was it?": our own five-point scale, with words for each point.
 * Asked because how homework went predicts progress more than how much was
 * done (Kazantzis et al. 2016, Behavior Therapy 47(5):755–772; see
 * apps/server/src/modules/homework/homework.schemas.ts).
 */
export const helpfulnessScale = [
  { value: '1', label: 'Not helpful this time' },
  { value: '2', label: 'A little helpful' },
  { value: '3', label: 'Somewhat helpful' },
  { value: '4', label: 'Quite helpful' },
  { value: '5', label: 'Very helpful' },
] as const;

export type HelpfulnessValue = (typeof helpfulnessScale)[number]['value'];

export function helpfulnessLabel(value: number | null): string {
  return helpfulnessScale.find((point) => point.value === String(value))?.label ?? '';
}

const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  timeZone: 'UTC',
});

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}

/** A calendar date ('YYYY-MM-DD') in words, e.g. "Friday, 12 June". */
export function dayInWords(isoDate: string): string {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  return Number.isNaN(time) ? isoDate : dayFormat.format(new Date(time));
}

/** `isoDate` plus `days` whole days. */
export function addDays(isoDate: string, days: number): string {
  return new Date((dayNumber(isoDate) + days) * 86_400_000).toISOString().slice(0, 10);
}

/**
 * When homework is due, for the client, in plain and gentle words: the day is
 * in the client's calendar (`today` from the server), and a passed date is
 * never a reproach.
 */
export function dueInWords(dueOn: string, today: string): string {
  const days = dayNumber(dueOn) - dayNumber(today);
  if (days === 0) return 'For today';
  if (days === 1) return 'For tomorrow';
  if (days > 1) return `For ${dayInWords(dueOn)}`;
  return `It was for ${dayInWords(dueOn)}. You can still do it if you like.`;
}

/**
 * Where the client does it; null for a task in the therapist's own words, or
 * a questionnaire that is not open yet (`occasionId` is the open one's).
 */
export function toolLink(
  kind: string,
  key: string | null,
  occasionId: string | null = null,
): string | null {
  switch (kind) {
    case 'check-in':
      return '/client/check-in';
    case 'journal':
      return '/client/journal';
    case 'worksheet':
      return (
        worksheetKinds.find((worksheet) => worksheet.key === key)?.to ??
        `/client/worksheets/${key ?? ''}`
      );
    case 'skill':
      return `/client/skills/${key ?? ''}`;
    case 'exposure-practice':
      return '/client/exposure';
    case 'goal-rating':
      return '/client/goals';
    case 'activities':
      return '/client/activities';
    case 'measure':
      return occasionId === null ? null : `/client/measures/${occasionId}`;
    default:
      return null;
  }
}

/** What a linked entry is called in the client's list, e.g. "Check-in of 3 June, 14:05". */
export function entryMadeLabel(kind: string, when: string): string {
  const names: Record<string, string> = {
    'check-in': 'Check-in',
    journal: 'Journal entry',
    worksheet: 'Worksheet',
    'skill-practice': 'Practice',
    'exposure-practice': 'Exposure practice',
    activity: 'Activity',
  };
  return `${names[kind] ?? 'Entry'} of ${when}`;
}

/** The homework's state for the care team, in a few words. */
export function statusInWords(homework: {
  status: string;
  overdue: boolean;
  helpfulness: number | null;
}): string {
  switch (homework.status) {
    case 'done':
      return `Done: ${helpfulnessLabel(homework.helpfulness).toLowerCase()} (${homework.helpfulness ?? '–'} of 5)`;
    case 'not-done':
      return 'Not done this time';
    case 'cancelled':
      return 'Cancelled';
    default:
      return homework.overdue ? 'Waiting, past its date' : 'Waiting';
  }
}
