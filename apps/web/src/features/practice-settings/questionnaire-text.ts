/** The largest Questionnaire the server imports (its own check is the one that counts). */
export const MAX_QUESTIONNAIRE_BYTES = 256 * 1024;

export type ParsedQuestionnaire =
  { ok: true; questionnaire: Record<string, unknown> } | { ok: false; message: string };

/**
 * Reads pasted or uploaded text as a JSON object before it is sent, so that
 * an admin learns at once that a file is not JSON or is too large. Whether it
 * is a Questionnaire Tandem can use is the server's to say.
 *
 * @example parseQuestionnaireText('{"resourceType":"Questionnaire"}') // { ok: true, questionnaire: {...} }
 */
export function parseQuestionnaireText(text: string): ParsedQuestionnaire {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Paste a Questionnaire or choose a file.' };
  if (new TextEncoder().encode(trimmed).length > MAX_QUESTIONNAIRE_BYTES) {
    return { ok: false, message: 'This file is larger than 256 KB, the most Tandem imports.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return { ok: false, message: 'This is not JSON. Check that the whole file was pasted.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'This JSON is not a single FHIR resource.' };
  }
  return { ok: true, questionnaire: value as Record<string, unknown> };
}
