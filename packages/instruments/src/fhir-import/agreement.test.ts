// Property: for every built-in instrument with a FHIR equivalent, the
// built-in scorer and the FHIRPath evaluation of the Questionnaire agree on
// many random responses. Equivalents: the published PHQ-9 and GAD-7
// Questionnaires in ../shared/fixtures/fhir, and every Questionnaire Tandem
// exports (generated with toQuestionnaire, and the committed
// packages/instruments/fhir/*.json files when they exist).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../definition/types.ts';
import { toQuestionnaire } from '../fhir-export/to-questionnaire.ts';
import { getInstrument, listInstruments } from '../registry.ts';
import { scoreResponse } from '../scoring/score-response.ts';
import type { ResolvedOption } from './answer-options.ts';
import { isRecord, type JsonRecord } from './fhir-json.ts';
import { indexQuestionnaire, type IndexedQuestionnaire } from './questionnaire-index.ts';
import {
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
} from './score-questionnaire-response.ts';

const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../shared/fixtures/fhir/', import.meta.url).pathname;
const exportedDir = new URL('../../fhir/', import.meta.url).pathname;
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** A QuestionnaireResponse mirroring the Questionnaire's groups, answering the chosen options. */
function buildResponse(
  questionnaire: JsonRecord,
  chosen: ReadonlyMap<string, ResolvedOption>,
): unknown {
  const build = (items: unknown): JsonRecord[] =>
    (Array.isArray(items) ? items : []).filter(isRecord).flatMap((item): JsonRecord[] => {
      const linkId = item.linkId as string;
      const option = chosen.get(linkId);
      if (option) {
        const value =
          option.code === undefined
            ? { valueInteger: option.primitive }
            : {
                valueCoding: {
                  ...(option.system ? { system: option.system } : {}),
                  code: option.code,
                },
              };
        return [{ linkId, answer: [value] }];
      }
      const children = build(item.item);
      return children.length > 0 ? [{ linkId, item: children }] : [];
    });
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: build(questionnaire.item),
  };
}

function optionsOf(index: IndexedQuestionnaire, linkId: string): readonly ResolvedOption[] {
  const item = index.items.get(linkId);
  return item?.options.kind === 'resolved' ? item.options.list.options : [];
}

function definition(id: string): InstrumentDefinition {
  const found = getInstrument(id);
  if (!found) throw new Error(`${id} is not a built-in instrument`);
  return found;
}

describe('built-in scorer and published FHIR Questionnaires agree (fixtures)', () => {
  const cases: [string, string][] = [
    ['phq-9', 'questionnaires/sdc-questionnaire-PHQ9.R4.json'],
    ['phq-9', 'questionnaires/lforms-phq9.R4.json'],
    ['phq-9', 'questionnaires/fhirpathjs-phq9.R4.json'],
    ['phq-9', 'questionnaires/lforms-phq9-weight-function.R4.json'],
    ['phq-9', 'questionnaires/lforms-argonaut-phq9-ish.R4.json'],
    ['gad-7', 'questionnaires/mii-gad7.R4.json'],
    ['gad-7', 'questionnaires/researchkitonfhir-gad7.R4.json'],
  ];
  for (const [instrumentId, file] of cases) {
    it(`${instrumentId} ~ ${file}`, () => {
      const builtIn = definition(instrumentId);
      const questionnaire = readJson(`${fixtures}/${file}`) as JsonRecord;
      const index = indexQuestionnaire(questionnaire);
      const prepared = prepareQuestionnaire(questionnaire);
      if (!index.ok || !prepared.ok) throw new Error(`cannot read ${file}`);
      // The scored items are the choice items whose every option carries an
      // ordinal, in document order; they pair with the built-in items 1..n.
      const scoredLinkIds = index.value.order.filter((linkId) => {
        const options = optionsOf(index.value, linkId);
        return options.length > 0 && options.every((option) => option.ordinal !== null);
      });
      const builtInItems = builtIn.total.items;
      expect(scoredLinkIds).toHaveLength(builtInItems.length);

      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 3 }), {
            minLength: builtInItems.length,
            maxLength: builtInItems.length,
          }),
          (values) => {
            const answers: Record<string, number> = {};
            const chosen = new Map<string, ResolvedOption>();
            values.forEach((value, position) => {
              const linkId = scoredLinkIds[position] as string;
              const option = optionsOf(index.value, linkId).find(
                (candidate) => candidate.ordinal === value,
              );
              if (!option) throw new Error(`${file}: no option with ordinal ${value} on ${linkId}`);
              chosen.set(linkId, option);
              answers[builtInItems[position] as string] = value;
            });
            const imported = scoreQuestionnaireResponse(
              prepared.value,
              buildResponse(questionnaire, chosen),
            );
            if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
            expect(imported.value.total).toBe(scoreResponse(builtIn, answers).total);
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});

describe("built-in scorer and Tandem's exported Questionnaires agree", () => {
  const committed = existsSync(exportedDir)
    ? readdirSync(exportedDir).filter((name) => name.endsWith('.json'))
    : [];
  const sources: [string, InstrumentDefinition, unknown][] = [
    ...listInstruments().map((entry): [string, InstrumentDefinition, unknown] => [
      `${entry.id} (generated)`,
      entry,
      toQuestionnaire(entry),
    ]),
    ...committed.map((name): [string, InstrumentDefinition, unknown] => {
      const resource = readJson(`${exportedDir}/${name}`) as JsonRecord;
      return [`${name} (committed)`, definition(String(resource.id)), resource];
    }),
  ];

  for (const [label, builtIn, questionnaire] of sources) {
    it(label, () => {
      const prepared = prepareQuestionnaire(questionnaire);
      if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
      const index = prepared.value.index;
      // Any answer, or none: missing-item rules must agree too.
      const itemArbitraries = builtIn.items.map((item) =>
        fc.option(fc.constantFrom(...item.options.map((option) => option.value)), {
          nil: undefined,
        }),
      );
      fc.assert(
        fc.property(fc.tuple(...itemArbitraries), (values) => {
          const answers: Record<string, number | undefined> = {};
          const chosen = new Map<string, ResolvedOption>();
          builtIn.items.forEach((item, position) => {
            const value = values[position];
            answers[item.id] = value;
            if (value === undefined) return;
            const option = optionsOf(index, item.id).find(
              (candidate) => candidate.code === String(value),
            );
            if (!option) throw new Error(`${label}: no option ${value} on item ${item.id}`);
            chosen.set(item.id, option);
          });
          const expected = scoreResponse(builtIn, answers);
          const imported = scoreQuestionnaireResponse(
            prepared.value,
            buildResponse(questionnaire as JsonRecord, chosen),
          );
          if (!imported.ok) throw new Error(JSON.stringify(imported.errors));
          const byLinkId = new Map(
            imported.value.calculated.map((entry) => [entry.linkId, entry.value]),
          );
          const close = (actual: unknown, wanted: number | null): void => {
            if (wanted === null) expect(actual).toBeNull();
            else expect(actual as number).toBeCloseTo(wanted, 9);
          };
          close(imported.value.total, expected.valid ? expected.total : null);
          for (const scale of builtIn.subscales) {
            close(
              byLinkId.get(`score-${scale.id}`) ?? null,
              expected.subscales[scale.id]?.total ?? null,
            );
          }
        }),
        // Committed files equal the generated ones (drift test), so fewer runs suffice.
        { numRuns: label.endsWith('(committed)') ? 15 : 40 },
      );
    });
  }
});
