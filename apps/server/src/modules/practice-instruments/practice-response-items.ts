import type { PracticeMeasure } from './practice-measure.ts';

export interface AnsweredItem {
  id: string;
  text: string;
  /** A number answered (or a recognised option's score); null for other answers. */
  value: number | null;
  /** What was answered, as the client saw or wrote it. */
  label: string | null;
  critical: boolean;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A stored response to a practice instrument, question by question in the
 * order asked, with the text of the version it answered. Critical items are
 * those the recognised instrument's scoring flagged (by linkId).
 */
export function practiceResponseItems(
  measure: PracticeMeasure,
  response: unknown,
  criticalItemIds: readonly string[],
): AnsweredItem[] {
  const answers = new Map<string, unknown>();
  const walk = (items: unknown): void => {
    if (!Array.isArray(items)) return;
    for (const item of items) {
      if (!isRecord(item) || typeof item.linkId !== 'string') continue;
      if (Array.isArray(item.answer) && item.answer.length > 0)
        answers.set(item.linkId, item.answer[0]);
      walk(item.item);
    }
  };
  walk(isRecord(response) ? response.item : undefined);
  const recognisedIds =
    measure.scorer.target.kind === 'recognised'
      ? measure.scorer.target.itemByLinkId
      : new Map<string, string>();
  return measure.scorer.index.order.flatMap((linkId) => {
    const item = measure.scorer.index.items.get(linkId);
    if (!item || item.type === 'group' || item.type === 'display') return [];
    const answer = answers.get(linkId);
    const itemId = recognisedIds.get(linkId);
    return [
      {
        id: linkId,
        text: item.text ?? linkId,
        ...valueOf(answer),
        critical: itemId !== undefined && criticalItemIds.includes(itemId),
      },
    ];
  });
}

function valueOf(answer: unknown): { value: number | null; label: string | null } {
  if (!isRecord(answer)) return { value: null, label: null };
  if (typeof answer.valueInteger === 'number')
    return { value: answer.valueInteger, label: String(answer.valueInteger) };
  if (typeof answer.valueDecimal === 'number')
    return { value: answer.valueDecimal, label: String(answer.valueDecimal) };
  if (typeof answer.valueBoolean === 'boolean')
    return { value: null, label: answer.valueBoolean ? 'Yes' : 'No' };
  if (typeof answer.valueString === 'string') return { value: null, label: answer.valueString };
  if (isRecord(answer.valueCoding)) {
    const { display, code } = answer.valueCoding;
    return {
      value: null,
      label: typeof display === 'string' ? display : typeof code === 'string' ? code : null,
    };
  }
  return { value: null, label: null };
}
