/**
 * The consent text a new practice starts with; its admin edits it (each save
 * is a new version, and clients accept the current version). It says what
 * Tandem is and is not, and who sees what, in plain language.
 */
export function defaultConsentText(practiceName: string): string {
  return `Welcome to Tandem at ${practiceName}.

What Tandem is
Tandem is a private place to continue the work of therapy between sessions: questionnaires, check-ins, exercises and messages that you and your therapist share.

What Tandem is not
Tandem is not a crisis service. Nobody watches your answers in real time. If you are in danger or might harm yourself, call your local emergency number or a crisis line now. The "Need help now?" link on every page lists numbers you can call.

Who sees what
- You see everything you enter.
- Your therapist (and anyone else on your care team) sees what you share with them: questionnaire answers and scores, plans and homework.
- A clinical supervisor of your therapist may read the same, and every such read is recorded.
- Practice administrators manage accounts. They see your name and contact details, not your clinical information.
- Entries you mark as private are visible to you alone.
Every time someone opens your record, it is recorded, and you can ask who has seen it.

Your choices
You can ask for a copy of your information or for it to be deleted, subject to the records your therapist must keep by law. You can stop using Tandem at any time; talk to your therapist about how that affects your care.

By accepting, you confirm that you have read this text.`;
}
