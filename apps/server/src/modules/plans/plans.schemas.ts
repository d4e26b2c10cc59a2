import { z } from 'zod';
import { singleLineText } from '@tandem/core';
import { MAX_ITEMS_PER_SECTION } from './plan-sections.ts';

export const planKindSchema = z.enum(['safety-plan', 'coping-plan']);

export const planItemSchema = z.strictObject({
  text: singleLineText().pipe(
    z.string().trim().min(1, 'Write something or remove the line.').max(300),
  ),
  phone: singleLineText().pipe(z.string().trim().max(40)).nullable(),
});

/** Every section of the kind must be present (checked against plan-sections.ts by the service). */
export const planContentSchema = z.record(
  z.string().max(40),
  z.array(planItemSchema).max(MAX_ITEMS_PER_SECTION),
);

export const planSaveSchema = z.strictObject({
  baseVersion: z.number().int().min(0),
  content: planContentSchema,
});

export type PlanContent = z.infer<typeof planContentSchema>;

export const planSchema = z.object({
  kind: planKindSchema,
  version: z.number(),
  updatedAt: z.string(),
  updatedBy: z.object({ displayName: z.string(), role: z.string() }),
  content: planContentSchema,
});

export const planSectionSchema = z.object({
  key: z.string(),
  title: z.string(),
  prompt: z.string(),
  contactFields: z.boolean(),
});
