/** Reading what a person typed into a number question; the problem is said in plain words. */

export interface NumberLimits {
  kind: 'integer' | 'decimal';
  min?: number | undefined;
  max?: number | undefined;
}

export type NumberReading =
  { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'problem'; message: string };

function rangeText({ min, max }: NumberLimits): string | null {
  if (min !== undefined && max !== undefined) return `Enter a number from ${min} to ${max}.`;
  if (min !== undefined) return `Enter a number of ${min} or more.`;
  if (max !== undefined) return `Enter a number of ${max} or less.`;
  return null;
}

/**
 * @example readNumber(' 7 ', { kind: 'integer', min: 0, max: 10 }) // { kind: 'number', value: 7 }
 * @example readNumber('2.5', { kind: 'integer' }) // problem: 'Enter a whole number, like 4.'
 */
export function readNumber(typed: string | number, limits: NumberLimits): NumberReading {
  // A comma is accepted as the decimal mark, as many people write it.
  const words = String(typed).trim().replace(',', '.');
  if (words === '') return { kind: 'empty' };
  const pattern = limits.kind === 'integer' ? /^[-+]?\d+$/ : /^[-+]?(\d+\.?\d*|\.\d+)$/;
  if (!pattern.test(words)) {
    const message =
      limits.kind === 'integer' ? 'Enter a whole number, like 4.' : 'Enter a number, like 2.5.';
    return { kind: 'problem', message };
  }
  const value = Number(words);
  const outside =
    (limits.min !== undefined && value < limits.min) ||
    (limits.max !== undefined && value > limits.max);
  if (outside) return { kind: 'problem', message: rangeText(limits) ?? '' };
  return { kind: 'number', value };
}
