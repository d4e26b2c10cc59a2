// Imported resources are untrusted parsed JSON: read them through these
// guards instead of trusting a static type.

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The array at `key`, or [] when absent; `null` when present but not an array. */
export function arrayAt(record: JsonRecord, key: string): readonly unknown[] | null {
  const value = record[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : null;
}

export function stringAt(record: JsonRecord, key: string): string | undefined {
  const value = record[key];
  return typeof value === 'string' ? value : undefined;
}

/** The value[x] keys present on an element, e.g. ['valueCoding']. */
export function valueKeys(record: JsonRecord): string[] {
  return Object.keys(record).filter((key) => key.length > 5 && key.startsWith('value'));
}

/** Sums without letting binary floating point leak into decimal scores (0.1 + 0.2). */
export function cleanSum(values: readonly number[]): number {
  const sum = values.reduce((total, value) => total + value, 0);
  return Math.round(sum * 1e9) / 1e9;
}
