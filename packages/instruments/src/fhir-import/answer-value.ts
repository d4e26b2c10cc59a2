import { matchCoding, matchPrimitive, type ResolvedOption } from './answer-options.ts';
import { ordinalOf } from './extensions.ts';
import { isRecord, stringAt, valueKeys, type JsonRecord } from './fhir-json.ts';
import { issue, type ImportIssue } from './import-issue.ts';
import type { IndexedItem } from './questionnaire-index.ts';

/** value[x] suffixes an answer to each R4 item type may use (choice types depend on the options). */
const VALUE_TYPES: Readonly<Record<string, readonly string[]>> = {
  boolean: ['Boolean'],
  decimal: ['Decimal'],
  integer: ['Integer'],
  date: ['Date'],
  dateTime: ['DateTime'],
  time: ['Time'],
  string: ['String'],
  text: ['String'],
  url: ['Uri'],
  attachment: ['Attachment'],
  reference: ['Reference'],
  quantity: ['Quantity'],
};

const SHAPES: Readonly<Record<string, (value: unknown) => boolean>> = {
  Boolean: (value) => typeof value === 'boolean',
  Decimal: (value) => typeof value === 'number' && Number.isFinite(value),
  Integer: (value) => Number.isInteger(value),
  Date: (value) => typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value),
  DateTime: (value) =>
    typeof value === 'string' &&
    /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(value),
  Time: (value) => typeof value === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value),
  String: (value) => typeof value === 'string' && value.length > 0,
  Uri: (value) => typeof value === 'string' && value.length > 0,
  Coding: (value) => isRecord(value) && typeof value.code === 'string',
  Quantity: (value) => isRecord(value) && typeof value.value === 'number',
  Attachment: isRecord,
  Reference: isRecord,
};

export interface CheckedValue {
  readonly valueKey: string;
  readonly ordinal: number | null;
  readonly ordinalFrom: 'answer' | 'option' | null;
}

/**
 * Checks one answer against its Questionnaire item: the value[x] fits the
 * item type, lies within minValue/maxValue/maxLength, and is one of the
 * options when the item has a resolvable answer list. Returns the score the
 * answer carries: its own ordinalValue when `honourAnswerOrdinals` (as SDC
 * ordinal() and fhirpath.js weight() do), else its option's.
 */
export function checkAnswerValue(
  item: IndexedItem,
  answer: JsonRecord,
  path: string,
  honourAnswerOrdinals: boolean,
): CheckedValue | ImportIssue {
  const { linkId } = item;
  const keys = valueKeys(answer);
  if (keys.length > 1)
    return issue('INVALID_RESPONSE', path, linkId, 'answer has more than one value[x]');
  const [valueKey] = keys;
  if (valueKey === undefined)
    return issue('WRONG_ANSWER_TYPE', path, linkId, `answer to "${linkId}" has no value`);
  const valueType = valueKey.slice('value'.length);
  const allowed = allowedTypes(item);
  if (!allowed.includes(valueType)) {
    const expected =
      allowed.length === 0 ? 'no answer' : allowed.map((type) => `value${type}`).join(' or ');
    return issue(
      'WRONG_ANSWER_TYPE',
      `${path}.${valueKey}`,
      linkId,
      `"${linkId}" (${item.type}) takes ${expected}, not ${valueKey}`,
    );
  }
  const value = answer[valueKey];
  if (!(SHAPES[valueType] ?? (() => false))(value)) {
    return issue(
      'WRONG_ANSWER_TYPE',
      `${path}.${valueKey}`,
      linkId,
      `${valueKey} of "${linkId}" is not a valid ${valueType}`,
    );
  }
  const rangeProblem = checkRange(item, valueType, value, `${path}.${valueKey}`);
  if (rangeProblem) return rangeProblem;

  let option: ResolvedOption | null = null;
  if (
    item.options.kind === 'resolved' &&
    !(item.type === 'open-choice' && valueType === 'String')
  ) {
    const list = item.options.list;
    if (valueType === 'Coding' && isRecord(value)) {
      option = matchCoding(list, stringAt(value, 'system'), stringAt(value, 'code') ?? '');
    } else {
      option = matchPrimitive(
        list,
        valueType === 'Reference' && isRecord(value) ? value.reference : value,
      );
    }
    if (!option) {
      return issue(
        'OUT_OF_RANGE',
        `${path}.${valueKey}`,
        linkId,
        `the answer to "${linkId}" is not one of its ${list.options.length} options`,
      );
    }
  }
  if (honourAnswerOrdinals) {
    // The score extension sits on the value element: on a Coding itself, or on
    // the `_valueX` sibling of a primitive (FHIR JSON).
    const own = ordinalOf(isRecord(value) ? value : answer[`_${valueKey}`]);
    if (own === 'invalid')
      return issue(
        'INVALID_ORDINAL',
        `${path}.${valueKey}`,
        linkId,
        "the answer's ordinalValue is not a number",
      );
    if (own !== null) return { valueKey, ordinal: own, ordinalFrom: 'answer' };
  }
  const ordinal = option?.ordinal ?? null;
  return { valueKey, ordinal, ordinalFrom: ordinal === null ? null : 'option' };
}

function allowedTypes(item: IndexedItem): readonly string[] {
  if (item.type === 'group' || item.type === 'display') return [];
  if (item.type === 'choice' || item.type === 'open-choice') {
    const fromOptions = item.options.kind === 'resolved' ? item.options.list.valueType : 'Coding';
    return item.type === 'open-choice' ? [fromOptions, 'String'] : [fromOptions];
  }
  return VALUE_TYPES[item.type] ?? [];
}

function checkRange(
  item: IndexedItem,
  valueType: string,
  value: unknown,
  path: string,
): ImportIssue | null {
  const { linkId } = item;
  if ((valueType === 'Integer' || valueType === 'Decimal') && typeof value === 'number') {
    if (item.minValue !== undefined && value < item.minValue) {
      return issue(
        'OUT_OF_RANGE',
        path,
        linkId,
        `"${linkId}" must be at least ${item.minValue}, got ${value}`,
      );
    }
    if (item.maxValue !== undefined && value > item.maxValue) {
      return issue(
        'OUT_OF_RANGE',
        path,
        linkId,
        `"${linkId}" must be at most ${item.maxValue}, got ${value}`,
      );
    }
  }
  if (valueType === 'String' && typeof value === 'string' && item.maxLength !== undefined) {
    if (value.length > item.maxLength) {
      return issue(
        'OUT_OF_RANGE',
        path,
        linkId,
        `"${linkId}" allows at most ${item.maxLength} characters`,
      );
    }
  }
  return null;
}
