import { z } from 'zod';
import { singleLineText, uuidSchema } from '@tandem/core';
import { visibilitySchema } from '../check-ins/check-ins.schemas.ts';
import { strengthKeys, valueCardKeys, valuePiles } from './value-cards.ts';

export const MAX_OWN_VALUES = 12;
export const MAX_OWN_STRENGTHS = 20;

const baseVersion = z
  .number()
  .int('Must be a whole number.')
  .min(0, 'Must be 0 or more.')
  .max(1_000_000, 'Must be at most 1,000,000.');
const pile = z.enum(valuePiles);

/** Refuses a second entry with the same key, naming the later one's field. */
function unique<T>(key: (item: T) => string, field: string, message: string) {
  return (items: readonly T[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const k = key(item).toLowerCase();
      if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [index, field], message });
      seen.add(k);
    });
  };
}

export const saveValuesSchema = z.strictObject({
  /** The version the sort was read at; 0 when there is none yet. */
  baseVersion,
  cards: z
    .array(z.strictObject({ key: z.enum(valueCardKeys), pile }))
    .max(valueCardKeys.length)
    .superRefine(unique((card) => card.key, 'key', 'This card is sorted twice.')),
  own: z
    .array(
      z.strictObject({
        id: uuidSchema,
        name: singleLineText().pipe(
          z
            .string()
            .trim()
            .min(1, 'Name the value or remove it.')
            .max(60, 'Use at most 60 characters.'),
        ),
        pile,
      }),
    )
    .max(MAX_OWN_VALUES, `Add at most ${MAX_OWN_VALUES} values of your own.`)
    .superRefine(unique((value) => value.id, 'id', 'This value is listed twice.'))
    .superRefine(unique((value) => value.name.trim(), 'name', 'You have a value with this name.')),
  visibility: visibilitySchema,
});

export const saveStrengthsSchema = z.strictObject({
  baseVersion,
  picked: z
    .array(z.enum(strengthKeys))
    .max(strengthKeys.length)
    .superRefine((keys, ctx) => {
      const seen = new Set<string>();
      keys.forEach((key, index) => {
        if (seen.has(key)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: 'This strength is listed twice.',
          });
        }
        seen.add(key);
      });
    }),
  own: z
    .array(
      z.strictObject({
        id: uuidSchema,
        text: singleLineText().pipe(
          z
            .string()
            .trim()
            .min(1, 'Write the strength or remove it.')
            .max(80, 'Use at most 80 characters.'),
        ),
      }),
    )
    .max(MAX_OWN_STRENGTHS, `Add at most ${MAX_OWN_STRENGTHS} strengths of your own.`)
    .superRefine(unique((strength) => strength.id, 'id', 'This strength is listed twice.')),
  visibility: visibilitySchema,
});

export type SaveValues = z.infer<typeof saveValuesSchema>;
export type SaveStrengths = z.infer<typeof saveStrengthsSchema>;

const saved = {
  version: z.number(),
  updatedAt: z.string(),
  visibility: visibilitySchema,
};

export const valuesViewSchema = z.object({
  ...saved,
  cards: z.array(z.object({ key: z.enum(valueCardKeys), pile })),
  own: z.array(z.object({ id: z.string(), name: z.string(), pile })),
});

export const strengthsViewSchema = z.object({
  ...saved,
  picked: z.array(z.enum(strengthKeys)),
  own: z.array(z.object({ id: z.string(), text: z.string() })),
});

export const valuesAnswerSchema = z.object({
  /** The cards to sort and the strengths to pick from (our wording). */
  cards: z.array(
    z.object({ key: z.enum(valueCardKeys), name: z.string(), description: z.string() }),
  ),
  strengthOptions: z.array(z.object({ key: z.enum(strengthKeys), name: z.string() })),
  values: valuesViewSchema.nullable(),
  strengths: strengthsViewSchema.nullable(),
});

export type ValuesView = z.infer<typeof valuesViewSchema>;
export type StrengthsView = z.infer<typeof strengthsViewSchema>;
