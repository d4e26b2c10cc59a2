import { z } from 'zod';
import { multiLineText } from '@tandem/core';

/**
 * One answer value of the types a practice instrument's form can ask for
 * (ADR 0012); the library then checks it against the item it answers.
 */
const answerSchema = z.union([
  z.strictObject({
    valueCoding: z.strictObject({
      system: z.string().max(1000).optional(),
      code: z.string().max(200).optional(),
      display: z.string().max(1000).optional(),
    }),
  }),
  z.strictObject({ valueInteger: z.number().int().min(-2_147_483_648).max(2_147_483_647) }),
  z.strictObject({ valueDecimal: z.number().finite() }),
  z.strictObject({ valueBoolean: z.boolean() }),
  z.strictObject({ valueString: multiLineText().max(4000) }),
]);

const MAX_DEPTH = 5;

type ItemSchema = z.ZodType<{ linkId: string; answer?: unknown[]; item?: unknown[] }>;

/** Items nest as the Questionnaire's groups do, at most as deep as an import allows. */
function itemSchema(depth: number): ItemSchema {
  const base = {
    linkId: z.string().min(1).max(255),
    text: z.string().max(1000).optional(),
    answer: z.array(answerSchema).max(50).optional(),
  };
  return depth <= 1
    ? z.strictObject(base)
    : z.strictObject({
        ...base,
        item: z
          .array(itemSchema(depth - 1))
          .max(300)
          .optional(),
      });
}

/** The answers to a practice instrument, QuestionnaireResponse.item-shaped. */
export const responseItemsSchema = z.array(itemSchema(MAX_DEPTH)).max(300);
