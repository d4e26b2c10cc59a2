import fhirpath, { type UserInvocationTable } from 'fhirpath';

// SDC FHIRPath supplements that fhirpath.js 5.2 lacks or resolves differently:
// - answers(): missing in fhirpath.js. SDC: all answers within the
//   QuestionnaireResponse, or within an item and its descendants.
// - ordinal() / weight(): fhirpath.js has them, but matches a ValueSet concept
//   only when the answer's Coding carries the same system, so the published
//   SDC PHQ-9 example (codings without a system) scores 0. We replace both with
//   one lookup built while validating the response, so FHIRPath sees exactly
//   the ordinals the validator accepted (answer-level ordinalValue first, then
//   the option's, as fhirpath.js orders them).

/** Key under which the per-response ordinal lookup travels in the environment. */
export const ORDINALS = Symbol('tandem.ordinals');

export interface OrdinalLookup {
  /** Answers and their value elements of this response → score. */
  readonly response: ReadonlyMap<object, number>;
  /** Options, option codings and ValueSet concepts of the Questionnaire → score. */
  readonly questionnaire: ReadonlyMap<object, number>;
}

interface ResourceNodeLike {
  readonly data: unknown;
  readonly path: string | null;
  readonly parentResNode: ResourceNodeLike | null;
}

interface EvaluationContext {
  readonly vars: Record<PropertyKey, unknown>;
  readonly model: unknown;
}

const ANSWER_PATH = 'QuestionnaireResponse.item.answer';

function ordinals(this: EvaluationContext, collection: readonly ResourceNodeLike[]): number[] {
  const lookup = this.vars[ORDINALS] as OrdinalLookup | undefined;
  if (!lookup) throw new Error('ordinal() needs the Tandem ordinal lookup in the environment');
  const found = (key: unknown): number | undefined =>
    typeof key === 'object' && key !== null
      ? (lookup.response.get(key) ?? lookup.questionnaire.get(key))
      : undefined;
  const scores: number[] = [];
  for (const node of collection) {
    let score = found(node.data);
    // A primitive value (valueInteger 2) has no identity: use its answer's.
    if (score === undefined && node.parentResNode?.path === ANSWER_PATH) {
      score = found(node.parentResNode.data);
    }
    if (score !== undefined) scores.push(score);
  }
  return scores;
}

/** fhirpath.js's own child navigation (exported, loosely typed, for user functions). */
const makeChildResNodes = fhirpath.util.makeChildResNodes as (
  context: EvaluationContext,
  parent: ResourceNodeLike,
  property: string,
  model: unknown,
) => ResourceNodeLike[];

function answers(this: EvaluationContext, collection: readonly ResourceNodeLike[]): unknown[] {
  const children = (node: ResourceNodeLike, property: string): ResourceNodeLike[] =>
    makeChildResNodes(this, node, property, this.model);
  const found: ResourceNodeLike[] = [];
  const visitItem = (item: ResourceNodeLike): void => {
    for (const answer of children(item, 'answer')) {
      found.push(answer);
      for (const nested of children(answer, 'item')) visitItem(nested);
    }
    for (const child of children(item, 'item')) visitItem(child);
  };
  for (const node of collection) {
    if (node.path === 'QuestionnaireResponse.item') visitItem(node);
    else for (const item of children(node, 'item')) visitItem(item);
  }
  return found;
}

export const sdcFunctions: UserInvocationTable = {
  answers: { fn: answers, arity: { 0: [] }, internalStructures: true },
  ordinal: { fn: ordinals, arity: { 0: [] }, internalStructures: true },
  weight: { fn: ordinals, arity: { 0: [] }, internalStructures: true },
};
