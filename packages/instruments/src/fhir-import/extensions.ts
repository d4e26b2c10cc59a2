import { arrayAt, isRecord, type JsonRecord } from './fhir-json.ts';

/**
 * Extensions that carry the score of an answer. R4 names it ordinalValue;
 * the extensions pack renamed it itemWeight. Both are read, as fhirpath.js
 * does for its R4 model.
 */
export const ORDINAL_EXTENSION_URLS: readonly string[] = [
  'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  'http://hl7.org/fhir/StructureDefinition/itemWeight',
];

export const VARIABLE_URL = 'http://hl7.org/fhir/StructureDefinition/variable';
export const CALCULATED_EXPRESSION_URL =
  'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression';
export const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const HIDDEN_URL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden';

export function extensionsOf(element: unknown, urls: readonly string[]): JsonRecord[] {
  if (!isRecord(element)) return [];
  const list = arrayAt(element, 'extension') ?? [];
  return list.filter(
    (extension): extension is JsonRecord =>
      isRecord(extension) && typeof extension.url === 'string' && urls.includes(extension.url),
  );
}

/** An element's ordinal: a number, null when it has none, 'invalid' when unreadable. */
export function ordinalOf(element: unknown): number | null | 'invalid' {
  const [extension] = extensionsOf(element, ORDINAL_EXTENSION_URLS);
  if (!extension) return null;
  const value = extension.valueDecimal ?? extension.valueInteger;
  return typeof value === 'number' && Number.isFinite(value) ? value : 'invalid';
}

/** A numeric minValue/maxValue extension (valueInteger or valueDecimal). */
export function numericExtension(element: unknown, url: string): number | undefined {
  const [extension] = extensionsOf(element, [url]);
  const value = extension?.valueInteger ?? extension?.valueDecimal;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export interface ExpressionDefinition {
  readonly name: string | null;
  readonly language: string;
  readonly expression: string;
}

/** FHIR `Expression` values of the given extensions, in document order. */
export function expressionsOf(element: unknown, url: string): ExpressionDefinition[] {
  return extensionsOf(element, [url]).flatMap((extension) => {
    const value = extension.valueExpression;
    if (!isRecord(value) || typeof value.expression !== 'string') return [];
    return [
      {
        name: typeof value.name === 'string' ? value.name : null,
        language: typeof value.language === 'string' ? value.language : '',
        expression: value.expression,
      },
    ];
  });
}
