/**
 * The words of the activity schedule (behavioural activation), all our own.
 * Two ratings, 0–10, asked before (a guess) and after (how it was): a sense of
 * getting something done ("achievement", what the literature calls mastery)
 * and enjoyment (pleasure). The scale and its source are in
 * apps/server/src/modules/activation/activation.schemas.ts.
 */
export const ratingWords = {
  achievement: {
    name: 'Achievement',
    before: 'How much will it feel like getting something done?',
    after: 'How much did it feel like getting something done?',
  },
  enjoyment: {
    name: 'Enjoyment',
    before: 'How much do you think you will enjoy it?',
    after: 'How much did you enjoy it?',
  },
  hint: '0 is not at all, 10 is as much as you can imagine.',
} as const;

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

/** When an activity is planned, in plain words from the client's `today`. */
export function plannedInWords(plannedOn: string, plannedTime: string | null, today: string) {
  const days = dayNumber(plannedOn) - dayNumber(today);
  const day =
    days === 0
      ? 'Today'
      : days === 1
        ? 'Tomorrow'
        : days === -1
          ? 'Yesterday'
          : dayInWords(plannedOn);
  return plannedTime === null ? day : `${day} at ${plannedTime}`;
}

export interface Averages {
  predictedMastery: number;
  actualMastery: number;
  predictedPleasure: number;
  actualPleasure: number;
}

const number = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(1));

/** Expected against how it was, on average, in one sentence per rating. */
export function averagesSentences(averages: Averages, count: number): string[] {
  const over = count === 1 ? 'For the activity you did' : `Over the ${count} activities you did`;
  return [
    `${over}, you expected ${number(averages.predictedMastery)} out of 10 for achievement; it was ${number(averages.actualMastery)}.`,
    `You expected ${number(averages.predictedPleasure)} out of 10 for enjoyment; it was ${number(averages.actualPleasure)}.`,
  ];
}

/** Why the mood comparison is not shown yet, and how far along it is. */
export function moodWaitSentence(mood: {
  daysWithActivity: number;
  daysWithout: number;
  minimumDaysEachSide: number;
}): string {
  const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);
  return `To compare your mood on days with and without an activity, this needs check-ins on at least ${days(mood.minimumDaysEachSide)} when you did something you planned and ${days(mood.minimumDaysEachSide)} when you did not. So far: ${days(mood.daysWithActivity)} with and ${days(mood.daysWithout)} without.`;
}
