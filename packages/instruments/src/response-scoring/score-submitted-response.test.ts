import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { optionValueSystem } from '../fhir-export/constants.ts';
import { toQuestionnaire } from '../fhir-export/to-questionnaire.ts';
import type { ImportIssue, ImportResult } from '../fhir-import/import-issue.ts';
import { getInstrument } from '../registry.ts';
import { prepareResponseScorer } from './response-scorer.ts';
import type { ResponseScore } from './response-score.ts';
import { scoreResponseAgainst, scoreSubmittedResponse } from './score-submitted-response.ts';

const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../shared/fixtures/fhir/', import.meta.url).pathname;
const fixture = (path: string): unknown => JSON.parse(readFileSync(`${fixtures}/${path}`, 'utf8'));

const PHQ9 = 'http://tandem.health/fhir/Questionnaire/phq-9';
const CORE10 = 'http://tandem.health/fhir/Questionnaire/core-10';

/** A response naming `questionnaire` (unless undefined) with these option codes by linkId. */
function response(questionnaire: string | undefined, answers: Record<string, string>): unknown {
  return {
    resourceType: 'QuestionnaireResponse',
    ...(questionnaire === undefined ? {} : { questionnaire }),
    status: 'completed',
    item: Object.entries(answers).map(([linkId, code]) => ({
      linkId,
      answer: [{ valueCoding: { system: optionValueSystem, code } }],
    })),
  };
}

const nineAnswers = (code: string) =>
  Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((id) => [id, code]));

function value(result: ImportResult<ResponseScore>): ResponseScore {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
function errors(result: ImportResult<ResponseScore>): [string, string | null, string][] {
  if (result.ok) throw new Error('expected problems');
  return result.errors.map((found: ImportIssue) => [found.code, found.linkId, found.path]);
}

describe('a response is scored only against the Questionnaire it names', () => {
  it('PHQ-9 by id, naming PHQ-9 with its version: scored with bands and critical items', () => {
    const result = value(
      scoreResponseAgainst({ instrumentId: 'phq-9' }, response(`${PHQ9}|1.0.0`, nineAnswers('2'))),
    );
    expect(result).toMatchObject({
      scoredAs: 'built-in',
      instrument: 'phq-9',
      questionnaire: { url: PHQ9, version: '1.0.0' },
      total: 18,
      band: { id: 'moderately-severe' },
      valid: true,
    });
    expect(result.critical).toEqual([
      { itemId: '9', linkId: '9', value: 2, path: 'QuestionnaireResponse.item[8].answer[0]' },
    ]);
  });

  it('a version is optional in the reference', () => {
    expect(
      value(scoreResponseAgainst({ instrumentId: 'phq-9' }, response(PHQ9, nineAnswers('1'))))
        .total,
    ).toBe(9);
  });

  it('a PHQ-9 response scored as CORE-10 is a mismatch, not a score (item 6 is no risk item)', () => {
    // Every linkId and code here is also a valid CORE-10 answer: only the reference tells them apart.
    const result = scoreResponseAgainst(
      { instrumentId: 'core-10' },
      response(`${PHQ9}|1.0.0`, nineAnswers('3')),
    );
    expect(errors(result)).toEqual([
      ['QUESTIONNAIRE_MISMATCH', null, 'QuestionnaireResponse.questionnaire'],
    ]);
    expect(result.ok || result.errors[0]?.message).toMatch(/answers ".*phq-9", not ".*core-10"/);
  });

  it('another version of the same Questionnaire is a mismatch', () => {
    const result = scoreResponseAgainst(
      { instrumentId: 'phq-9' },
      response(`${PHQ9}|0.9.0`, nineAnswers('0')),
    );
    expect(errors(result)).toEqual([
      ['QUESTIONNAIRE_MISMATCH', null, 'QuestionnaireResponse.questionnaire'],
    ]);
    expect(result.ok || result.errors[0]?.message).toMatch(/version 0\.9\.0 .* is version 1\.0\.0/);
  });

  it('a response that names no Questionnaire is refused when the Questionnaire has a url', () => {
    const result = scoreResponseAgainst(
      { instrumentId: 'core-10' },
      response(undefined, nineAnswers('0')),
    );
    expect(errors(result)).toEqual([
      ['QUESTIONNAIRE_NOT_NAMED', null, 'QuestionnaireResponse.questionnaire'],
    ]);
    expect(result.ok || result.errors[0]?.message).toContain(`${CORE10}|`);
  });

  it('a Questionnaire without a url cannot be the one a response names', () => {
    const lforms = fixture('questionnaires/lforms-phq9.R4.json');
    const named = {
      ...(fixture('questionnaire-responses/fhirpathjs-phq9-response.R4.json') as object),
      questionnaire: 'http://example.org/Questionnaire/phq9',
    };
    expect(errors(scoreResponseAgainst({ questionnaire: lforms }, named))).toEqual([
      ['QUESTIONNAIRE_MISMATCH', null, 'QuestionnaireResponse.questionnaire'],
    ]);
  });

  it('an unknown instrument id is a problem', () => {
    expect(errors(scoreResponseAgainst({ instrumentId: 'phq-99' }, response(PHQ9, {})))).toEqual([
      ['UNKNOWN_INSTRUMENT', null, 'instrumentId'],
    ]);
  });
});

describe('the answers must be the Questionnaire’s', () => {
  const score = (answers: unknown) => scoreResponseAgainst({ instrumentId: 'phq-9' }, answers);

  it('linkIds it lacks and codes that are not options, each with its path', () => {
    const result = score(response(PHQ9, { '1': '1', '11': '1', '2': '4', '3': 'x' }));
    expect(errors(result)).toEqual([
      // Object.entries puts the integer-like keys in ascending order: 1, 2, 3, 11.
      ['OUT_OF_RANGE', '2', 'QuestionnaireResponse.item[1].answer[0].valueCoding'],
      ['OUT_OF_RANGE', '3', 'QuestionnaireResponse.item[2].answer[0].valueCoding'],
      ['UNKNOWN_LINK_ID', '11', 'QuestionnaireResponse.item[3]'],
    ]);
  });

  it('an item given twice is refused (item 9 answered 2, then 0, must not lose the alert)', () => {
    const twice = response(PHQ9, nineAnswers('1')) as { item: unknown[] };
    twice.item.push({
      linkId: '9',
      answer: [{ valueCoding: { system: optionValueSystem, code: '0' } }],
    });
    expect(errors(score(twice))).toEqual([
      ['DUPLICATE_LINK_ID', '9', 'QuestionnaireResponse.item[9]'],
    ]);
  });

  it('two answers to one item are refused', () => {
    const two = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: PHQ9,
      item: [
        { linkId: '9', answer: [{ valueCoding: { code: '2' } }, { valueCoding: { code: '0' } }] },
      ],
    };
    expect(errors(score(two))).toEqual([
      ['TOO_MANY_ANSWERS', '9', 'QuestionnaireResponse.item[0].answer'],
    ]);
  });

  it('a coded answer to an item whose answer list is not in the Questionnaire is refused', () => {
    const questionnaire = {
      resourceType: 'Questionnaire',
      url: 'http://example.org/Questionnaire/mood',
      item: [
        { linkId: 'mood', type: 'choice', answerValueSet: 'http://example.org/ValueSet/mood' },
        { linkId: 'free', type: 'choice' },
      ],
    };
    const answered = {
      resourceType: 'QuestionnaireResponse',
      questionnaire: 'http://example.org/Questionnaire/mood',
      item: [
        { linkId: 'mood', answer: [{ valueCoding: { code: 'anything' } }] },
        { linkId: 'free', answer: [{ valueCoding: { code: 'anything' } }] },
      ],
    };
    expect(errors(scoreResponseAgainst({ questionnaire }, answered))).toEqual([
      ['ANSWER_LIST_UNAVAILABLE', 'mood', 'QuestionnaireResponse.item[0].answer[0]'],
      ['ANSWER_LIST_UNAVAILABLE', 'free', 'QuestionnaireResponse.item[1].answer[0]'],
    ]);
  });
});

describe('what a score reports', () => {
  it('too many items missing is a result (valid: false) that still reports the critical answer', () => {
    const result = value(
      scoreResponseAgainst(
        { instrumentId: 'phq-9' },
        response(PHQ9, { '1': '1', '2': '1', '9': '1' }),
      ),
    );
    expect(result).toMatchObject({ valid: false, total: null, band: null });
    expect(result.reason).toMatch(/unanswered/);
    expect(result.critical.map((answer) => [answer.itemId, answer.value])).toEqual([['9', 1]]);
  });

  it('item scores mirror reverse-scored items (CORE-10 items 2 and 3) and keep the printed value', () => {
    const answers = Object.fromEntries(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].map((id) => [id, '0']),
    );
    const result = value(
      scoreResponseAgainst({ instrumentId: 'core-10' }, response(CORE10, answers)),
    );
    expect(result.answers.find((answer) => answer.itemId === '2')).toMatchObject({
      value: 0,
      score: 4,
    });
    expect(result.answers.find((answer) => answer.itemId === '1')).toMatchObject({
      value: 0,
      score: 0,
    });
    expect(result.total).toBe(8);
  });

  it("the PHQ-9's unscored item 10 is reported without a score", () => {
    const result = value(
      scoreResponseAgainst(
        { instrumentId: 'phq-9' },
        response(PHQ9, { ...nineAnswers('0'), '10': '3' }),
      ),
    );
    expect(result.answers.find((answer) => answer.itemId === '10')).toMatchObject({
      value: 3,
      score: null,
    });
  });

  it('AUDIT-C caseness needs the sex given in the context', () => {
    const audit = 'http://tandem.health/fhir/Questionnaire/audit-c';
    const answers = response(audit, { '1': '1', '2': '1', '3': '1' });
    expect(value(scoreResponseAgainst({ instrumentId: 'audit-c' }, answers)).caseness).toBeNull();
    expect(
      value(scoreResponseAgainst({ instrumentId: 'audit-c' }, answers, { sex: 'female' })).caseness,
    ).toBe(true);
  });
});

describe('Questionnaires given as JSON', () => {
  it("Tandem's own export is the built-in instrument", () => {
    const phq9 = getInstrument('phq-9');
    if (!phq9) throw new Error('PHQ-9 missing');
    const result = value(
      scoreResponseAgainst(
        { questionnaire: toQuestionnaire(phq9) },
        response(PHQ9, nineAnswers('3')),
      ),
    );
    expect(result).toMatchObject({ scoredAs: 'built-in', total: 27, band: { id: 'severe' } });
  });

  it("a Questionnaire claiming Tandem's url at another version is refused", () => {
    const phq9 = getInstrument('phq-9');
    if (!phq9) throw new Error('PHQ-9 missing');
    const prepared = prepareResponseScorer({
      questionnaire: { ...toQuestionnaire(phq9), version: '0.1.0' },
    });
    expect(prepared.ok || prepared.errors.map((found) => [found.code, found.path])).toEqual([
      ['INVALID_QUESTIONNAIRE', 'Questionnaire.version'],
    ]);
  });

  it('any other Questionnaire is totalled by its own FHIRPath (the SDC PHQ-9 example: 10, it states 13)', () => {
    const prepared = prepareResponseScorer({
      questionnaire: fixture('questionnaires/sdc-questionnaire-PHQ9.R4.json'),
    });
    if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
    const result = value(
      scoreSubmittedResponse(
        prepared.value,
        fixture('questionnaire-responses/sdc-questionnaireresponse-PHQ9.R4.json'),
      ),
    );
    expect(result).toMatchObject({
      scoredAs: 'imported',
      instrument: null,
      total: 10,
      band: null,
      valid: true,
    });
    expect(result.imported?.calculated[0]?.stated).toEqual({ value: 13, unit: '{score}' });
    expect(result.answers.map((answer) => answer.score)).toEqual([0, 0, 0, 1, 2, 1, 3, 2, 1]);
  });
});
