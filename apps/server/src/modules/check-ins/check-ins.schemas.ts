import { z } from 'zod';
import { multiLineText, singleLineText, uuidSchema } from '@tandem/core';
import { emotionKeys, tagKindKeys } from './check-in-vocabulary.ts';

export const visibilitySchema = z.enum(['private', 'shared']);

export const NOTE_MAX = 2000;

export const newCheckInSchema = z.strictObject({
  id: uuidSchema,
  occurredAt: z.iso.datetime({
    offset: true,
    message: 'Must be a date and time, e.g. 2026-03-01T08:30:00+01:00.',
  }),
  mood: z.number().int().min(0).max(10),
  emotions: z
    .array(z.strictObject({ key: z.enum(emotionKeys), intensity: z.number().int().min(1).max(10) }))
    .max(10)
    .refine((list) => new Set(list.map((e) => e.key)).size === list.length, {
      message: 'Each emotion once.',
    }),
  sleepHours: z
    .number()
    .min(0)
    .max(24)
    .refine((hours) => Number.isInteger(hours * 2), { message: 'In steps of half an hour.' })
    .nullable(),
  tags: z
    .array(
      z.strictObject({
        kind: z.enum(tagKindKeys),
        label: singleLineText().pipe(z.string().trim().min(1).max(40)),
      }),
    )
    .max(20),
  note: multiLineText().pipe(z.string().max(NOTE_MAX)).nullable(),
  visibility: visibilitySchema,
});

export type NewCheckIn = z.infer<typeof newCheckInSchema>;

export const checkInSchema = z.object({
  id: z.string(),
  occurredAt: z.string(),
  recordedAt: z.string(),
  mood: z.number(),
  emotions: z.array(z.object({ key: z.string(), label: z.string(), intensity: z.number() })),
  sleepHours: z.number().nullable(),
  tags: z.array(z.object({ kind: z.string(), label: z.string() })),
  note: z.string().nullable(),
  visibility: visibilitySchema,
});
