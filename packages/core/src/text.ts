/**
 * What may be in a piece of text that people type. PostgreSQL rejects U+0000
 * outright (an unchecked NUL turned into a 500), other control characters
 * hide in logs and exports, lone surrogates cannot be stored as UTF-8 without
 * being silently replaced, and bidirectional controls make a name display as
 * something else than what it is ("Trojan Source"): in a list of clients,
 * "Ann\u202Eenoj" shows as "Annjone".
 */

/* eslint-disable no-control-regex -- finding control characters is the point here */
/** C0 controls except tab (U+0009) and line feed (U+000A), DEL, and the C1 range. */
const CONTROL_EXCEPT_TAB_AND_LF = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** Every C0 control (tab and line feed included), DEL and C1. */
const ANY_CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;
/* eslint-enable no-control-regex */
/**
 * Bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069), and the invisible marks that steer them (U+200E, U+200F,
 * U+061C). A name never needs them: the browser lays out right-to-left
 * scripts by itself.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** Line and paragraph separators, which break lines like a newline does. */
const LINE_SEPARATOR = /[\u2028\u2029]/u;

export type TextProblem =
  'nul' | 'lone-surrogate' | 'control-character' | 'line-break' | 'bidi-control';

export interface TextRules {
  /** Newlines and tabs are allowed (multi-line text: notes, consent). */
  multiline: boolean;
  /** Bidirectional controls are refused (names and other labels). */
  noBidiControls: boolean;
}

/** The first thing wrong with `value` under `rules`, or null when it may be stored. */
export function textProblem(value: string, rules: TextRules): TextProblem | null {
  if (value.includes('\u0000')) return 'nul';
  if (LONE_SURROGATE.test(value)) return 'lone-surrogate';
  if (rules.multiline) {
    if (CONTROL_EXCEPT_TAB_AND_LF.test(value)) return 'control-character';
  } else {
    if (/[\n\t]/u.test(value) || LINE_SEPARATOR.test(value)) return 'line-break';
    if (ANY_CONTROL.test(value)) return 'control-character';
  }
  if (rules.noBidiControls && BIDI_CONTROL.test(value)) return 'bidi-control';
  return null;
}

/** Plain words for a field error; the field's path is given beside it. */
export function textProblemMessage(problem: TextProblem): string {
  switch (problem) {
    case 'nul':
    case 'control-character':
      return 'Remove the invisible control characters from this text.';
    case 'lone-surrogate':
      return 'This text has a broken character in it. Type it again.';
    case 'line-break':
      return 'Keep this on one line (no line breaks or tabs).';
    case 'bidi-control':
      return 'Remove the invisible text-direction characters from this text.';
  }
}

/**
 * Every string in a parsed JSON value that can never be stored (U+0000, a
 * lone surrogate), with its path ("items.2.note"); object keys count too.
 * A safety net under the field schemas, so that a route whose schema forgot a
 * rule still answers a field error, never a database error.
 */
export function findUnstorableText(value: unknown, path = ''): { path: string } | null {
  if (typeof value === 'string') {
    return unstorable(value) ? { path } : null;
  }
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findUnstorableText(value[index], join(path, String(index)));
      if (found) return found;
    }
    return null;
  }
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      const keyPath = join(path, key);
      if (unstorable(key)) return { path: keyPath };
      const found = findUnstorableText(inner, keyPath);
      if (found) return found;
    }
  }
  return null;
}

function unstorable(text: string): boolean {
  return text.includes('\u0000') || LONE_SURROGATE.test(text);
}

function join(path: string, part: string): string {
  return path === '' ? part : `${path}.${part}`;
}
