import type { ResponseScorer } from '@tandem/instruments';

type IndexedQuestionnaire = ResponseScorer['index'];

/** One answer kept in a draft: a number (choices go by their number), yes/no, or text. */
export type DraftValue = number | boolean | string | null;

export interface DraftProblem {
  linkId: string;
  message: string;
}

function fits(type: string, value: Exclude<DraftValue, null>, maxLength: number | undefined) {
  switch (type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? null : 'Enter a whole number.';
    case 'decimal':
    case 'choice':
    case 'coding':
      return typeof value === 'number' ? null : 'Enter a number.';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'Answer yes or no.';
    case 'string':
    case 'text':
      if (typeof value !== 'string') return 'Write the answer as text.';
      return maxLength !== undefined && value.length > maxLength
        ? `Use at most ${maxLength} characters.`
        : null;
    default:
      return 'This question takes no answer.';
  }
}

/**
 * The first answer of a draft that the practice's Questionnaire cannot take:
 * a linkId it does not have, or a value of the wrong kind for the item.
 * Drafts are checked like answers, so a saved draft can always be submitted
 * as far as its types go (whether it is complete is the submission's check).
 */
export function draftProblem(
  index: IndexedQuestionnaire,
  answers: Readonly<Record<string, DraftValue>>,
): DraftProblem | null {
  for (const [linkId, value] of Object.entries(answers)) {
    const item = index.items.get(linkId);
    if (item === undefined) return { linkId, message: 'This form has no such question.' };
    if (value === null) continue;
    const message = fits(item.type, value, item.maxLength);
    if (message !== null) return { linkId, message };
  }
  return null;
}
