/**
 * Reads the one-time token from a URL fragment such as `#token=abc`.
 * Tokens from e-mails travel in the fragment, never in the path or query, so
 * they are not sent to the server in request lines or kept in its logs.
 *
 * @example readFragmentToken('#token=abc123') // 'abc123'
 */
export function readFragmentToken(hash: string): string | null {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const token = new URLSearchParams(fragment).get('token')?.trim() ?? '';
  return token === '' ? null : token;
}
