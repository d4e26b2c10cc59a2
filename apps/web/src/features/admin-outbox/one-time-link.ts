/**
 * The one-time link in a kept e-mail (an invitation or a password reset), so the
 * admin can copy just the link. Links carry their token in the fragment.
 *
 * @example findOneTimeLink('Open https://t.example/accept-invitation#token=abc to start') // 'https://t.example/accept-invitation#token=abc'
 */
export function findOneTimeLink(body: string): string | null {
  return /https?:\/\/[^\s<>"]+#token=[\w-]+/.exec(body)?.[0] ?? null;
}
