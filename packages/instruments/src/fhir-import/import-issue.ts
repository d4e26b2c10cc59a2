// Problems found while scoring an imported Questionnaire or response are
// values: each names the item (linkId) and the JSON path, and the caller (an
// HTTP route, the CLI) decides how to show them. Nothing here throws for bad input.

export type ImportIssueCode =
  /** Not a FHIR R4 Questionnaire we can read (wrong resourceType, item without linkId …). */
  | 'INVALID_QUESTIONNAIRE'
  /** Not a QuestionnaireResponse we can read (wrong resourceType, answer with two values …). */
  | 'INVALID_RESPONSE'
  /** Two items share a linkId: in a Questionnaire, or twice in one list of a response (not a repeating group). */
  | 'DUPLICATE_LINK_ID'
  /** The response answers an item the Questionnaire does not have. */
  | 'UNKNOWN_LINK_ID'
  /** The item exists but sits under a different parent than in the Questionnaire. */
  | 'MISPLACED_ITEM'
  /** The answer's value[x] does not fit the item's type, or the item takes no answer. */
  | 'WRONG_ANSWER_TYPE'
  /** Outside minValue/maxValue/maxLength, or not one of the item's answer options. */
  | 'OUT_OF_RANGE'
  | 'TOO_MANY_ANSWERS'
  /** An ordinalValue/itemWeight extension that is not a number. */
  | 'INVALID_ORDINAL'
  /** An expression language other than text/fhirpath. */
  | 'UNSUPPORTED_EXPRESSION'
  /** A FHIRPath variable or calculatedExpression failed or gave an unusable value. */
  | 'EXPRESSION_FAILED'
  /** The response names another Questionnaire (url, or version) than the one scoring it. */
  | 'QUESTIONNAIRE_MISMATCH'
  /** The response does not name the Questionnaire it answers, and that Questionnaire has a url. */
  | 'QUESTIONNAIRE_NOT_NAMED'
  /** No built-in instrument has the id asked for. */
  | 'UNKNOWN_INSTRUMENT'
  /** A coded answer to an item whose answer list Tandem cannot read (an external ValueSet, or none). */
  | 'ANSWER_LIST_UNAVAILABLE';

export interface ImportIssue {
  readonly code: ImportIssueCode;
  readonly message: string;
  /** The item concerned, when there is one. */
  readonly linkId: string | null;
  /** Where in the resource, e.g. `QuestionnaireResponse.item[0].answer[1]`. */
  readonly path: string;
}

export type ImportResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly ImportIssue[] };

export function issue(
  code: ImportIssueCode,
  path: string,
  linkId: string | null,
  message: string,
): ImportIssue {
  return { code, path, linkId, message };
}
