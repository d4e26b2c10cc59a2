/**
 * The private safety check a therapist asks each member of a couple or family
 * to answer alone before any joint work (for example, about violence at home).
 *
 * Not a validated instrument and never scored: the library holds no validated
 * screen for violence at home (../shared/clinical), so Tandem asks a few plain
 * questions in its own words and treats them as a prompt for a conversation,
 * never as a result. Any "yes", and any "I'd rather not say" (someone who is
 * not safe may not be able to say so), marks the member as needing a private
 * conversation with the therapist before joint sessions. The member is shown
 * crisis resources at once.
 */
export const safetyCheckQuestions = [
  {
    key: 'hurt',
    text: 'In the past year, has anyone you live with, or a partner or ex-partner, hit, pushed, kicked or otherwise hurt you?',
  },
  {
    key: 'afraid',
    text: 'Are you afraid of anyone you live with, or of a partner or ex-partner?',
  },
  {
    key: 'controlled',
    text: 'Does anyone at home control who you see, where you go or your money, or make you do things you do not want to do?',
  },
  {
    key: 'unsafe-to-speak',
    text: 'Would it be unsafe for you to speak openly in a session with the others there?',
  },
] as const;

export type SafetyCheckKey = (typeof safetyCheckQuestions)[number]['key'];
export const safetyCheckKeys = safetyCheckQuestions.map((q) => q.key) as [
  SafetyCheckKey,
  ...SafetyCheckKey[],
];

export const safetyCheckAnswers = ['yes', 'no', 'rather-not-say'] as const;
export type SafetyCheckAnswer = (typeof safetyCheckAnswers)[number];

/** Any answer other than "no" asks for a private conversation first. */
export function needsPrivateConversation(
  answers: Readonly<Record<SafetyCheckKey, SafetyCheckAnswer>>,
): boolean {
  return safetyCheckKeys.some((key) => answers[key] !== 'no');
}
