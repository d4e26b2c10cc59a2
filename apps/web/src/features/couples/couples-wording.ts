import type { JointWork, SafetyAnswer } from './couples-api.ts';

type Kind = 'couple' | 'family';

/** "Couple" or "Family", as a label. */
export function kindLabel(kind: Kind): string {
  return kind === 'couple' ? 'Couple' : 'Family';
}

/** The member's page title: "Your couple work". */
export function workTitle(kind: Kind): string {
  return kind === 'couple' ? 'Your couple work' : 'Your family work';
}

/** Where the group stands before joint sessions, in plain words for the care team. */
export function jointWorkInWords(state: JointWork): { title: string; detail: string } {
  switch (state) {
    case 'ready':
      return {
        title: 'Ready for joint sessions',
        detail:
          'Every member answered the private safety check, and nothing is waiting for a talk alone.',
      };
    case 'check-first':
      return {
        title: 'Ask each member the private safety check first',
        detail: 'Some members have not been asked yet, or have not answered.',
      };
    case 'talk-privately-first':
      return {
        title: 'Talk privately with a member first',
        detail: 'A member’s safety check asks for a conversation alone before any joint session.',
      };
  }
}

export function safetyAnswerInWords(answer: SafetyAnswer): string {
  switch (answer) {
    case 'yes':
      return 'Yes';
    case 'no':
      return 'No';
    case 'rather-not-say':
      return 'I’d rather not say';
  }
}

export const safetyAnswerOptions: readonly { value: SafetyAnswer; label: string }[] = [
  { value: 'yes', label: safetyAnswerInWords('yes') },
  { value: 'no', label: safetyAnswerInWords('no') },
  { value: 'rather-not-say', label: safetyAnswerInWords('rather-not-say') },
];

/** The members' names in a sentence: "Alex and Jordan", "Alex, Jordan and Sam". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A couple is two people; a family two to eight (the server's rule, said before it refuses). */
export function sizeProblem(kind: Kind, count: number): string | null {
  if (kind === 'couple' && count !== 2) return 'A couple is two people: choose two.';
  if (kind === 'family' && (count < 2 || count > 8)) return 'A family here is 2 to 8 people.';
  return null;
}
