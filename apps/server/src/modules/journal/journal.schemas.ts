import { z } from 'zod';
import { multiLineText, uuidSchema } from '@tandem/core';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';

export const JOURNAL_BODY_MAX = 20_000;

const bodySchema = multiLineText().pipe(
  z
    .string()
    .max(JOURNAL_BODY_MAX)
    .refine((text) => text.trim() !== '', { message: 'Write something first.' }),
);

export const newJournalEntrySchema = z.strictObject({
  id: uuidSchema,
  body: bodySchema,
  visibility: visibilitySchema,
});

export const journalEditSchema = z.strictObject({ body: bodySchema, visibility: visibilitySchema });

export type NewJournalEntry = z.infer<typeof newJournalEntrySchema>;

export const journalEntrySchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  body: z.string(),
  visibility: visibilitySchema,
});
