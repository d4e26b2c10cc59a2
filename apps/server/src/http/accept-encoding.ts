/** The content codings the web app's build writes beside its files, and the plain file. */
export type ContentCoding = 'br' | 'gzip' | 'identity';

/** Our preference when the browser likes several equally: the smallest file first. */
const preference: readonly ContentCoding[] = ['br', 'gzip', 'identity'];

/**
 * The coding to send, from an `Accept-Encoding` header (RFC 9110, section 12.5.3)
 * and the codings on disk (`identity` is always there). The highest q-value
 * wins, ties go to the smaller file; `*` stands for any coding the header does
 * not name. A coding we do not make (zstd, deflate) is simply not a candidate,
 * and when nothing acceptable is left the plain file goes out: a browser
 * copes with an unencoded answer, never with one it cannot decode.
 *
 * @example chooseContentCoding('gzip, deflate, br', ['br', 'gzip']) // 'br'
 * @example chooseContentCoding('br;q=0.5, gzip', ['br', 'gzip']) // 'gzip'
 */
export function chooseContentCoding(
  header: string | undefined,
  available: readonly ContentCoding[],
): ContentCoding {
  // No header: the client said nothing about codings, so send what every client reads.
  if (header === undefined) return 'identity';
  const weights = parseAcceptEncoding(header);
  const weightOf = (coding: ContentCoding): number =>
    weights.get(coding) ??
    weights.get('*') ??
    // identity is acceptable unless refused by name or by `*;q=0` (RFC 9110), but a
    // coding the header asks for, at any weight, is what the browser would rather have.
    (coding === 'identity' ? 0.001 : 0);
  let best: ContentCoding = 'identity';
  let bestWeight = 0;
  for (const coding of preference) {
    if (coding !== 'identity' && !available.includes(coding)) continue;
    const weight = weightOf(coding);
    if (weight > bestWeight) {
      best = coding;
      bestWeight = weight;
    }
  }
  return best;
}

/** `gzip;q=0.8, BR` → { gzip: 0.8, br: 1 }; x-gzip is gzip; an unreadable q counts as 0. */
function parseAcceptEncoding(header: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const element of header.split(',')) {
    const [rawName = '', ...params] = element.split(';');
    let name = rawName.trim().toLowerCase();
    if (name === '') continue;
    if (name === 'x-gzip') name = 'gzip';
    let weight = 1;
    for (const param of params) {
      const [key = '', value = ''] = param.split('=');
      if (key.trim().toLowerCase() !== 'q') continue;
      weight = /^\s*(0(\.\d{0,3})?|1(\.0{0,3})?)\s*$/.test(value) ? Number(value) : 0;
    }
    // The first mention of a coding counts; a repeat cannot raise or lower it.
    if (!weights.has(name)) weights.set(name, weight);
  }
  return weights;
}
