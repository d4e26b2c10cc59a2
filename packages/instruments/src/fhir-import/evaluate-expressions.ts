import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { CheckedResponse } from './check-response.ts';
import type { ExpressionDefinition } from './extensions.ts';
import { isRecord, type JsonRecord } from './fhir-json.ts';
import { issue, type ImportIssue, type ImportResult } from './import-issue.ts';
import type { IndexedItem, IndexedQuestionnaire } from './questionnaire-index.ts';
import { ORDINALS, sdcFunctions, type OrdinalLookup } from './sdc-functions.ts';

export type CalculatedValue = number | string | boolean | null;

type Evaluator = (
  resource: unknown,
  env: Record<PropertyKey, unknown>,
  options?: { resolveInternalTypes?: boolean },
) => unknown[];

/** Compiled expressions of one Questionnaire, so a million responses parse them once. */
export type ExpressionCache = Map<string, Evaluator>;

const FHIRPATH = 'text/fhirpath';
const ITEM_BASE = 'QuestionnaireResponse.item';

/**
 * Evaluates SDC `variable`s and `calculatedExpression`s with fhirpath.js (R4
 * model): root variables with the response as context, item variables and the
 * calculated expression with the item's first QuestionnaireResponse entry as
 * %context (the response root when the item is absent). Computed values are
 * written back into `working` so that one calculated item may use another;
 * passes repeat until the values settle (at most one per calculated item).
 */
export function evaluateCalculated(
  index: IndexedQuestionnaire,
  cache: ExpressionCache,
  working: JsonRecord,
  checked: CheckedResponse,
  ordinals: OrdinalLookup,
): ImportResult<ReadonlyMap<string, CalculatedValue>> {
  const calculated = index.order
    .map((linkId) => index.items.get(linkId))
    .filter((item): item is IndexedItem => item?.calculated != null);
  const values = new Map<string, CalculatedValue>();
  if (calculated.length === 0) return { ok: true, value: values };

  const base = {
    resource: working,
    rootResource: working,
    questionnaire: index.resource,
    [ORDINALS]: ordinals,
  };
  try {
    // Calculated items see each other only through the values written back
    // into the response, so when none of them has an entry there, one pass
    // is final. Otherwise n passes settle a chain of n calculated items in
    // any document order.
    const linked = calculated.some((item) => checked.itemsByLinkId.has(item.linkId));
    for (let pass = 0; pass < (linked ? calculated.length : 1); pass++) {
      let changed = false;
      const rootEnv = withVariables(cache, index.rootVariables, working, null, { ...base });
      for (const item of calculated) {
        const context = checked.itemsByLinkId.get(item.linkId)?.[0] ?? null;
        let env = rootEnv;
        for (const ancestorId of item.ancestors) {
          const ancestor = index.items.get(ancestorId);
          const ancestorContext = checked.itemsByLinkId.get(ancestorId)?.[0] ?? null;
          if (ancestor)
            env = withVariables(
              cache,
              ancestor.variables,
              ancestorContext ?? working,
              ancestorContext,
              env,
            );
        }
        env = withVariables(cache, item.variables, context ?? working, context, env);
        const expression = item.calculated as ExpressionDefinition;
        const value = toCalculatedValue(
          item,
          run(cache, expression, context ?? working, context !== null, env),
        );
        if (!values.has(item.linkId) || values.get(item.linkId) !== value) changed = true;
        values.set(item.linkId, value);
        writeBack(item, value, checked.itemsByLinkId.get(item.linkId) ?? []);
      }
      if (!changed) break;
    }
  } catch (error) {
    if (error instanceof ExpressionProblem) return { ok: false, errors: [error.issue] };
    throw error;
  }
  return { ok: true, value: values };
}

class ExpressionProblem extends Error {
  constructor(readonly issue: ImportIssue) {
    super(issue.message);
  }
}

function withVariables(
  cache: ExpressionCache,
  variables: readonly ExpressionDefinition[],
  focus: JsonRecord,
  itemContext: JsonRecord | null,
  env: Record<PropertyKey, unknown>,
): Record<PropertyKey, unknown> {
  let next = env;
  for (const variable of variables) {
    // Variables in other languages (x-fhir-query, CQL) serve pre-population,
    // not scoring; an expression that needs one fails below, naming it.
    if (variable.language !== FHIRPATH || variable.name === null) continue;
    const value = run(cache, variable, focus, itemContext !== null, next, false);
    next = { ...next, [variable.name]: value };
  }
  return next;
}

function run(
  cache: ExpressionCache,
  definition: ExpressionDefinition,
  focus: JsonRecord,
  onItem: boolean,
  env: Record<PropertyKey, unknown>,
  resolveInternalTypes = true,
): unknown[] {
  const where = definition.name === null ? 'expression' : `"${definition.name}"`;
  if (definition.language !== FHIRPATH) {
    throw new ExpressionProblem(
      issue(
        'UNSUPPORTED_EXPRESSION',
        'Questionnaire',
        null,
        `${where} is ${definition.language || 'of no language'}; only ${FHIRPATH} is evaluated`,
      ),
    );
  }
  try {
    return compiled(cache, definition.expression, onItem)(focus, env, { resolveInternalTypes });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ExpressionProblem(
      issue(
        'EXPRESSION_FAILED',
        'Questionnaire',
        null,
        `${where} (${definition.expression}) failed: ${reason}`,
      ),
    );
  }
}

function compiled(cache: ExpressionCache, expression: string, onItem: boolean): Evaluator {
  const key = `${onItem ? 'item' : 'root'}|${expression}`;
  let evaluator = cache.get(key);
  if (!evaluator) {
    const path = onItem ? { base: ITEM_BASE, expression } : expression;
    evaluator = fhirpath.compile(path, r4, { userInvocationTable: sdcFunctions }) as Evaluator;
    cache.set(key, evaluator);
  }
  return evaluator;
}

function toCalculatedValue(item: IndexedItem, result: readonly unknown[]): CalculatedValue {
  const fail = (why: string): never => {
    throw new ExpressionProblem(
      issue(
        'EXPRESSION_FAILED',
        item.path,
        item.linkId,
        `the calculatedExpression of "${item.linkId}" ${why}`,
      ),
    );
  };
  if (result.length === 0) return null;
  if (result.length > 1) fail(`gave ${result.length} values instead of one`);
  const [value] = result;
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : fail('is not a finite number');
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (isRecord(value) && typeof value.value === 'number') return value.value;
  return fail('gave a value that is neither a number, a string nor a boolean');
}

function writeBack(
  item: IndexedItem,
  value: CalculatedValue,
  entries: readonly JsonRecord[],
): void {
  const answer = typedAnswer(item.type, value);
  for (const entry of entries) {
    if (answer) entry.answer = [answer];
    else delete entry.answer;
  }
}

function typedAnswer(type: string, value: CalculatedValue): JsonRecord | null {
  if (value === null) return null;
  if (typeof value === 'number') {
    if (type === 'integer' && Number.isInteger(value)) return { valueInteger: value };
    if (type === 'quantity') return { valueQuantity: { value } };
    return { valueDecimal: value };
  }
  if (typeof value === 'boolean') return { valueBoolean: value };
  return { valueString: value };
}
