import { AppError } from '@tandem/core';
import { prepareResponseScorer, type ImportIssue, type ResponseScorer } from '@tandem/instruments';

/**
 * Prepared scorers by practice and practice-instrument id. A row's
 * Questionnaire never changes (a new version is a new row), so an entry is
 * never stale; the cache only saves re-reading and re-compiling its FHIRPath
 * on every submission. Bounded: the oldest entry goes when it is full.
 */
const MAX_ENTRIES = 500;
const scorers = new Map<string, ResponseScorer>();

/** The library's problems as one plain sentence each, for an admin to act on. */
export function issueMessages(errors: readonly ImportIssue[]): string {
  return errors
    .slice(0, 5)
    .map((problem) => problem.message)
    .join('; ');
}

/** Prepares a scorer for a Questionnaire; the library's refusal becomes QUESTIONNAIRE_NOT_SCORABLE. */
export function prepareScorer(questionnaire: unknown): ResponseScorer {
  const prepared = prepareResponseScorer({ questionnaire });
  if (!prepared.ok) {
    const [first] = prepared.errors;
    throw new AppError('QUESTIONNAIRE_NOT_SCORABLE', {
      path: first ? libraryPath(first.path, 'Questionnaire', 'questionnaire') : 'questionnaire',
      message: `The instrument library cannot read this Questionnaire: ${issueMessages(prepared.errors)}`,
    });
  }
  return prepared.value;
}

/** The scorer of one stored practice instrument, prepared once (the JSON is read only then). */
export async function cachedScorer(
  practiceId: string,
  id: string,
  questionnaire: () => Promise<unknown>,
): Promise<ResponseScorer> {
  const key = `${practiceId}:${id}`;
  const cached = scorers.get(key);
  if (cached) return cached;
  const scorer = prepareScorer(await questionnaire());
  if (scorers.size >= MAX_ENTRIES) {
    const oldest = scorers.keys().next().value;
    if (oldest !== undefined) scorers.delete(oldest);
  }
  scorers.set(key, scorer);
  return scorer;
}

/** `QuestionnaireResponse.item[0]` → `item[0]`: a library path as a path in our request. */
export function libraryPath(path: string, resource: string, replacement: string): string {
  if (path === resource) return replacement;
  if (path.startsWith(`${resource}.`)) {
    const rest = path.slice(resource.length + 1);
    return replacement === '' ? rest : `${replacement}.${rest}`;
  }
  return replacement === '' ? path : `${replacement}.${path}`;
}
