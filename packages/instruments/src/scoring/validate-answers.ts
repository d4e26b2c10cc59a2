import type { AnswerError, InstrumentDefinition } from '../definition/types.ts';

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
  const errors: AnswerError[] = [];
  const items = new Map(definition.items.map((item) => [item.id, item]));
  for (const [itemId, value] of Object.entries(answers)) {
    const item = items.get(itemId);
    if (item === undefined) {
      errors.push({
        code: 'UNKNOWN_ITEM',
        itemId,
        message: `Item "${itemId}" is not part of ${definition.shortTitle}`,
      });
      continue;
    }
    if (value === null || value === undefined) continue;
    const allowed = item.options.map((option) => option.value);
    const allowedText = allowed.join(', ');
    if (typeof value !== 'number' || Number.isNaN(value)) {
      errors.push({
        code: 'VALUE_NOT_A_NUMBER',
        itemId,
        message: `Item "${itemId}" must be a number (one of ${allowedText})`,
      });
    } else if (!Number.isInteger(value)) {
      errors.push({
        code: 'VALUE_NOT_INTEGER',
        itemId,
        message: `Item "${itemId}" must be a whole number (one of ${allowedText}), got ${value}`,
      });
    } else if (value < Math.min(...allowed) || value > Math.max(...allowed)) {
      errors.push({
        code: 'VALUE_OUT_OF_RANGE',
        itemId,
        message: `Item "${itemId}" must be between ${Math.min(...allowed)} and ${Math.max(...allowed)}, got ${value}`,
      });
    } else if (!allowed.includes(value)) {
      errors.push({
        code: 'VALUE_NOT_AN_OPTION',
        itemId,
        message: `Item "${itemId}" must be one of ${allowedText}, got ${value}`,
      });
    }
  }
  return errors;
}
