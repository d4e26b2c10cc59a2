import { z } from 'zod';
import { multiLineText, uuidSchema } from '@tandem/core';
import { isoDateSchema } from '../measures/measures.schemas.ts';

export const DECISION_MAX = 2000;
export const GOAL_MEASURES_MAX = 10;

export const reviewQuerySchema = z.strictObject({
  /** The first day of the window (the client's calendar); left out: since the last session. */
  since: isoDateSchema.optional(),
});

export const newSessionReviewSchema = z.strictObject({
  id: uuidSchema,
  /** The session the review belongs to (the client's calendar). */
  heldOn: isoDateSchema,
  decision: multiLineText().pipe(
    z.string().trim().min(1, 'Write what you decided.').max(DECISION_MAX),
  ),
});
export type NewSessionReview = z.infer<typeof newSessionReviewSchema>;

export const goalMeasuresSchema = z.strictObject({
  instrumentIds: z
    .array(z.string().min(1, 'Choose a measure.').max(100))
    .max(GOAL_MEASURES_MAX, `Link at most ${GOAL_MEASURES_MAX} measures.`),
});
export type GoalMeasures = z.infer<typeof goalMeasuresSchema>;

const person = z.object({ displayName: z.string() });

export const sessionReviewSchema = z.object({
  id: z.string(),
  heldOn: z.string(),
  decision: z.string(),
  createdAt: z.string(),
  createdBy: person,
});

export const reviewAnswerSchema = z.object({
  /** The window shown: from `since` to `today`, both in the client's calendar. */
  since: z.string(),
  today: z.string(),
  /** The latest session recorded before today, if any (where the default window starts). */
  lastSessionOn: z.string().nullable(),
  goals: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(['active', 'achieved', 'set-aside']),
      /** The measures this goal should move (instrument ids). */
      measureIds: z.array(z.string()),
      /** Homework set for this goal (every one, not only the window's). */
      homeworkIds: z.array(z.string()),
      /** Ratings in the window, oldest first, with the last one before it as a starting point. */
      ratings: z.array(z.object({ at: z.string(), date: z.string(), level: z.number() })),
    }),
  ),
  homework: z.array(
    z.object({
      id: z.string(),
      goalId: z.string().nullable(),
      name: z.string(),
      dueOn: z.string(),
      status: z.enum(['waiting', 'done', 'not-done', 'cancelled']),
      helpfulness: z.number().nullable(),
      answerNote: z.string().nullable(),
      assignedAt: z.string(),
      answeredAt: z.string().nullable(),
      /** The client's calendar dates of those moments (where they sit on the axis). */
      assignedOn: z.string(),
      answeredOn: z.string().nullable(),
    }),
  ),
  measures: z.array(
    z.object({
      instrumentId: z.string(),
      name: z.string(),
      /** The goals it is linked to (empty for PHQ-9/GAD-7 shown by default). */
      goalIds: z.array(z.string()),
      scores: z.array(
        z.object({
          at: z.string(),
          date: z.string(),
          total: z.number(),
          band: z.string().nullable(),
        }),
      ),
    }),
  ),
  /** Decisions recorded in earlier reviews, newest first. */
  reviews: z.array(sessionReviewSchema),
});
