import type { AnswerError, InstrumentDefinition } from '../definition/types.ts';
import { compiled, type CompiledItem } from './compiled-definition.ts';

/**
 * Checks untrusted answers against a definition. Returns every problem found,
 * each naming its item; an empty list means the answers are well-formed.
 * null and undefined mean "unanswered" and are not errors here (the
 * missing-item rule decides whether the response can be scored).
 */
export function validateAnswers(
  definition: InstrumentDefinition,
  answers: Readonly<Record<string, unknown>>,
): AnswerError[] {
  const { items, positionById } = compiled(definition);
  const errors: AnswerError[] = [];
  for (const [itemId, value] of Object.entries(answers)) {
    const position = positionById.get(itemId);
    if (position === undefined) {
      errors.push({
        code: 'UNKNOWN_ITEM',
        itemId,
        message: `Item "${itemId}" is not part of ${definition.shortTitle}`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const error = checkValue(items[position] as CompiledItem, value);
    if (error !== null) errors.push(error);
  }
  return errors;
}

function checkValue(item: CompiledItem, value: unknown): AnswerError | null {
  const itemId = item.id;
  const allowed = item.allowedText;
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return {
      code: 'VALUE_NOT_A_NUMBER',
      itemId,
      message: `Item "${itemId}" must be a number (one of ${allowed})`,
    };
  }
  if (!Number.isInteger(value)) {
    return {
      code: 'VALUE_NOT_INTEGER',
      itemId,
      message: `Item "${itemId}" must be a whole number (one of ${allowed}), got ${value}`,
    };
  }
  if (value < item.min || value > item.max) {
    return {
      code: 'VALUE_OUT_OF_RANGE',
      itemId,
      message: `Item "${itemId}" must be between ${item.min} and ${item.max}, got ${value}`,
    };
  }
  if (Number.isNaN(item.scores[value - item.min])) {
    return {
      code: 'VALUE_NOT_AN_OPTION',
      itemId,
      message: `Item "${itemId}" must be one of ${allowed}, got ${value}`,
    };
  }
  return null;
}
