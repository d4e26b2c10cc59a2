import {
  answerLater,
  extensionUrl,
  page,
  range,
  whenChosen,
  type WorksheetItem,
} from './extensions.ts';

/**
 * What the three relationship script builders (DEAR MAN, GIVE, FAST) share: the
 * first step, where the client ranks what matters most in this conversation, and
 * the last, where they rate how it went once they have used the script. The
 * ranking is asked so that no two places can hold the same thing: the second
 * question offers only the two options the first one left. All wording is our own.
 */
export const prioritySystem = 'http://tandem.health/fhir/CodeSystem/relationship-priority';

const priorities = [
  {
    code: 1,
    display: 'Getting what I ask for',
    help: 'The outcome: a yes, a change, or being able to say no.',
  },
  {
    code: 2,
    display: 'Keeping the relationship',
    help: 'That the two of you are still on good terms afterwards.',
  },
  {
    code: 3,
    display: 'Keeping my self-respect',
    help: 'Feeling afterwards that you stayed true to yourself and were fair.',
  },
] as const;

const option = (priority: (typeof priorities)[number]) => ({
  valueCoding: { system: prioritySystem, code: String(priority.code), display: priority.display },
  extension: [{ url: extensionUrl.optionHelp, valueString: priority.help }],
});

/** "And after that?", offering the two options `first` left. */
const secondPlace = (first: (typeof priorities)[number]): WorksheetItem => ({
  linkId: `priority-second-after-${first.code}`,
  type: 'choice',
  text: 'And after that?',
  required: true,
  answerOption: priorities.filter((p) => p.code !== first.code).map(option),
  ...whenChosen('priority-first', prioritySystem, first.code),
});

export const priorityStep: WorksheetItem = {
  linkId: 'step-priorities',
  type: 'group',
  text: 'What matters most this time',
  extension: [page],
  item: [
    {
      linkId: 'priorities-help',
      type: 'display',
      text: 'A hard conversation can aim at three things. Putting them in order first helps you choose your words. DEAR MAN fits best when getting what you ask for comes first, GIVE when the relationship does, and FAST when your self-respect does.',
    },
    {
      linkId: 'situation',
      type: 'text',
      text: 'Who is the conversation with, and what is it about?',
      required: true,
      maxLength: 1000,
    },
    {
      linkId: 'priority-first',
      type: 'choice',
      text: 'What matters most this time?',
      required: true,
      answerOption: priorities.map(option),
    },
    ...priorities.map(secondPlace),
  ],
};

/** The step a client fills in later, from their saved script, once they have used it. */
export const afterwardsStep: WorksheetItem = {
  linkId: 'step-afterwards',
  type: 'group',
  text: 'After the conversation',
  extension: [page, answerLater],
  item: [
    {
      linkId: 'afterwards-help',
      type: 'display',
      text: 'Once you have had the conversation, come back to this step from your worksheets. You can leave it empty for now.',
    },
    {
      linkId: 'afterwards-how',
      type: 'text',
      text: 'How did it go?',
      maxLength: 1000,
    },
    ...[
      ['afterwards-asked', 'How far did you get what you asked for?'],
      ['afterwards-relationship', 'How is the relationship now?'],
      ['afterwards-self-respect', 'How do you feel about how you handled it?'],
    ].map(([linkId, text]): WorksheetItem => ({
      linkId: linkId!,
      type: 'integer',
      text: `${text!} From 0 (not at all well) to 10 (very well).`,
      extension: range(0, 10),
    })),
  ],
};

/** Words shown before the next question: what a part of the script is for. */
export const help = (linkId: string, text: string): WorksheetItem => ({
  linkId,
  type: 'display',
  text,
});

/** One part of the script: the client's words, kept in view on the rehearsal step. */
export const scriptPart = (linkId: string, text: string, required = true): WorksheetItem => ({
  linkId,
  type: 'text',
  text,
  required,
  maxLength: 600,
  extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
});

/** The rehearsal step: every part of the script above it, then how ready the client feels. */
export const rehearseStep: WorksheetItem = {
  linkId: 'step-rehearse',
  type: 'group',
  text: 'Your script',
  extension: [page],
  item: [
    {
      linkId: 'rehearse-help',
      type: 'display',
      text: 'Here is your script, in your words. Read it aloud a few times, or practise it with someone you trust or with your therapist. It is fine to change it as you go.',
    },
    {
      linkId: 'ready',
      type: 'integer',
      text: 'How ready do you feel to use it, from 0 (not at all) to 10 (completely)?',
      extension: range(0, 10),
    },
  ],
};
