// Every fixture with a known total in ../shared/fixtures/fhir (see its README
// for provenance): the scorer must recompute each total from the answers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
  type ImportedScore,
  type ImportScoreOptions,
} from './score-questionnaire-response.ts';
import type { ImportIssue } from './import-issue.ts';

const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../shared/fixtures/fhir/', import.meta.url).pathname;
const fixture = (path: string): unknown => JSON.parse(readFileSync(`${fixtures}/${path}`, 'utf8'));

function score(
  questionnaire: unknown,
  response: unknown,
  options?: ImportScoreOptions,
): ImportedScore {
  const prepared = prepareQuestionnaire(questionnaire);
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  const result = scoreQuestionnaireResponse(prepared.value, response, options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function problems(questionnaire: unknown, response: unknown): readonly ImportIssue[] {
  const prepared = prepareQuestionnaire(questionnaire);
  if (!prepared.ok) return prepared.errors;
  const result = scoreQuestionnaireResponse(prepared.value, response);
  return result.ok ? [] : result.errors;
}

const q = {
  sdcPhq9: 'questionnaires/sdc-questionnaire-PHQ9.R4.json',
  fhirpathjsPhq9: 'questionnaires/fhirpathjs-phq9.R4.json',
  lformsPhq9: 'questionnaires/lforms-phq9.R4.json',
  lformsWeight: 'questionnaires/lforms-phq9-weight-function.R4.json',
  miiGad7: 'questionnaires/mii-gad7.R4.json',
  corePhq9: 'questionnaires/fhir-r4-core-Questionnaire-phq-9-questionnaire.json',
  gcs: 'fhir-r4-examples/Questionnaire-gcs.json',
};
const r = {
  sdcPhq9: 'questionnaire-responses/sdc-questionnaireresponse-PHQ9.R4.json',
  phq9: 'questionnaire-responses/fhirpathjs-phq9-response.R4.json',
  embedded: 'questionnaire-responses/fhirpathjs-phq9-response-embedded-scores.R4.json',
  unlinked: 'questionnaire-responses/fhirpathjs-phq9-response-unlinked-answers.R4.json',
  miiGad7: 'questionnaire-responses/mii-gad7-response.R4.json',
  gcs: 'fhir-r4-examples/QuestionnaireResponse-gcs.json',
};

describe('fixtures with known totals', () => {
  it('SDC PHQ-9 example recomputes to 10, not the 13 it states (answers() + ordinal() from a contained ValueSet, codings without system)', () => {
    const result = score(fixture(q.sdcPhq9), fixture(r.sdcPhq9));
    expect(result.total).toBe(10);
    expect(result.method).toBe('calculatedExpression');
    expect(result.totalLinkId).toBe('H1/TS');
    expect(result.calculated).toEqual([
      expect.objectContaining({
        linkId: 'H1/TS',
        value: 10,
        stated: { value: 13, unit: '{score}' },
      }),
    ]);
    expect(result.ordinalSum).toBe(10);
  });

  it('fhirpath.js PHQ-9 response scores 15 with the variable + iif calculatedExpression', () => {
    for (const questionnaire of [q.fhirpathjsPhq9, q.lformsPhq9]) {
      const result = score(fixture(questionnaire), fixture(r.phq9));
      expect(result.total).toBe(15);
      expect(result.method).toBe('calculatedExpression');
      expect(result.missingRequired).toEqual([]);
    }
  });

  it('embedded answer scores: weight().sum() gives 17, as the fhirpath.js test expects (stored 15 is stale)', () => {
    const result = score(fixture(q.lformsWeight), fixture(r.embedded));
    expect(result.total).toBe(17);
    expect(result.ordinalSum).toBe(17);
    expect(result.answerLevelOrdinals).toEqual(['/44250-9', '/44251-7']);
  });

  it('embedded answer scores can be ignored, so a client cannot set their own item scores', () => {
    const result = score(fixture(q.lformsWeight), fixture(r.embedded), {
      honourAnswerOrdinals: false,
    });
    expect(result.total).toBe(15);
    expect(result.answerLevelOrdinals).toEqual([]);
  });

  it("the Questionnaire author's expression decides: fhirpathjs-phq9 reads answerOption ordinals directly, so 15, while the ordinal sum is 17", () => {
    const result = score(fixture(q.fhirpathjsPhq9), fixture(r.embedded));
    expect(result.total).toBe(15);
    expect(result.ordinalSum).toBe(17);
  });

  it('an unknown linkId and an answer code outside the options are both rejected, each naming its item', () => {
    const errors = problems(fixture(q.fhirpathjsPhq9), fixture(r.unlinked));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_LINK_ID', linkId: '/44250-9-unlinked-item' }),
      expect.objectContaining({
        code: 'OUT_OF_RANGE',
        linkId: '/44259-0',
        path: 'QuestionnaireResponse.item[2].answer[0].valueCoding',
      }),
    ]);
  });

  it('MII GAD-7 scores 13 from a root variable, with its PROMIS T-score 63.5', () => {
    const result = score(fixture(q.miiGad7), fixture(r.miiGad7));
    expect(result.total).toBe(13);
    expect(result.totalLinkId).toBe('phq-gad7-score-total');
    expect(
      result.calculated.find((entry) => entry.linkId === 'phq-gad7-promis-tscore')?.value,
    ).toBe(63.5);
  });

  it('FHIR R4 Glasgow coma example: ordinals carried by the answers sum to 13', () => {
    const result = score(fixture(q.gcs), fixture(r.gcs));
    expect(result.method).toBe('ordinalSum');
    expect(result.total).toBe(13);
  });

  it('a Questionnaire that points to an external ValueSet is accepted but says it cannot score', () => {
    const questionnaire = fixture(q.corePhq9);
    const result = score(questionnaire, {
      resourceType: 'QuestionnaireResponse',
      status: 'completed',
      item: [
        {
          linkId: 'LittleInterest',
          answer: [{ valueCoding: { system: 'http://loinc.org', code: 'LA6569-3' } }],
        },
      ],
    });
    expect(result.method).toBe('none');
    expect(result.total).toBeNull();
    expect(result.unresolvedValueSets).toEqual(['LittleInterest']);
  });

  it('does not modify the response it was given, with or without a stated total', () => {
    const response = fixture(r.sdcPhq9);
    const before = JSON.stringify(response);
    score(fixture(q.sdcPhq9), response);
    expect(JSON.stringify(response)).toBe(before);
    // No entry for the calculated item: scored in place, without a copy.
    const withoutTotal = fixture(r.miiGad7) as { item: { linkId: string }[] };
    withoutTotal.item = withoutTotal.item.filter(
      (item) => !['phq-gad7-score-total', 'phq-gad7-promis-tscore'].includes(item.linkId),
    );
    const untouched = JSON.stringify(withoutTotal);
    expect(score(fixture(q.miiGad7), withoutTotal).total).toBe(13);
    expect(JSON.stringify(withoutTotal)).toBe(untouched);
  });

  it('SDC adaptive PHQ-9 (Questionnaire contained in the response): answers accepted, no total, because its scores live in a CodeSystem Tandem does not read', () => {
    const response = fixture(
      'questionnaire-responses/sdc-adaptive-questionnaireresponse-PHQ9.R4.json',
    ) as { contained: { resourceType: string }[] };
    const [contained, valueSet] = response.contained;
    // The contained Questionnaire refers to "#VSPHQ9", a sibling in the
    // response; give it the ValueSet so that the answers can be checked.
    const questionnaire = { ...contained, contained: [valueSet] };
    const result = score(questionnaire, response);
    // Nine PHQ-9 answers and the hidden "H1/TS" (13), which has no expression:
    // an ordinary answer, never taken for the total.
    expect(result.answeredItems).toBe(10);
    expect(result.calculated).toEqual([]);
    expect(result.method).toBe('none');
    expect(result.total).toBeNull();
  });

  it('a CodeSystem is not a Questionnaire', () => {
    const errors = problems(fixture('questionnaires/sdc-CodeSystem-CSPHQ9.R4.json'), {});
    expect(errors.map((found) => found.code)).toEqual(['INVALID_QUESTIONNAIRE']);
  });

  it('FHIR R4 example 3141: the Questionnaire reads; the example response (written for another version of it) is rejected, naming each item', () => {
    const questionnaire = fixture('fhir-r4-examples/Questionnaire-3141.json');
    expect(prepareQuestionnaire(questionnaire).ok).toBe(true);
    const errors = problems(
      questionnaire,
      fixture('fhir-r4-examples/QuestionnaireResponse-3141.json'),
    );
    expect(errors.length).toBeGreaterThan(0);
    for (const found of errors) expect(found.linkId).not.toBeNull();
    expect(errors.map((found) => found.linkId)).toContain('1.1.1.3');
  });
});
