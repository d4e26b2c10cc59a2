import { ordinalOf } from './extensions.ts';
import { arrayAt, isRecord, stringAt, valueKeys, type JsonRecord } from './fhir-json.ts';
import { issue, type ImportIssue } from './import-issue.ts';

/** One permitted answer with the score it carries (null when it carries none). */
export interface ResolvedOption {
  /** For codings: system (may be absent) and code. */
  readonly system: string | undefined;
  readonly code: string | undefined;
  /** For non-coding options: the primitive value (integer, string, date, time) or Reference.reference. */
  readonly primitive: unknown;
  readonly ordinal: number | null;
  /** The JSON objects an ordinal() call may land on (option, its valueCoding, a concept). */
  readonly nodes: readonly object[];
}

export interface OptionList {
  readonly from: 'answerOption' | 'contained ValueSet';
  /** The value[x] suffix answers must use, e.g. 'Coding' or 'Integer'. */
  readonly valueType: string;
  readonly options: readonly ResolvedOption[];
}

export type OptionsLookup =
  | { readonly kind: 'none' }
  | { readonly kind: 'resolved'; readonly list: OptionList }
  /** answerValueSet points outside the Questionnaire: membership cannot be checked offline. */
  | { readonly kind: 'unresolved'; readonly valueSet: string };

/**
 * The answer list of a Questionnaire item: its answerOption, or the contained
 * ValueSet its answerValueSet names ('#id' or canonical url), read from the
 * expansion when present, else from compose.include.concept.
 */
export function resolveOptions(
  item: JsonRecord,
  questionnaire: JsonRecord,
  path: string,
  linkId: string,
  issues: ImportIssue[],
): OptionsLookup {
  const answerOption = arrayAt(item, 'answerOption') ?? [];
  if (answerOption.length > 0) {
    return { kind: 'resolved', list: fromAnswerOptions(answerOption, path, linkId, issues) };
  }
  const valueSetRef = stringAt(item, 'answerValueSet');
  if (valueSetRef === undefined) return { kind: 'none' };
  const valueSet = findContainedValueSet(questionnaire, valueSetRef);
  if (!valueSet) return { kind: 'unresolved', valueSet: valueSetRef };
  const options: ResolvedOption[] = [];
  const expansion = isRecord(valueSet.expansion) ? valueSet.expansion : undefined;
  if (expansion) collectExpansion(arrayAt(expansion, 'contains') ?? [], options);
  else collectCompose(valueSet, options);
  for (const option of options) {
    if (Number.isNaN(option.ordinal)) {
      issues.push(invalidOrdinal(path, linkId, `${valueSetRef} code ${option.code ?? ''}`));
    }
  }
  return {
    kind: 'resolved',
    list: { from: 'contained ValueSet', valueType: 'Coding', options: options.map(cleanNaN) },
  };
}

function fromAnswerOptions(
  answerOption: readonly unknown[],
  path: string,
  linkId: string,
  issues: ImportIssue[],
): OptionList {
  const options: ResolvedOption[] = [];
  let valueType = 'Coding';
  answerOption.forEach((option, index) => {
    const optionPath = `${path}.answerOption[${index}]`;
    if (!isRecord(option)) {
      issues.push(
        issue('INVALID_QUESTIONNAIRE', optionPath, linkId, 'answerOption is not an object'),
      );
      return;
    }
    const [key] = valueKeys(option);
    if (key === undefined) {
      issues.push(issue('INVALID_QUESTIONNAIRE', optionPath, linkId, 'answerOption has no value'));
      return;
    }
    valueType = key.slice('value'.length);
    const value = option[key];
    // The score may sit on the option (R4 context) or on its valueCoding (older content).
    let ordinal = ordinalOf(option);
    if (ordinal === null) ordinal = ordinalOf(value);
    if (ordinal === 'invalid') {
      issues.push(invalidOrdinal(optionPath, linkId, 'answerOption'));
      ordinal = null;
    }
    const nodes: object[] = [option];
    if (isRecord(value)) nodes.push(value);
    options.push({
      system: isRecord(value) ? stringAt(value, 'system') : undefined,
      code: isRecord(value) ? stringAt(value, 'code') : undefined,
      // References are matched by their reference string; other records are Codings.
      primitive: isRecord(value) ? (key === 'valueReference' ? value.reference : undefined) : value,
      ordinal,
      nodes,
    });
  });
  return { from: 'answerOption', valueType, options };
}

function findContainedValueSet(questionnaire: JsonRecord, reference: string): JsonRecord | null {
  const contained = (arrayAt(questionnaire, 'contained') ?? []).filter(isRecord);
  const valueSets = contained.filter((resource) => resource.resourceType === 'ValueSet');
  if (reference.startsWith('#')) {
    return valueSets.find((valueSet) => valueSet.id === reference.slice(1)) ?? null;
  }
  const canonical = reference.split('|')[0];
  return valueSets.find((valueSet) => valueSet.url === canonical) ?? null;
}

function collectExpansion(contains: readonly unknown[], into: ResolvedOption[]): void {
  for (const entry of contains) {
    if (!isRecord(entry)) continue;
    const code = stringAt(entry, 'code');
    if (code !== undefined && entry.abstract !== true) {
      into.push(conceptOption(entry, stringAt(entry, 'system'), code));
    }
    collectExpansion(arrayAt(entry, 'contains') ?? [], into);
  }
}

function collectCompose(valueSet: JsonRecord, into: ResolvedOption[]): void {
  const compose = isRecord(valueSet.compose) ? valueSet.compose : {};
  for (const include of (arrayAt(compose, 'include') ?? []).filter(isRecord)) {
    const system = stringAt(include, 'system');
    for (const concept of (arrayAt(include, 'concept') ?? []).filter(isRecord)) {
      const code = stringAt(concept, 'code');
      if (code !== undefined) into.push(conceptOption(concept, system, code));
    }
  }
}

function conceptOption(
  concept: JsonRecord,
  system: string | undefined,
  code: string,
): ResolvedOption {
  const ordinal = ordinalOf(concept);
  return {
    system,
    code,
    primitive: undefined,
    ordinal: ordinal === 'invalid' ? Number.NaN : ordinal,
    nodes: [concept],
  };
}

function cleanNaN(option: ResolvedOption): ResolvedOption {
  return Number.isNaN(option.ordinal) ? { ...option, ordinal: null } : option;
}

function invalidOrdinal(path: string, linkId: string, where: string): ImportIssue {
  return issue('INVALID_ORDINAL', path, linkId, `the ordinalValue on ${where} is not a number`);
}

/**
 * The option a coding answer picks. Systems must agree when both are given;
 * when either side has no system (common in published examples, e.g. the SDC
 * PHQ-9 response), the code alone decides, but only if it is unambiguous.
 */
export function matchCoding(
  list: OptionList,
  system: string | undefined,
  code: string,
): ResolvedOption | null {
  const sameCode = list.options.filter((option) => option.code === code);
  if (system !== undefined) {
    const strict = sameCode.filter((option) => option.system === system);
    if (strict.length === 1) return strict[0] ?? null;
  }
  const lenient = sameCode.filter((option) => option.system === undefined || system === undefined);
  return lenient.length === 1 ? (lenient[0] ?? null) : null;
}

/** The option a primitive answer (valueInteger, valueString, valueDate …) picks. */
export function matchPrimitive(list: OptionList, value: unknown): ResolvedOption | null {
  return list.options.find((option) => option.primitive === value) ?? null;
}
