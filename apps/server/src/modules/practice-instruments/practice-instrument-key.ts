import { isUuid } from '@tandem/core';

/**
 * Assignments, occasions, responses and standings name their measure by one
 * text key: a built-in instrument's id (`phq-9`), or `practice:<uuid>` for a
 * Questionnaire the practice imported, one key per version (ADR 0012).
 */
const PREFIX = 'practice:';

export function practiceInstrumentKey(id: string): string {
  return `${PREFIX}${id}`;
}

/** The practice instrument's id when the key names one, else null (a built-in id, or junk). */
export function practiceInstrumentIdOf(key: string): string | null {
  if (!key.startsWith(PREFIX)) return null;
  const id = key.slice(PREFIX.length);
  return isUuid(id) ? id.toLowerCase() : null;
}
