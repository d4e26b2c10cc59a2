/** Small readers for untyped FHIR JSON. */
export type Json = Record<string, unknown>;

export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function extensionOf(item: Json, url: string): Json | undefined {
  return records(item.extension).find((extension) => extension.url === url);
}
