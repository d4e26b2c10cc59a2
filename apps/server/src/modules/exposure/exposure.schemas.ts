import { z } from 'zod';
import { multiLineText, singleLineText, uuidSchema } from '@tandem/core';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';

export const HIERARCHY_NAME_MAX = 60;
export const SITUATION_MAX = 300;
export const MAX_STEPS = 30;
export const MAX_READINGS = 60;
export const PRACTICE_MINUTES_MAX = 600;
export const PRACTICE_TEXT_MAX = 1000;

/** Subjective units of distress, 0 (calm) to 100 (the most distress one can imagine). */
const suds = z.number().int().min(0).max(100);

const hierarchyName = singleLineText().pipe(
  z.string().trim().min(1, 'Give the hierarchy a short name.').max(HIERARCHY_NAME_MAX),
);

export const stepSchema = z.strictObject({
  id: uuidSchema,
  situation: singleLineText().pipe(
    z.string().trim().min(1, 'Describe the situation or remove the step.').max(SITUATION_MAX),
  ),
  predictedSuds: suds,
  retired: z.boolean(),
});

export const newHierarchySchema = z.strictObject({
  id: uuidSchema,
  name: hierarchyName,
  steps: z.array(stepSchema).max(MAX_STEPS),
});

export const hierarchySaveSchema = z.strictObject({
  baseVersion: z.number().int().min(1),
  name: hierarchyName,
  /** In the order the steps are to be climbed. */
  steps: z.array(stepSchema).max(MAX_STEPS),
  retired: z.boolean(),
});

export type NewHierarchy = z.infer<typeof newHierarchySchema>;
export type HierarchySave = z.infer<typeof hierarchySaveSchema>;
export type HierarchyStep = z.infer<typeof stepSchema>;

export const hierarchySchema = z.object({
  id: z.string(),
  name: z.string(),
  steps: z.array(
    z.object({
      id: z.string(),
      situation: z.string(),
      predictedSuds: z.number(),
      retired: z.boolean(),
    }),
  ),
  retired: z.boolean(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const practiceText = multiLineText().pipe(z.string().max(PRACTICE_TEXT_MAX)).nullable();

export const newPracticeSchema = z.strictObject({
  id: uuidSchema,
  hierarchyId: uuidSchema,
  stepId: uuidSchema,
  practicedAt: z.iso.datetime({
    offset: true,
    message: 'Must be a date and time, e.g. 2026-03-01T08:30:00+01:00.',
  }),
  sudsBefore: suds,
  sudsPeak: suds,
  sudsAfter: suds,
  /** Ratings during the practice, by minute from its start. */
  readings: z
    .array(z.strictObject({ minute: z.number().int().min(0).max(PRACTICE_MINUTES_MAX), suds }))
    .max(MAX_READINGS),
  minutes: z.number().int().min(1).max(PRACTICE_MINUTES_MAX),
  safetyBehaviours: practiceText,
  predicted: practiceText,
  happened: practiceText,
  /** How far the feared outcome came true, 0 (not at all) to 100 (completely). */
  outcomeCameTrue: suds.nullable(),
  visibility: visibilitySchema,
});

export type NewPractice = z.infer<typeof newPracticeSchema>;

export const practiceSchema = z.object({
  id: z.string(),
  hierarchyId: z.string(),
  stepId: z.string(),
  practicedAt: z.string(),
  recordedAt: z.string(),
  sudsBefore: z.number(),
  sudsPeak: z.number(),
  sudsAfter: z.number(),
  readings: z.array(z.object({ minute: z.number(), suds: z.number() })),
  minutes: z.number(),
  safetyBehaviours: z.string().nullable(),
  predicted: z.string().nullable(),
  happened: z.string().nullable(),
  outcomeCameTrue: z.number().nullable(),
  visibility: visibilitySchema,
});
