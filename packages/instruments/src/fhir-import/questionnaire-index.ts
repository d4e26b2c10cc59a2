import { resolveOptions, type OptionsLookup } from './answer-options.ts';
import {
  CALCULATED_EXPRESSION_URL,
  HIDDEN_URL,
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  VARIABLE_URL,
  expressionsOf,
  extensionsOf,
  numericExtension,
  type ExpressionDefinition,
} from './extensions.ts';
import { arrayAt, isRecord, stringAt, type JsonRecord } from './fhir-json.ts';
import { issue, type ImportIssue, type ImportResult } from './import-issue.ts';

/** R4 Questionnaire.item.type codes. */
const ITEM_TYPES = new Set([
  'group',
  'display',
  'boolean',
  'decimal',
  'integer',
  'date',
  'dateTime',
  'time',
  'string',
  'text',
  'url',
  'choice',
  'open-choice',
  'attachment',
  'reference',
  'quantity',
]);

export interface IndexedItem {
  readonly linkId: string;
  readonly type: string;
  readonly text: string | null;
  /** Item.code codings (e.g. LOINC), as given; used to recognise a built-in instrument. */
  readonly codes: readonly CodingRef[];
  /** linkId of the enclosing item, null at the top level. */
  readonly parent: string | null;
  /** linkIds from the top-level item down to this one's parent. */
  readonly ancestors: readonly string[];
  readonly path: string;
  readonly required: boolean;
  readonly repeats: boolean;
  readonly hidden: boolean;
  readonly options: OptionsLookup;
  readonly minValue: number | undefined;
  readonly maxValue: number | undefined;
  readonly maxLength: number | undefined;
  readonly variables: readonly ExpressionDefinition[];
  readonly calculated: ExpressionDefinition | null;
}

export interface CodingRef {
  readonly system: string | undefined;
  readonly code: string | undefined;
}

export interface IndexedQuestionnaire {
  readonly resource: JsonRecord;
  /** url, else id, else null: how results name the Questionnaire. */
  readonly name: string | null;
  /** Items by linkId (linkIds are unique in a valid Questionnaire, que-2). */
  readonly items: ReadonlyMap<string, IndexedItem>;
  /** linkIds in document order. */
  readonly order: readonly string[];
  readonly rootVariables: readonly ExpressionDefinition[];
  /** Scores found on options and ValueSet concepts, by JSON object identity, for ordinal(). */
  readonly optionOrdinals: ReadonlyMap<object, number>;
}

/**
 * Reads a parsed Questionnaire once, so that many responses can be checked
 * and scored against it: items by linkId, their resolved answer lists with
 * ordinals, and the SDC expressions to evaluate.
 */
export function indexQuestionnaire(resource: unknown): ImportResult<IndexedQuestionnaire> {
  if (!isRecord(resource) || resource.resourceType !== 'Questionnaire') {
    return {
      ok: false,
      errors: [issue('INVALID_QUESTIONNAIRE', 'Questionnaire', null, 'not a FHIR Questionnaire')],
    };
  }
  const issues: ImportIssue[] = [];
  const items = new Map<string, IndexedItem>();
  const order: string[] = [];
  const optionOrdinals = new Map<object, number>();

  const visit = (list: unknown, path: string, ancestors: readonly string[]): void => {
    const children = isRecord(list) ? arrayAt(list, 'item') : null;
    if (children === null) {
      issues.push(
        issue(
          'INVALID_QUESTIONNAIRE',
          `${path}.item`,
          ancestors.at(-1) ?? null,
          'item is not a list',
        ),
      );
      return;
    }
    children.forEach((child, index) => {
      const itemPath = `${path}.item[${index}]`;
      const indexed = readItem(child, itemPath, ancestors, resource, issues);
      if (!indexed) return;
      if (items.has(indexed.linkId)) {
        issues.push(
          issue(
            'DUPLICATE_LINK_ID',
            itemPath,
            indexed.linkId,
            `linkId "${indexed.linkId}" is used twice`,
          ),
        );
        return;
      }
      items.set(indexed.linkId, indexed);
      order.push(indexed.linkId);
      if (indexed.options.kind === 'resolved') {
        for (const option of indexed.options.list.options) {
          if (option.ordinal === null) continue;
          for (const node of option.nodes) optionOrdinals.set(node, option.ordinal);
        }
      }
      visit(child, itemPath, [...ancestors, indexed.linkId]);
    });
  };
  visit(resource, 'Questionnaire', []);

  const rootVariables = expressionsOf(resource, VARIABLE_URL);
  if (issues.length > 0) return { ok: false, errors: issues };
  const name = stringAt(resource, 'url') ?? stringAt(resource, 'id') ?? null;
  return { ok: true, value: { resource, name, items, order, rootVariables, optionOrdinals } };
}

function readItem(
  item: unknown,
  path: string,
  ancestors: readonly string[],
  questionnaire: JsonRecord,
  issues: ImportIssue[],
): IndexedItem | null {
  if (!isRecord(item)) {
    issues.push(issue('INVALID_QUESTIONNAIRE', path, null, 'item is not an object'));
    return null;
  }
  const linkId = stringAt(item, 'linkId');
  if (linkId === undefined || linkId === '') {
    issues.push(issue('INVALID_QUESTIONNAIRE', path, null, 'item has no linkId'));
    return null;
  }
  const type = stringAt(item, 'type') ?? '';
  if (!ITEM_TYPES.has(type)) {
    issues.push(
      issue('INVALID_QUESTIONNAIRE', path, linkId, `item type "${type}" is not an R4 item type`),
    );
    return null;
  }
  const [calculated, ...extra] = expressionsOf(item, CALCULATED_EXPRESSION_URL);
  if (extra.length > 0) {
    issues.push(issue('INVALID_QUESTIONNAIRE', path, linkId, 'more than one calculatedExpression'));
  }
  const maxLength = item.maxLength;
  const hidden = extensionsOf(item, [HIDDEN_URL]).some(
    (extension) => extension.valueBoolean === true,
  );
  return {
    linkId,
    type,
    text: stringAt(item, 'text') ?? null,
    codes: codingsAt(item, 'code'),
    parent: ancestors.at(-1) ?? null,
    ancestors,
    path,
    required: item.required === true,
    repeats: item.repeats === true,
    hidden,
    options: resolveOptions(item, questionnaire, path, linkId, issues),
    minValue: numericExtension(item, MIN_VALUE_URL),
    maxValue: numericExtension(item, MAX_VALUE_URL),
    maxLength: typeof maxLength === 'number' ? maxLength : undefined,
    variables: expressionsOf(item, VARIABLE_URL),
    calculated: calculated ?? null,
  };
}

/** The codings in `record[key]` (Questionnaire.code, item.code); malformed entries are skipped. */
export function codingsAt(record: JsonRecord, key: string): CodingRef[] {
  return (arrayAt(record, key) ?? []).filter(isRecord).map((coding) => ({
    system: stringAt(coding, 'system'),
    code: stringAt(coding, 'code'),
  }));
}
