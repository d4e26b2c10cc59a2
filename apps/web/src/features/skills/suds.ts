/** Distress (SUDS) as typed: a whole number from 0 to 100, or a problem in plain words. */
export function readSuds(typed: string): { value: number } | { problem: string } {
  const trimmed = typed.trim();
  if (trimmed === '') return { problem: 'Enter a number from 0 to 100.' };
  if (!/^\d{1,3}$/.test(trimmed)) return { problem: 'Enter a whole number from 0 to 100.' };
  const value = Number(trimmed);
  return value > 100 ? { problem: 'Enter a number from 0 to 100.' } : { value };
}
