import type { Kysely } from 'kysely';
import { dictionary } from '@zxcvbn-ts/language-common';
import type { DB } from '../../db/schema.ts';
import { practiceName } from '../users/users.repo.ts';

/**
 * What makes a new password unacceptable beyond its length (the length rule
 * is passwordSchema in @tandem/core, shared with the web forms). NIST SP
 * 800-63B §5.1.1.2 asks verifiers to refuse passwords found in lists of
 * commonly used or compromised values and context-specific words; the list
 * here is the ~49,000 most common passwords maintained by the zxcvbn-ts
 * project (@zxcvbn-ts/language-common, `passwords-common`). Server only: the
 * list is too large for a phone's download.
 */
let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  return common;
}

export interface PasswordContext {
  /** The person's address: a password made of it is the first thing anyone tries. */
  email?: string | undefined;
  /** Their name, and the practice's. */
  names?: readonly string[] | undefined;
}

/**
 * Why this password would be easy to guess, in words for the person choosing
 * it, or null when it is acceptable.
 *
 * @example passwordProblem('password1234', {}) // 'This password is one of the most common …'
 */
export function passwordProblem(password: string, context: PasswordContext): string | null {
  const lower = password.toLowerCase().normalize('NFKC');
  const stripped = lower
    .replace(/[\p{N}\p{P}\p{S}\s]+$/u, '')
    .replace(/^[\p{N}\p{P}\p{S}\s]+/u, '');
  const list = commonPasswords();
  if (list.has(lower) || list.has(stripped) || list.has(lower.replace(/\s+/gu, ''))) {
    return 'This password is one of the most common ones, which are tried first. Choose another.';
  }
  if (new Set(lower).size < 4) {
    return 'This password repeats too few different characters. Choose another.';
  }
  if (isRepeatOfCommon(lower, list)) {
    return 'This password repeats a common word or number. Choose another.';
  }
  // What is left once the person's own words (and digits and symbols) are taken out.
  let rest = lower;
  for (const word of contextWords(context)) rest = rest.replaceAll(word, '');
  if (rest.replace(/[\p{N}\p{P}\p{S}\s]+/gu, '').length < 4) {
    return 'This password is too close to your name or e-mail address. Choose another.';
  }
  return null;
}

/** "abcabcabcabc", "passwordpassword": a short common piece said again. */
function isRepeatOfCommon(lower: string, list: Set<string>): boolean {
  for (let size = 1; size <= lower.length / 2; size += 1) {
    if (lower.length % size !== 0) continue;
    const piece = lower.slice(0, size);
    if (piece.repeat(lower.length / size) === lower && (size < 4 || list.has(piece))) return true;
  }
  return false;
}

function contextWords(context: PasswordContext): string[] {
  const words = ['tandem'];
  if (context.email) {
    const [local = '', domain = ''] = context.email.toLowerCase().split('@');
    words.push(local, context.email.toLowerCase(), domain, domain.split('.')[0] ?? '');
  }
  for (const name of context.names ?? []) {
    const lower = name.toLowerCase();
    words.push(lower.replace(/\s+/gu, ''), ...lower.split(/\s+/u));
  }
  // Longest first: the whole address goes before the parts it is made of.
  return words.filter((word) => word.length >= 4).sort((a, b) => b.length - a.length);
}

/** The words a member's new password must not be made of: their address and name, the practice's name. */
export async function passwordContext(
  db: Kysely<DB>,
  member: { email: string; display_name: string; practice_id: string },
): Promise<PasswordContext> {
  const practice = await practiceName(db, member.practice_id);
  return { email: member.email, names: [member.display_name, practice.name] };
}
