// Response options shared by the AUDIT and the AUDIT-C, as printed in the WHO
// AUDIT manual (Babor et al. 2001) and reproduced in CamCOPS audit.xml.
import type { AnswerOption } from '../definition/types.ts';

export const frequencyOfDrinking: readonly AnswerOption[] = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Monthly or less' },
  { value: 2, label: '2 to 4 times a month' },
  { value: 3, label: '2 to 3 times a week' },
  { value: 4, label: '4 or more times a week' },
];

export const neverToDaily: readonly AnswerOption[] = [
  { value: 0, label: 'Never' },
  { value: 1, label: 'Less than monthly' },
  { value: 2, label: 'Monthly' },
  { value: 3, label: 'Weekly' },
  { value: 4, label: 'Daily or almost daily' },
];

/** Drinks on a typical day; the AUDIT-C form prints "0, 1, or 2" for the first option. */
export function drinksPerDay(firstLabel: string): readonly AnswerOption[] {
  return [
    { value: 0, label: firstLabel },
    { value: 1, label: '3 or 4' },
    { value: 2, label: '5 or 6' },
    { value: 3, label: '7, 8, or 9' },
    { value: 4, label: '10 or more' },
  ];
}
