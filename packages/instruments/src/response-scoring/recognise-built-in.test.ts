// Questionnaires from elsewhere (../shared/fixtures/fhir, each with its
// .source.txt) that carry a built-in instrument's LOINC codes are scored as
// that instrument: bands, caseness and critical items included.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../fhir-import/import-issue.ts';
import { prepareResponseScorer, type ResponseScorer } from './response-scorer.ts';
import { scoreSubmittedResponse } from './score-submitted-response.ts';
import type { ResponseScore } from './response-score.ts';

const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../shared/fixtures/fhir/', import.meta.url).pathname;

interface Resource {
  resourceType: string;
  item: Record<string, unknown>[];
  [key: string]: unknown;
}

const fixture = (path: string): Resource =>
  JSON.parse(readFileSync(`${fixtures}/${path}`, 'utf8')) as Resource;

function scorer(questionnaire: unknown): ResponseScorer {
  const prepared = prepareResponseScorer({ questionnaire });
  if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
  return prepared.value;
}

function scored(questionnaire: unknown, response: unknown): ResponseScore {
  const result = scoreSubmittedResponse(scorer(questionnaire), response);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function problems(questionnaire: unknown, response: unknown): readonly ImportIssue[] {
  const result = scoreSubmittedResponse(scorer(questionnaire), response);
  if (result.ok) throw new Error('expected problems');
  return result.errors;
}

/** The response with one item's answer replaced by a LOINC answer code. */
function answering(response: Resource, linkId: string, code: string): Resource {
  return {
    ...response,
    item: response.item.map((entry) =>
      entry.linkId === linkId ? { linkId, answer: [{ valueCoding: { code } }] } : entry,
    ),
  };
}

const lformsPhq9 = 'questionnaires/lforms-phq9.R4.json';
// The fhirpath.js response answers LHC-Forms' PHQ-9 (same linkIds and codes):
// 1+2+3+1+2+3+0+1+2 = 15, item 9 "More than half the days" (README of the fixtures).
const phq9Response = 'questionnaire-responses/fhirpathjs-phq9-response.R4.json';

describe('LHC-Forms PHQ-9 (LHNCBC/lforms test/data/R4/phq9.json) is scored as PHQ-9', () => {
  it('is recognised by its panel code and item codes', () => {
    const recognition = scorer(fixture(lformsPhq9)).recognition;
    expect(recognition?.status).toBe('recognised');
    if (recognition?.status !== 'recognised') return;
    expect(recognition.definition.id).toBe('phq-9');
    expect(recognition.itemByLinkId.get('/44260-8')).toBe('9');
    // The difficulty item's options carry no scores, so it is left out (it scores nothing).
    expect(recognition.itemByLinkId.has('/69722-7')).toBe(false);
  });

  it('item 9 answered positively: critical item reported; total 15 in the moderately severe band', () => {
    const result = scored(fixture(lformsPhq9), fixture(phq9Response));
    expect(result).toMatchObject({
      scoredAs: 'recognised',
      instrument: 'phq-9',
      total: 15,
      band: { id: 'moderately-severe' },
      valid: true,
      caseness: true,
    });
    expect(result.critical).toEqual([
      {
        itemId: '9',
        linkId: '/44260-8',
        value: 2,
        path: 'QuestionnaireResponse.item[8].answer[0]',
      },
    ]);
    expect(result.answers.find((answer) => answer.itemId === '3')).toMatchObject({
      linkId: '/44259-0',
      value: 3,
      score: 3,
    });
  });

  it('item 9 answered "Not at all" (LA6568-5): no critical item, total 13 (moderate)', () => {
    const result = scored(
      fixture(lformsPhq9),
      answering(fixture(phq9Response), '/44260-8', 'LA6568-5'),
    );
    expect(result.critical).toEqual([]);
    expect(result).toMatchObject({ total: 13, band: { id: 'moderate' } });
  });

  it("follows the PHQ-9's missing-item rule: two items left out are prorated", () => {
    const response = fixture(phq9Response);
    const shortened = {
      ...response,
      item: response.item.filter(
        (entry) => entry.linkId !== '/44250-9' && entry.linkId !== '/44255-8',
      ),
    };
    // 15 − 1 − 2 = 12 over 7 items, × 9 / 7.
    expect(scored(fixture(lformsPhq9), shortened)).toMatchObject({
      total: (12 * 9) / 7,
      prorated: true,
      missing: ['1', '2'],
    });
  });

  it("ignores a score an answer claims for itself (fhirpath.js's embedded-scores response: 15, not 17)", () => {
    const result = scored(
      fixture(lformsPhq9),
      fixture('questionnaire-responses/fhirpathjs-phq9-response-embedded-scores.R4.json'),
    );
    expect(result.total).toBe(15);
  });

  it('still refuses answers the Questionnaire does not have, naming the item', () => {
    const found = problems(
      fixture(lformsPhq9),
      fixture('questionnaire-responses/fhirpathjs-phq9-response-unlinked-answers.R4.json'),
    );
    expect(found.map((problem) => [problem.code, problem.linkId])).toEqual([
      ['UNKNOWN_LINK_ID', '/44250-9-unlinked-item'],
      ['OUT_OF_RANGE', '/44259-0'],
    ]);
  });
});

describe('other fixtures', () => {
  it('MII GAD-7 (CC0) is GAD-7: 13, moderate, at caseness and at the screening cut-point', () => {
    const result = scored(
      fixture('questionnaires/mii-gad7.R4.json'),
      fixture('questionnaire-responses/mii-gad7-response.R4.json'),
    );
    expect(result).toMatchObject({
      scoredAs: 'recognised',
      instrument: 'gad-7',
      questionnaire: {
        url: 'https://www.medizininformatik-initiative.de/fhir/ext/modul-pro/Questionnaire/mii-qst-pro-gad-7',
        version: '2026.2.0',
      },
      total: 13,
      band: { id: 'moderate' },
      caseness: true,
      indications: { 'gad-screen': true },
      critical: [],
    });
  });

  it('the Argonaut-style PHQ-9 (scores only in a contained ValueSet, items in a group) is PHQ-9', () => {
    const argonaut = fixture('questionnaires/lforms-argonaut-phq9-ish.R4.json');
    const codes = [
      'LA6569-3',
      'LA6569-3',
      'LA6568-5',
      'LA6568-5',
      'LA6568-5',
      'LA6568-5',
      'LA6568-5',
      'LA6568-5',
      'LA6569-3',
    ];
    const response = {
      resourceType: 'QuestionnaireResponse',
      questionnaire:
        'http://fhir.org/guides/argonaut-questionnaire/Questionnaire/questionnaire-example-phq9|0.0.0',
      item: [
        {
          linkId: 'g1',
          item: codes.map((code, index) => ({
            linkId: `g1.q${index + 1}`,
            answer: [{ valueCoding: { system: 'http://loinc.org', code } }],
          })),
        },
      ],
    };
    const result = scored(argonaut, response);
    expect(result).toMatchObject({
      instrument: 'phq-9',
      total: 3,
      band: { id: 'minimal' },
      caseness: false,
    });
    expect(result.critical).toEqual([
      {
        itemId: '9',
        linkId: 'g1.q9',
        value: 1,
        path: 'QuestionnaireResponse.item[0].item[8].answer[0]',
      },
    ]);
  });

  for (const file of [
    'questionnaires/lforms-phq9-weight-function.R4.json',
    'questionnaires/fhirpathjs-phq9.R4.json',
  ]) {
    it(`${file} (same linkIds as LHC-Forms' PHQ-9) scores the fhirpath.js response as PHQ-9`, () => {
      const result = scored(fixture(file), fixture(phq9Response));
      expect(result).toMatchObject({
        instrument: 'phq-9',
        total: 15,
        band: { id: 'moderately-severe' },
      });
      expect(result.critical.map((answer) => answer.itemId)).toEqual(['9']);
    });
  }

  const notRecognised: [string, string, RegExp | null][] = [
    // Items carry no codes and the Questionnaire no panel code.
    ['questionnaires/sdc-questionnaire-PHQ9.R4.json', 'not-claimed', null],
    ['questionnaires/researchkitonfhir-gad7.R4.json', 'not-claimed', null],
    // Panel code, but no item 9 at all, and answers from an external ValueSet.
    [
      'questionnaires/fhir-r4-core-Questionnaire-phq-9-questionnaire.json',
      'unmappable',
      /item 9: no item carries LOINC 44260-8/,
    ],
  ];
  for (const [file, status, why] of notRecognised) {
    it(`${file}: ${status}`, () => {
      const recognition = scorer(fixture(file)).recognition;
      expect(recognition?.status).toBe(status);
      if (recognition?.status === 'unmappable' && why) {
        expect(recognition.problems.join('; ')).toMatch(why);
      }
      expect(scorer(fixture(file)).target.kind).toBe('imported');
    });
  }
});

describe('recognition is strict', () => {
  type Edit = (questionnaire: Resource) => void;
  const item = (questionnaire: Resource, linkId: string) => {
    const found = questionnaire.item.find((entry) => entry.linkId === linkId);
    if (!found) throw new Error(`no ${linkId}`);
    return found as {
      answerOption: { extension: { url: string; valueDecimal?: number }[] }[];
    } & Record<string, unknown>;
  };
  const cases: [string, Edit, RegExp][] = [
    [
      'an option scored other than the published values',
      (questionnaire) => {
        const last = item(questionnaire, '/44260-8').answerOption[3];
        for (const extension of last?.extension ?? []) {
          if (extension.valueDecimal !== undefined) extension.valueDecimal = 4;
        }
      },
      /item 9: .* scores its options 0, 1, 2, 4, not 0, 1, 2, 3/,
    ],
    [
      'an option missing',
      (questionnaire) => {
        item(questionnaire, '/44250-9').answerOption.pop();
      },
      /item 1: .* scores its options 0, 1, 2, not 0, 1, 2, 3/,
    ],
    [
      'a repeating item',
      (questionnaire) => {
        item(questionnaire, '/44260-8').repeats = true;
      },
      /item 9: .* can be answered more than once/,
    ],
    [
      'two items with the same code',
      (questionnaire) => {
        item(questionnaire, '/44252-5').code = item(questionnaire, '/44253-3').code;
      },
      /item 7: no item carries LOINC 44252-5.*item 8: 2 items carry LOINC 44253-3/,
    ],
  ];
  for (const [name, edit, why] of cases) {
    it(`${name}: not PHQ-9, and says why`, () => {
      const questionnaire = fixture(lformsPhq9);
      edit(questionnaire);
      const recognition = scorer(questionnaire).recognition;
      expect(recognition?.status).toBe('unmappable');
      if (recognition?.status === 'unmappable')
        expect(recognition.problems.join('; ')).toMatch(why);
    });
  }

  it('needs the panel code on Questionnaire.code', () => {
    const questionnaire = fixture(lformsPhq9);
    delete questionnaire.code;
    expect(scorer(questionnaire).recognition?.status).toBe('not-claimed');
  });
});
