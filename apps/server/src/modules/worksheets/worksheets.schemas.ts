import { z } from 'zod';
import { multiLineText, uuidSchema } from '@tandem/core';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';

/** One answer: words, a number, the chosen option numbers, or none (checked against the definition). */
const answerInput = z.union([
  multiLineText().pipe(z.string().max(4000)),
  z.number(),
  z.boolean(),
  z.array(z.number()).max(50),
  z.null(),
]);

export const newWorksheetEntrySchema = z.strictObject({
  id: uuidSchema,
  worksheet: z.string().max(64),
  answers: z.record(z.string().max(64), answerInput),
  visibility: visibilitySchema,
});

export type NewWorksheetEntry = z.infer<typeof newWorksheetEntrySchema>;

/** Answers to the questions marked answer-later, added to a saved entry. */
export const laterAnswersSchema = z.strictObject({
  answers: z.record(z.string().max(64), answerInput),
});

export const worksheetKeyParams = z.strictObject({ key: z.string().max(64) });

const storedAnswer = z.union([z.string(), z.number(), z.array(z.number())]);

export const ratingChangeSchema = z.object({
  /** What was rated, in the client's words (an emotion). */
  label: z.string(),
  before: z.number(),
  after: z.number().nullable(),
  /** after − before; negative is a drop. */
  change: z.number().nullable(),
});

export const worksheetEntrySchema = z.object({
  id: z.string(),
  worksheet: z.string(),
  title: z.string(),
  recordedAt: z.string(),
  answers: z.record(z.string(), storedAnswer),
  ratingChanges: z.array(ratingChangeSchema),
  visibility: visibilitySchema,
});

/** The definition: a FHIR R4 Questionnaire, passed through as it is. */
export const questionnaireSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: z.string(),
  url: z.string(),
  version: z.string(),
  title: z.string(),
});
