/**
 * The check-in form's state and the request it becomes. Pure, so the rules
 * (what is sent, what is left out) are tested without a browser.
 */
export interface CheckInDraft {
  mood: number | null;
  /** Emotion key → intensity 1–10. */
  emotions: Record<string, number>;
  sleepHours: string;
  tags: { kind: string; label: string }[];
  note: string;
  /** Empty: now. Otherwise a local date and time from the picker (YYYY-MM-DDTHH:mm). */
  when: string;
  share: boolean;
}

export const emptyDraft = (share: boolean): CheckInDraft => ({
  mood: null,
  emotions: {},
  sleepHours: '',
  tags: [],
  note: '',
  when: '',
  share,
});

export interface CheckInBody {
  id: string;
  occurredAt: string;
  mood: number;
  emotions: { key: string; intensity: number }[];
  sleepHours: number | null;
  tags: { kind: string; label: string }[];
  note: string | null;
  visibility: 'private' | 'shared';
}

export type DraftProblem = { field: 'mood' | 'sleepHours' | 'when'; message: string };

/** Hours of sleep as typed ("7", "7.5", "7,5"): null when left empty. */
export function parseSleep(text: string): number | null | 'invalid' {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const hours = Number(trimmed);
  if (!Number.isFinite(hours) || hours < 0 || hours > 24 || !Number.isInteger(hours * 2)) {
    return 'invalid';
  }
  return hours;
}

/** The request, or what to fix first. The id is made here: when the check-in is made. */
export function toRequest(
  draft: CheckInDraft,
  now: Date,
  newId: () => string,
): { body: CheckInBody } | { problem: DraftProblem } {
  if (draft.mood === null)
    return { problem: { field: 'mood', message: 'Choose a number for your mood.' } };
  const sleep = parseSleep(draft.sleepHours);
  if (sleep === 'invalid') {
    return {
      problem: {
        field: 'sleepHours',
        message: 'Hours of sleep: a number from 0 to 24, in half hours (e.g. 7.5).',
      },
    };
  }
  const occurredAt = draft.when === '' ? now : new Date(draft.when);
  if (Number.isNaN(occurredAt.getTime())) {
    return { problem: { field: 'when', message: 'Choose a date and time, or leave it for now.' } };
  }
  if (occurredAt.getTime() > now.getTime() + 60_000) {
    return { problem: { field: 'when', message: 'A check-in cannot be in the future.' } };
  }
  const note = draft.note.trim();
  return {
    body: {
      id: newId(),
      occurredAt: occurredAt.toISOString(),
      mood: draft.mood,
      emotions: Object.entries(draft.emotions).map(([key, intensity]) => ({ key, intensity })),
      sleepHours: sleep,
      tags: draft.tags,
      note: note === '' ? null : draft.note,
      visibility: draft.share ? 'shared' : 'private',
    },
  };
}

/** Adds a tag once (case does not make a new tag). */
export function withTag(
  tags: readonly { kind: string; label: string }[],
  tag: { kind: string; label: string },
): { kind: string; label: string }[] {
  const label = tag.label.trim();
  if (label === '') return [...tags];
  const exists = tags.some(
    (t) => t.kind === tag.kind && t.label.toLowerCase() === label.toLowerCase(),
  );
  return exists ? [...tags] : [...tags, { kind: tag.kind, label }];
}

/** Words at the ends of the mood scale, and the middle. */
export function moodWords(mood: number): string {
  if (mood <= 2) return 'very low';
  if (mood <= 4) return 'low';
  if (mood <= 6) return 'middling';
  if (mood <= 8) return 'good';
  return 'very good';
}
