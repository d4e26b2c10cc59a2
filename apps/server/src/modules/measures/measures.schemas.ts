import { z } from 'zod';
import { isIsoDate, multiLineText } from '@tandem/core';

/** A calendar date, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'Use a real date written YYYY-MM-DD.' });

export const scheduleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('once') }),
  z.strictObject({
    kind: z.literal('every-n-days'),
    days: z
      .number()
      .int('Use whole days.')
      .min(1, 'At least every day.')
      .max(365, 'At most every 365 days.'),
  }),
  z.strictObject({
    kind: z.literal('weekly'),
    weekday: z
      .number()
      .int()
      .min(1, 'Use 1 (Monday) to 7 (Sunday).')
      .max(7, 'Use 1 (Monday) to 7 (Sunday).'),
  }),
]);

/** Item id → the option's published value, or null for "not answered". */
export const answersSchema = z
  .record(z.string().max(32), z.number().finite().nullable())
  .refine((answers) => Object.keys(answers).length <= 200, { message: 'Too many answers.' });

/**
 * What a draft keeps: a built-in instrument's item numbers, or a practice
 * instrument's answers by linkId (numbers, yes/no, text); the service checks
 * them against the form. Text is free text from the client: the same safety
 * rules as any multi-line field.
 */
export const draftValueSchema = z.union([
  z.number().finite(),
  z.boolean(),
  multiLineText().max(4000, 'Use at most 4000 characters.'),
  z.null(),
]);
export const draftAnswersSchema = z
  .record(z.string().min(1).max(255), draftValueSchema)
  .refine((answers) => Object.keys(answers).length <= 300, { message: 'Too many answers.' });

export const bandRefSchema = z.object({ id: z.string(), label: z.string() });
export const bandSchema = z.object({
  id: z.string(),
  label: z.string(),
  min: z.number(),
  max: z.number(),
});
export const changeSchema = z.object({ category: z.string(), label: z.string() });
export const onTrackSchema = z.object({
  status: z.enum(['on-track', 'not-on-track', 'not-enough-data']),
  reason: z.string(),
});

export const assignmentSchema = z.object({
  id: z.string(),
  clientId: z.string(),
  instrumentId: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  schedule: scheduleSchema,
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  windowDays: z.number(),
  reminders: z.boolean(),
  resultsHidden: z.boolean(),
  status: z.enum(['active', 'paused', 'stopped']),
  version: z.number(),
  createdAt: z.string(),
  nextDueOn: z.string().nullable(),
  lastReminder: z
    .object({ state: z.enum(['sent', 'failed', 'opened', 'pending']), at: z.string() })
    .nullable(),
  recent: z.array(
    z.object({
      dueOn: z.string(),
      state: z.enum(['done', 'open', 'upcoming', 'missed', 'left-half-done']),
      /** What became of this occasion's reminder: e-mail sent or failed, or opened in the app. */
      reminder: z
        .object({ state: z.enum(['sent', 'failed', 'opened', 'pending']), at: z.string() })
        .nullable(),
    }),
  ),
});

export const instrumentSchema = z.object({
  id: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  version: z.string(),
  itemCount: z.number(),
  riskBearing: z.boolean(),
  min: z.number(),
  max: z.number(),
  betterDirection: z.enum(['lower', 'higher']),
  bands: z.array(bandSchema),
  licence: z.object({
    kind: z.string(),
    text: z.string(),
    attribution: z.string(),
    url: z.string().nullable(),
  }),
  licenceAccepted: z.boolean(),
  assignable: z.boolean(),
  notAssignableReason: z.enum(['licence', 'fallback-contact']).nullable(),
});

export const seriesSchema = z.object({
  instrumentId: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  min: z.number(),
  max: z.number(),
  betterDirection: z.enum(['lower', 'higher']),
  bands: z.array(bandSchema),
  /** 'none': a practice instrument totalled by its own scoring; no published thresholds. */
  thresholds: z.enum(['published', 'none']),
  reliableChange: z.number().nullable(),
  clinicalCutoff: z.number().nullable(),
  baseline: z.object({ total: z.number(), at: z.string() }).nullable(),
  points: z.array(
    z.object({
      responseId: z.string(),
      at: z.string(),
      total: z.number().nullable(),
      band: bandRefSchema.nullable(),
      prorated: z.boolean(),
      critical: z.array(z.string()),
      change: changeSchema.nullable(),
    }),
  ),
  latestChange: changeSchema.nullable(),
  notOnTrack: onTrackSchema.nullable(),
  items: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      values: z.array(
        z.object({ responseId: z.string(), at: z.string(), value: z.number().nullable() }),
      ),
    }),
  ),
});
