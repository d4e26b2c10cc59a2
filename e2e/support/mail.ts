import type { CaughtMail } from '../../apps/server/src/testing/smtp-catcher.ts';

/** Mail bodies arrive quoted-printable: soft line breaks and =XX escapes (the "=" of "token=" is "=3D"). */
export function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The one-time link a mail carries (tokens travel in the fragment), if any. */
export function linkIn(mail: CaughtMail): string | undefined {
  return /(http:\/\/\S+#token=[\w-]+)/.exec(decodeQuotedPrintable(mail.raw))?.[1];
}

/** Waits for a mail to `address` that arrived after the first `after` mails, and returns its link. */
export async function waitForLink(
  mails: CaughtMail[],
  address: string,
  after: number,
): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const mail = mails.slice(after).find((m) => m.to.includes(address));
    const link = mail ? linkIn(mail) : undefined;
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no mail with a link reached ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
