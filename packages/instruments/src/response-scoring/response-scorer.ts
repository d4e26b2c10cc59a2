import type { InstrumentDefinition } from '../definition/types.ts';
import { exportedIndex } from '../fhir-import/built-in-answers.ts';
import { stringAt } from '../fhir-import/fhir-json.ts';
import { issue, type ImportResult } from '../fhir-import/import-issue.ts';
import {
  indexQuestionnaire,
  type IndexedQuestionnaire,
} from '../fhir-import/questionnaire-index.ts';
import type { PreparedQuestionnaire } from '../fhir-import/score-questionnaire-response.ts';
import { getInstrument, listInstruments } from '../registry.ts';
import { builtInUrl, type QuestionnaireIdentity } from './questionnaire-reference.ts';
import { recogniseBuiltIn, type BuiltInRecognition } from './recognise-built-in.ts';

/** What to score against: a built-in instrument by id, or a Questionnaire (parsed JSON). */
export type ScoringSource = { readonly instrumentId: string } | { readonly questionnaire: unknown };

export type ScoringTarget =
  | { readonly kind: 'built-in'; readonly definition: InstrumentDefinition }
  | {
      readonly kind: 'recognised';
      readonly definition: InstrumentDefinition;
      readonly itemByLinkId: ReadonlyMap<string, string>;
    }
  | { readonly kind: 'imported'; readonly prepared: PreparedQuestionnaire };

/** A Questionnaire made ready once to score many responses. */
export interface ResponseScorer {
  /** The url and version a response must name. */
  readonly identity: QuestionnaireIdentity;
  /** What responses are checked against (for a built-in instrument, its exported Questionnaire). */
  readonly index: IndexedQuestionnaire;
  readonly target: ScoringTarget;
  /**
   * Whether the Questionnaire carries a built-in instrument's LOINC panel
   * code and maps to it. `unmappable` lists why not, so that an import can
   * say it before anyone relies on bands or critical items it will not get.
   * Null when the scorer is a built-in instrument itself.
   */
  readonly recognition: BuiltInRecognition | null;
}

const builtInScorers = new WeakMap<InstrumentDefinition, ImportResult<ResponseScorer>>();

/**
 * Prepares scoring against a built-in instrument or a Questionnaire:
 *
 * - `{ instrumentId }`: the built-in instrument; responses answer its
 *   exported Questionnaire (`http://tandem.health/fhir/Questionnaire/<id>`).
 * - `{ questionnaire }` with Tandem's url for a built-in instrument: that
 *   instrument, if the version is the built-in one (otherwise a problem:
 *   Tandem scores only its current definitions).
 * - `{ questionnaire }` carrying a built-in instrument's LOINC panel and item
 *   codes (see `recogniseBuiltIn`): scored as that instrument.
 * - any other Questionnaire: totalled by its own FHIRPath.
 *
 * Built-in scorers are cached; keep the result for an imported Questionnaire
 * to reuse its compiled expressions.
 *
 * @example
 * const scorer = prepareResponseScorer({ instrumentId: 'phq-9' });
 * if (scorer.ok) scoreSubmittedResponse(scorer.value, response);
 */
export function prepareResponseScorer(source: ScoringSource): ImportResult<ResponseScorer> {
  if ('instrumentId' in source) {
    const definition = getInstrument(source.instrumentId);
    if (!definition) {
      return {
        ok: false,
        errors: [
          issue(
            'UNKNOWN_INSTRUMENT',
            'instrumentId',
            null,
            `there is no built-in instrument "${source.instrumentId}"`,
          ),
        ],
      };
    }
    return builtInScorer(definition);
  }
  const index = indexQuestionnaire(source.questionnaire);
  if (!index.ok) return index;
  const identity: QuestionnaireIdentity = {
    url: stringAt(index.value.resource, 'url') ?? null,
    version: stringAt(index.value.resource, 'version') ?? null,
  };
  const exported = tandemBuiltIn(identity);
  if (exported !== undefined) {
    if (identity.version === exported.version) return builtInScorer(exported);
    return {
      ok: false,
      errors: [
        issue(
          'INVALID_QUESTIONNAIRE',
          'Questionnaire.version',
          null,
          `this is Tandem's ${exported.shortTitle} at version ${identity.version ?? '(none)'}, but the built-in one is version ${exported.version}; score against the built-in instrument`,
        ),
      ],
    };
  }
  const recognition = recogniseBuiltIn(index.value, listInstruments());
  const target: ScoringTarget =
    recognition.status === 'recognised'
      ? {
          kind: 'recognised',
          definition: recognition.definition,
          itemByLinkId: recognition.itemByLinkId,
        }
      : { kind: 'imported', prepared: { index: index.value, expressions: new Map() } };
  return { ok: true, value: { identity, index: index.value, target, recognition } };
}

function builtInScorer(definition: InstrumentDefinition): ImportResult<ResponseScorer> {
  let scorer = builtInScorers.get(definition);
  if (scorer === undefined) {
    const index = exportedIndex(definition);
    scorer = index.ok
      ? {
          ok: true,
          value: {
            identity: { url: builtInUrl(definition.id), version: definition.version },
            index: index.value,
            target: { kind: 'built-in', definition },
            recognition: null,
          },
        }
      : index;
    builtInScorers.set(definition, scorer);
  }
  return scorer;
}

/** The built-in instrument whose Tandem url this is, if any. */
function tandemBuiltIn(identity: QuestionnaireIdentity): InstrumentDefinition | undefined {
  const prefix = builtInUrl('');
  if (identity.url === null || !identity.url.startsWith(prefix)) return undefined;
  return getInstrument(identity.url.slice(prefix.length));
}
