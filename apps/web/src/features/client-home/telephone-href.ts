/**
 * A `tel:` link target from a phone number as people write it ("0800 111 0 111",
 * "+1 (988)"): keeps digits, a leading plus, and the pause characters dialers know.
 *
 * @example telephoneHref('116 123') // 'tel:116123'
 */
export function telephoneHref(phone: string): string {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/[^0-9*#,;]/g, '');
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}

/** An `sms:` link target for a text line such as "Text SHOUT to 85258"; null when no number is found. */
export function smsHref(text: string): string | null {
  const match = /\+?\d[\d\s-]{1,}\d/.exec(text);
  return match ? `sms:${match[0].replace(/[\s-]/g, '')}` : null;
}
