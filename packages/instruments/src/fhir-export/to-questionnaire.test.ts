import fc from 'fast-check';
import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4.js';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4/index.js';
import { describe, expect, it } from 'vitest';
import type { Answers, InstrumentDefinition } from '../definition/types.ts';
import { getInstrument, listInstruments } from '../registry.ts';
import { itemScore } from '../scoring/item-score.ts';
import { scoreResponse } from '../scoring/score-response.ts';
import { extensionUrl, optionValueSystem, scoreLinkId } from './constants.ts';
import { toQuestionnaire } from './to-questionnaire.ts';

function itemById(questionnaire: Questionnaire, linkId: string): QuestionnaireItem {
  const item = questionnaire.item?.find((candidate) => candidate.linkId === linkId);
  if (item === undefined) throw new Error(`no item ${linkId}`);
  return item;
}

function calculatedExpression(item: QuestionnaireItem): string {
  const extension = item.extension?.find((ext) => ext.url === extensionUrl.calculatedExpression);
  const expression = extension?.valueExpression?.expression;
  if (expression === undefined) throw new Error(`no calculatedExpression on ${item.linkId}`);
  return expression;
}

type Evaluator = (resource: unknown, env: Record<string, unknown>, options?: object) => unknown[];

/**
 * A minimal SDC evaluation of one calculated item with fhirpath.js alone (its
 * own weight(), reading scores from %questionnaire): the item's variables in
 * order, then its calculatedExpression. Independent of Tandem's import scorer.
 */
function scoreItemEvaluator(item: QuestionnaireItem) {
  const variables = (item.extension ?? [])
    .filter((ext) => ext.url === extensionUrl.variable)
    .map((ext) => {
      const { name, expression } = ext.valueExpression ?? {};
      if (name === undefined || expression === undefined) throw new Error('bad variable');
      return [name, fhirpath.compile(expression, r4) as Evaluator] as const;
    });
  const calculated = fhirpath.compile(calculatedExpression(item), r4) as Evaluator;
  return (response: QuestionnaireResponse, questionnaire: Questionnaire): unknown[] => {
    let env: Record<string, unknown> = { resource: response, questionnaire };
    for (const [name, evaluate] of variables) {
      env = { ...env, [name]: evaluate(response, env, { resolveInternalTypes: false }) };
    }
    return calculated(response, env);
  };
}

/** A QuestionnaireResponse as a form would store it: one Coding per answered item. */
function responseFor(definition: InstrumentDefinition, answers: Answers): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    questionnaire: `http://tandem.health/fhir/Questionnaire/${definition.id}`,
    item: definition.items.flatMap((item) => {
      const value = answers[item.id];
      if (value === null || value === undefined) return [];
      const label = item.options.find((option) => option.value === value)?.label;
      return [
        {
          linkId: item.id,
          answer: [
            { valueCoding: { system: optionValueSystem, code: String(value), display: label } },
          ],
        },
      ];
    }),
  };
}

describe('toQuestionnaire', () => {
  const phq9 = getInstrument('phq-9');
  if (phq9 === undefined) throw new Error('phq-9 missing');
  const questionnaire = toQuestionnaire(phq9);

  it('carries the canonical url, version, LOINC panel and licence', () => {
    expect(questionnaire.url).toBe('http://tandem.health/fhir/Questionnaire/phq-9');
    expect(questionnaire.version).toBe(phq9.version);
    expect(questionnaire.code).toEqual([{ system: 'http://loinc.org', code: '44249-1' }]);
    expect(questionnaire.copyright).toContain('no permission is required');
    const licence = questionnaire.extension?.find((ext) => ext.url === extensionUrl.licence);
    expect(licence?.extension?.find((part) => part.url === 'kind')?.valueCode).toBe('free');
  });

  it('gives each item its LOINC code and each option its score as ordinalValue', () => {
    const item9 = itemById(questionnaire, '9');
    expect(item9.code).toEqual([{ system: 'http://loinc.org', code: '44260-8' }]);
    expect(item9.answerOption?.map((option) => option.valueCoding?.display)).toEqual([
      'Not at all',
      'Several days',
      'More than half the days',
      'Nearly every day',
    ]);
    expect(item9.answerOption?.map((option) => option.extension?.[0]?.valueDecimal)).toEqual([
      0, 1, 2, 3,
    ]);
    expect(item9.extension?.[0]?.url).toBe(extensionUrl.criticalItem);
  });

  it('exports verified LOINC codes only: codes seen only in secondary sources stay out', () => {
    for (const definition of listInstruments()) {
      const exported = JSON.stringify(toQuestionnaire(definition));
      for (const entry of definition.secondaryLoinc ?? []) {
        expect(exported, `${definition.id} ${entry.code}`).not.toContain(`"${entry.code}"`);
      }
    }
    const phq2 = getInstrument('phq-2');
    if (phq2 === undefined) throw new Error('phq-2 missing');
    const exported = toQuestionnaire(phq2);
    expect(exported.code).toBeUndefined();
    expect(itemById(exported, '1').code).toEqual([{ system: 'http://loinc.org', code: '44250-9' }]);
  });

  it('leaves the unscored difficulty item without ordinals', () => {
    const item10 = itemById(questionnaire, '10');
    expect(item10.answerOption?.every((option) => option.extension === undefined)).toBe(true);
  });

  it('puts the reversed score in ordinalValue for reverse items (CORE-10 item 2)', () => {
    const core10 = getInstrument('core-10');
    if (core10 === undefined) throw new Error('core-10 missing');
    const item2 = itemById(toQuestionnaire(core10), '2');
    expect(item2.answerOption?.map((option) => option.valueCoding?.code)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(item2.answerOption?.map((option) => option.extension?.[0]?.valueDecimal)).toEqual([
      4, 3, 2, 1, 0,
    ]);
  });

  it('has a hidden, read-only total item with the LOINC total code and the bands', () => {
    const total = itemById(questionnaire, scoreLinkId('total'));
    expect(total.readOnly).toBe(true);
    expect(total.code).toEqual([{ system: 'http://loinc.org', code: '44261-6' }]);
    expect(total.extension?.find((ext) => ext.url === extensionUrl.hidden)?.valueBoolean).toBe(
      true,
    );
    const bands = total.extension?.filter((ext) => ext.url === extensionUrl.bands) ?? [];
    expect(bands.map((band) => band.extension?.[0]?.valueCode)).toEqual([
      'minimal',
      'mild',
      'moderate',
      'moderately-severe',
      'severe',
    ]);
  });
});

// The exported calculatedExpressions must agree with the built-in scorer:
// the same answers, scored twice, by two independent routes.
describe.each(listInstruments().map((definition) => [definition.id, definition] as const))(
  '%s FHIRPath agrees with the built-in scorer',
  (_, definition) => {
    const questionnaire = toQuestionnaire(definition);
    const scales = [definition.total, ...definition.subscales];
    const answers = fc.record(
      Object.fromEntries(
        definition.items.map((item) => {
          const value = fc.constantFrom(...item.options.map((option) => option.value));
          return [item.id, fc.option(value, { nil: null, freq: 6 })] as const;
        }),
      ),
    );

    const compiled = scales.map(
      (scale) =>
        [scale, scoreItemEvaluator(itemById(questionnaire, scoreLinkId(scale.id)))] as const,
    );

    it('on random complete and partial responses', () => {
      fc.assert(
        fc.property(answers, (response) => {
          const result = scoreResponse(definition, response);
          const qr = responseFor(definition, response);
          for (const [scale, evaluate] of compiled) {
            const [value] = evaluate(qr, questionnaire);
            const builtIn = scale.id === 'total' ? result.total : result.subscales[scale.id]?.total;
            expect(value ?? null, scale.id).toBe(builtIn ?? null);
          }
        }),
        { numRuns: 100 },
      );
    });

    it('ordinalValues are the item scores', () => {
      for (const item of definition.items.filter((candidate) => candidate.scored)) {
        const exported = itemById(questionnaire, item.id).answerOption ?? [];
        expect(exported.map((option) => option.extension?.[0]?.valueDecimal)).toEqual(
          item.options.map((option) => itemScore(item, option.value)),
        );
      }
    });
  },
);
