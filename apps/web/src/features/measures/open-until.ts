const dayFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/**
 * The last day a measure can be answered. The server gives the instant the
 * window closes (midnight after its last day), so the day before that instant.
 *
 * @example openUntilText('2026-03-06T00:00:00+01:00') // 'Open until Thursday, 5 March' (in an en-GB browser in Berlin)
 */
export function openUntilText(closesAt: string): string {
  const closes = Date.parse(closesAt);
  if (Number.isNaN(closes)) return '';
  return `Open until ${dayFormat.format(new Date(closes - 1))}`;
}

/** "9 questions". */
export function questionCount(count: number): string {
  return count === 1 ? '1 question' : `${count} questions`;
}
