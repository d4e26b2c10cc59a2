import type { InstrumentDefinition } from '../definition/types.ts';
import { TANDEM_FHIR_BASE } from '../fhir-export/constants.ts';
import { isRecord } from '../fhir-import/fhir-json.ts';
import { issue, type ImportIssue } from '../fhir-import/import-issue.ts';

/** What a response must name: the Questionnaire's url and, when it has one, its version. */
export interface QuestionnaireIdentity {
  readonly url: string | null;
  readonly version: string | null;
}

const RESPONSE_FIELD = 'QuestionnaireResponse.questionnaire';

/**
 * The canonical a response to a built-in instrument names:
 * `http://tandem.health/fhir/Questionnaire/<id>|<version>`.
 *
 * @example builtInCanonical(getInstrument('phq-9')!) // 'http://tandem.health/fhir/Questionnaire/phq-9|1.0.0'
 */
export function builtInCanonical(definition: InstrumentDefinition): string {
  return `${builtInUrl(definition.id)}|${definition.version}`;
}

export function builtInUrl(instrumentId: string): string {
  return `${TANDEM_FHIR_BASE}/Questionnaire/${instrumentId}`;
}

/** Splits a canonical reference `url|version` (FHIR R4 §2.1.0.3); the version is optional. */
export function parseCanonical(canonical: string): QuestionnaireIdentity {
  const bar = canonical.indexOf('|');
  if (bar === -1) return { url: canonical, version: null };
  return { url: canonical.slice(0, bar), version: canonical.slice(bar + 1) };
}

/**
 * Checks that a response names the Questionnaire about to score it: the same
 * url and, when the response names a version, the same version. A response
 * must name it whenever the Questionnaire has a url (every built-in one does);
 * a Questionnaire without a url can only score responses that name nothing,
 * since nothing could name it. Returns the problem, or null.
 *
 * Without this, a PHQ-9 response scored "as CORE-10" was accepted: the
 * linkIds 1–9 and the option codes 0–3 are valid CORE-10 answers too, and
 * PHQ-9 item 6 was reported as CORE-10's risk item.
 */
export function checkQuestionnaireNamed(
  identity: QuestionnaireIdentity,
  response: unknown,
): ImportIssue | null {
  // A response that is not one is reported by the response check.
  if (!isRecord(response)) return null;
  const named = response.questionnaire;
  if (named === undefined) {
    if (identity.url === null) return null;
    const expected =
      identity.version === null ? identity.url : `${identity.url}|${identity.version}`;
    return issue(
      'QUESTIONNAIRE_NOT_NAMED',
      RESPONSE_FIELD,
      null,
      `the response does not say which Questionnaire it answers; set questionnaire to "${expected}"`,
    );
  }
  if (typeof named !== 'string' || named === '') {
    return issue('INVALID_RESPONSE', RESPONSE_FIELD, null, 'questionnaire is not a canonical url');
  }
  const { url, version } = parseCanonical(named);
  if (identity.url === null) {
    return issue(
      'QUESTIONNAIRE_MISMATCH',
      RESPONSE_FIELD,
      null,
      `the response answers "${named}"; this Questionnaire has no url, so it cannot be that one`,
    );
  }
  if (url !== identity.url) {
    return issue(
      'QUESTIONNAIRE_MISMATCH',
      RESPONSE_FIELD,
      null,
      `the response answers "${url}", not "${identity.url}"`,
    );
  }
  if (version !== null && version !== identity.version) {
    const here = identity.version === null ? 'has no version' : `is version ${identity.version}`;
    return issue(
      'QUESTIONNAIRE_MISMATCH',
      RESPONSE_FIELD,
      null,
      `the response answers version ${version} of "${url}"; the Questionnaire scoring it ${here}`,
    );
  }
  return null;
}
