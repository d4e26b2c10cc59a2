/**
 * FHIR `enableWhen`: whether a question (or group) is shown for the answers
 * given so far. Pure; the values compared are the answers as the form holds
 * them after reading (numbers, yes/no, words; a choice is its option's number).
 */

export type EnableOperator = 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
export type ComparableValue = number | boolean | string;
/** An answer as conditions see it: one value, or every option of a repeating choice. */
export type ConditionValue = ComparableValue | readonly ComparableValue[] | null | undefined;

export interface EnableCondition {
  /** linkId of the question whose answer decides. */
  question: string;
  operator: EnableOperator;
  answer: ComparableValue;
}

/** One item's rule: its conditions and whether any or all must hold. */
export interface EnableRule {
  behavior: 'any' | 'all';
  when: EnableCondition[];
}

export const enableOperators: readonly EnableOperator[] = [
  'exists',
  '=',
  '!=',
  '>',
  '<',
  '>=',
  '<=',
];

function compare(actual: ComparableValue, operator: EnableOperator, expected: ComparableValue) {
  if (operator === '=') return actual === expected;
  if (operator === '!=') return actual !== expected;
  // Order only makes sense between two numbers or two strings.
  if (typeof actual !== typeof expected || typeof actual === 'boolean') return false;
  if (operator === '>') return actual > expected;
  if (operator === '<') return actual < expected;
  if (operator === '>=') return actual >= expected;
  return actual <= expected;
}

/**
 * Whether one condition holds. With no answer only `exists false` and `!=`
 * hold (FHIR R4: "!=" is true when no answer equals the value).
 *
 * @example conditionHolds({ question: 'a', operator: '>', answer: 3 }, { a: 5 }) // true
 */
export function conditionHolds(
  condition: EnableCondition,
  answers: Readonly<Record<string, ConditionValue>>,
): boolean {
  const given = answers[condition.question];
  const actual: readonly ComparableValue[] =
    given === undefined || given === null ? [] : Array.isArray(given) ? given : [given];
  const answered = actual.length > 0;
  if (condition.operator === 'exists') return answered === condition.answer;
  if (!answered) return condition.operator === '!=';
  // FHIR R4: with several answers, the condition holds when any of them matches
  // ("!=": when none equals the value).
  if (condition.operator === '!=') return actual.every((one) => one !== condition.answer);
  return actual.some((one) => compare(one, condition.operator, condition.answer));
}

/** Whether every rule holds (an item's own and its enclosing groups'). No rules: always shown. */
export function rulesHold(
  rules: readonly EnableRule[],
  answers: Readonly<Record<string, ConditionValue>>,
): boolean {
  return rules.every((rule) =>
    rule.behavior === 'all'
      ? rule.when.every((condition) => conditionHolds(condition, answers))
      : rule.when.some((condition) => conditionHolds(condition, answers)),
  );
}
