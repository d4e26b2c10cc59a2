/** A contact text split around the first number in it, so only the number becomes the link. */
export interface ContactParts {
  before: string;
  number: string;
  after: string;
  /** The dialable form: digits, with a leading + when the number has one. */
  dialable: string;
}

// A run of digits that may contain spaces, dashes, dots and brackets ("+44 (0)800 111-0111").
const numberPattern = /\+?\d(?:[\d\s().-]*\d)?/;

/**
 * Finds the first phone number in texts such as "988 (legacy 1-800-273-8255
 * still connects)" or "988, then press 1" and splits the text around it.
 *
 * @example splitFirstNumber('988, then press 1') // { before: '', number: '988', after: ', then press 1', dialable: '988' }
 */
export function splitFirstNumber(text: string): ContactParts | null {
  const match = numberPattern.exec(text);
  if (match === null) return null;
  const number = match[0];
  // A trunk prefix in brackets is dropped when the number is dialled from abroad.
  const digits = number.replace(/\(0\)/g, '').replace(/\D/g, '');
  return {
    before: text.slice(0, match.index),
    number,
    after: text.slice(match.index + number.length),
    dialable: `${number.startsWith('+') ? '+' : ''}${digits}`,
  };
}
