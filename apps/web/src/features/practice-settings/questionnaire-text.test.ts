import { describe, expect, it } from 'vitest';
import { MAX_QUESTIONNAIRE_BYTES, parseQuestionnaireText } from './questionnaire-text.ts';

describe('parseQuestionnaireText', () => {
  it('reads a JSON object', () => {
    expect(parseQuestionnaireText(' {"resourceType":"Questionnaire"} ')).toEqual({
      ok: true,
      questionnaire: { resourceType: 'Questionnaire' },
    });
  });

  it.each([
    ['nothing', '   ', 'Paste a Questionnaire'],
    ['not JSON', '{"resourceType":', 'not JSON'],
    ['a list', '[1, 2]', 'not a single FHIR resource'],
    ['a string', '"Questionnaire"', 'not a single FHIR resource'],
  ])('refuses %s', (_what, text, message) => {
    const parsed = parseQuestionnaireText(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });

  it('refuses more than 256 KB, and takes exactly 256 KB', () => {
    const padded = (bytes: number) => `{"a":"${'x'.repeat(bytes - 8)}"}`;
    expect(padded(MAX_QUESTIONNAIRE_BYTES)).toHaveLength(MAX_QUESTIONNAIRE_BYTES);
    expect(parseQuestionnaireText(padded(MAX_QUESTIONNAIRE_BYTES)).ok).toBe(true);
    expect(parseQuestionnaireText(padded(MAX_QUESTIONNAIRE_BYTES + 1)).ok).toBe(false);
  });
});
