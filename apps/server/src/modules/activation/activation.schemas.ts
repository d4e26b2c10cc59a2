import { z } from 'zod';
import { multiLineText, singleLineText, uuidSchema } from '@tandem/core';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import { isoDateSchema } from '../measures/measures.schemas.ts';

export const ACTIVITY_TITLE_MAX = 120;
export const ACTIVITY_NOTE_MAX = 1000;

/**
 * Mastery (how much it gave a sense of getting something done) and pleasure
 * (how much it was enjoyed), each 0–10, predicted when planning and rated
 * afterwards. The 0–10 ratings of mastery and pleasure for scheduled
 * activities follow J. S. Beck (2011), Cognitive Behavior Therapy: Basics and
 * Beyond, 2nd ed., ch. 6 (activity scheduling); behavioural activation's
 * effect on depression: Ekers et al. (2014), PLoS ONE 9(6):e100100. The words
 * the client sees are the web app's (features/activation/activation-wording.ts).
 */
export const ratingSchema = z
  .number()
  .int('Choose a whole number from 0 to 10.')
  .min(0, 'Choose a whole number from 0 to 10.')
  .max(10, 'Choose a whole number from 0 to 10.');

export const plannedTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written HH:MM, e.g. 09:30.');

const note = multiLineText().pipe(z.string().max(ACTIVITY_NOTE_MAX)).nullable();

export const newActivitySchema = z.strictObject({
  id: uuidSchema,
  title: singleLineText().pipe(
    z.string().trim().min(1, 'Say what you plan to do.').max(ACTIVITY_TITLE_MAX),
  ),
  plannedOn: isoDateSchema,
  plannedTime: plannedTimeSchema.nullable(),
  predictedMastery: ratingSchema,
  predictedPleasure: ratingSchema,
  visibility: visibilitySchema,
});
export type NewActivity = z.infer<typeof newActivitySchema>;

/** Afterwards: done (on which day, and how it was), or not done this time (maybe why). */
export const activityOutcomeSchema = z.discriminatedUnion('outcome', [
  z.strictObject({
    outcome: z.literal('done'),
    doneOn: isoDateSchema,
    mastery: ratingSchema,
    pleasure: ratingSchema,
    note,
  }),
  z.strictObject({ outcome: z.literal('not-done'), note }),
]);
export type ActivityOutcome = z.infer<typeof activityOutcomeSchema>;

export const activitySchema = z.object({
  id: z.string(),
  title: z.string(),
  plannedOn: z.string(),
  plannedTime: z.string().nullable(),
  predictedMastery: z.number(),
  predictedPleasure: z.number(),
  status: z.enum(['planned', 'done', 'not-done']),
  doneOn: z.string().nullable(),
  actualMastery: z.number().nullable(),
  actualPleasure: z.number().nullable(),
  afterNote: z.string().nullable(),
  createdAt: z.string(),
  ratedAt: z.string().nullable(),
  visibility: visibilitySchema,
});

export const activityListSchema = z.object({
  activities: z.array(activitySchema),
  /** The client's calendar date now (plans are days of the client's calendar). */
  today: z.string(),
});

const estimateSchema = z.object({ value: z.number(), low: z.number(), high: z.number() });

export const activityMoodSchema = z.object({
  /** Each activity done in the window, newest first: what was expected and what it gave. */
  done: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      doneOn: z.string(),
      predictedMastery: z.number(),
      actualMastery: z.number(),
      predictedPleasure: z.number(),
      actualPleasure: z.number(),
    }),
  ),
  /** Means over `done` (one decimal), or null when nothing is done yet. */
  averages: z
    .object({
      predictedMastery: z.number(),
      actualMastery: z.number(),
      predictedPleasure: z.number(),
      actualPleasure: z.number(),
    })
    .nullable(),
  mood: z.object({
    /** Days with a check-in, with at least one activity done that day, and without. */
    daysWithActivity: z.number(),
    daysWithout: z.number(),
    /** Days each side needed before a comparison is shown (the insights' rule). */
    minimumDaysEachSide: z.number(),
    /** Mood points, days with − days without, with its 95% interval; null until enough days. */
    estimate: estimateSchema.nullable(),
    direction: z.enum(['higher', 'lower', 'unclear']).nullable(),
    explanation: z.string().nullable(),
  }),
});
