/**
 * A number someone typed ("0800 123 456", "+44 (0)20 7946 0000") as a tel:
 * link the phone dials with one tap; null when there is nothing to dial.
 *
 * @example telHref('+44 (0)20 7946 0000') // 'tel:+442079460000'
 */
export function telHref(phone: string): string | null {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\(0\)/g, '').replace(/\D/g, '');
  if (digits.length < 2) return null;
  return `tel:${trimmed.startsWith('+') ? '+' : ''}${digits}`;
}
