import { describe, expect, it } from 'vitest';
import { getInstrument, scoreResponseAgainst } from '@tandem/instruments';
import { answersOf, toQuestionnaireResponse } from './questionnaire-response.ts';

describe('the stored QuestionnaireResponse', () => {
  it('names the version answered, and the library scores it as the answers were scored', () => {
    const phq9 = getInstrument('phq-9')!;
    const answers = {
      '1': 2,
      '2': 2,
      '3': 1,
      '4': 1,
      '5': 0,
      '6': 3,
      '7': 1,
      '8': 0,
      '9': 2,
      '10': 1,
    };
    const response = toQuestionnaireResponse(phq9, answers, new Date('2026-12-01T10:00:00Z'));
    expect(response.questionnaire).toBe(
      `http://tandem.health/fhir/Questionnaire/phq-9|${phq9.version}`,
    );
    const scored = scoreResponseAgainst({ instrumentId: 'phq-9' }, response);
    expect(scored.ok && scored.value.total).toBe(12);
    expect(scored.ok && scored.value.critical.map((c) => c.itemId)).toEqual(['9']);
    expect(answersOf(response)).toEqual(answers);
  });

  it('leaves unanswered items out', () => {
    const gad7 = getInstrument('gad-7')!;
    const response = toQuestionnaireResponse(gad7, { '1': 1, '2': null }, new Date());
    expect((response.item as unknown[]).length).toBe(1);
  });
});
