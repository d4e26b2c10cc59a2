import { z } from 'zod';
import { multiLineText, singleLineText, uuidSchema } from '@tandem/core';
import { isoDateSchema } from '../measures/measures.schemas.ts';

export const MAX_STEPS = 20;
const answer = multiLineText().pipe(z.string().trim().max(1000));

/** The SMART prompts' answers; only the goal's short name is required. */
export const goalContentSchema = z.strictObject({
  title: singleLineText().pipe(z.string().trim().min(1, 'Give the goal a short name.').max(200)),
  specific: answer,
  measurable: answer,
  achievable: answer,
  relevant: answer,
  timeBound: answer,
  /** The value this goal serves, if the client linked one (their words or a card's name). */
  value: singleLineText()
    .pipe(z.string().trim().max(100, 'Use at most 100 characters.'))
    .optional(),
});

export const goalStepSchema = z.strictObject({
  id: uuidSchema,
  text: singleLineText().pipe(z.string().trim().min(1, 'Write the step or remove it.').max(300)),
  dueOn: isoDateSchema.nullable(),
  done: z.boolean(),
});

const weightSchema = z
  .number()
  .int('Use a whole number.')
  .min(1, 'The weight is at least 1.')
  .max(10, 'The weight is at most 10.');

export const goalStatusSchema = z.enum(['active', 'achieved', 'set-aside']);

export const newGoalSchema = z.strictObject({
  id: uuidSchema,
  content: goalContentSchema,
  steps: z.array(goalStepSchema).max(MAX_STEPS),
  weight: weightSchema.optional(),
});

export const goalUpdateSchema = z.strictObject({
  /** The goal's `updatedAt` the edit started from: a save over someone else's newer one is refused. */
  baseUpdatedAt: z.iso.datetime({ offset: true, message: 'Must be a date and time.' }),
  content: goalContentSchema,
  steps: z.array(goalStepSchema).max(MAX_STEPS),
  weight: weightSchema,
  status: goalStatusSchema,
});

const otherLevel = singleLineText().pipe(z.string().trim().max(300));

/** The five levels of a goal's attainment scale, −2 … +2, in the client's words. */
export const scaleLevelsSchema = z.strictObject({
  muchLess: otherLevel,
  less: otherLevel,
  expected: singleLineText().pipe(
    z.string().trim().min(1, 'Describe the expected outcome.').max(300),
  ),
  more: otherLevel,
  muchMore: otherLevel,
});

export const scaleSaveSchema = z.strictObject({ levels: scaleLevelsSchema });

export const newRatingSchema = z.strictObject({
  id: uuidSchema,
  level: z
    .number()
    .int('Choose a level from −2 to +2.')
    .min(-2, 'Choose a level from −2 to +2.')
    .max(2, 'Choose a level from −2 to +2.'),
  ratedAt: z.iso
    .datetime({ offset: true, message: 'Must be a date and time, e.g. 2026-03-01T08:30:00Z.' })
    .optional(),
});

export type GoalContent = z.infer<typeof goalContentSchema>;
export type GoalStep = z.infer<typeof goalStepSchema>;
export type ScaleLevels = z.infer<typeof scaleLevelsSchema>;
export type NewGoal = z.infer<typeof newGoalSchema>;
export type GoalUpdate = z.infer<typeof goalUpdateSchema>;
export type NewRating = z.infer<typeof newRatingSchema>;

const person = z.object({ displayName: z.string(), role: z.string() });

export const goalSchema = z.object({
  id: z.string(),
  content: goalContentSchema,
  steps: z.array(
    z.object({ id: z.string(), text: z.string(), dueOn: z.string().nullable(), done: z.boolean() }),
  ),
  weight: z.number(),
  status: goalStatusSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: person,
  scales: z.array(
    z.object({
      id: z.string(),
      version: z.number(),
      levels: scaleLevelsSchema,
      createdAt: z.string(),
      createdBy: person,
    }),
  ),
  ratings: z.array(
    z.object({
      id: z.string(),
      level: z.number(),
      scaleVersion: z.number(),
      ratedAt: z.string(),
      ratedBy: person,
    }),
  ),
});

export const goalsAnswerSchema = z.object({
  goals: z.array(goalSchema),
  tScores: z.array(
    z.object({ date: z.string(), at: z.string(), tScore: z.number(), goals: z.number() }),
  ),
  rho: z.number(),
});
