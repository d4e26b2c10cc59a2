import {
  extensionUrl,
  page,
  range,
  type WorksheetItem,
  type WorksheetQuestionnaire,
} from './extensions.ts';

/**
 * The CBT thought record as a guided sequence of seven steps. All wording is
 * our own, in plain words; no published worksheet's text is used.
 */

const trapSystem = 'http://tandem.health/fhir/CodeSystem/thinking-trap';

/** Codes are numbers (the renderer holds choices as numbers); the display is the trap's name. */
const thinkingTraps: [string, string][] = [
  [
    'All-or-nothing thinking',
    'Seeing things in only two boxes, such as total success or complete failure, with nothing in between.',
  ],
  [
    'Catastrophising',
    'Jumping to the worst thing that could happen and treating it as likely, or as if it is already happening.',
  ],
  [
    'Mind reading',
    'Feeling sure you know what someone thinks of you, though they have not said it.',
  ],
  [
    'Fortune telling',
    'Predicting how things will turn out, usually badly, as if the future were already decided.',
  ],
  [
    'Overgeneralising',
    'Taking one thing that went wrong as proof that it always goes wrong. Words like "always" and "never" are a clue.',
  ],
  [
    'Labelling',
    'Summing up yourself or someone else with one harsh word, instead of describing what actually happened.',
  ],
  [
    'Should statements',
    'Holding yourself or others to fixed rules about how things should or must be, and feeling bad when they are not.',
  ],
  [
    'Emotional reasoning',
    'Taking a feeling as proof of a fact: "I feel useless, so I must be useless."',
  ],
  [
    'Discounting the positive',
    'Brushing aside what went well, as if it was luck or did not count.',
  ],
  ['Personalising', 'Blaming yourself for something that was not, or not only, in your hands.'],
];

const feeling = (n: number, required: boolean): WorksheetItem[] => [
  {
    linkId: `emotion-${n}`,
    type: 'string',
    text: n === 1 ? 'A feeling, in a word or two' : 'Another feeling (you can leave this empty)',
    required,
    maxLength: 40,
  },
  {
    linkId: `emotion-${n}-before`,
    type: 'integer',
    text: 'How strong was it, from 0 (not at all) to 100 (as strong as it gets)?',
    required: true,
    extension: range(0, 100),
    ...(required
      ? {}
      : {
          enableWhen: [
            { question: `emotion-${n}`, operator: 'exists' as const, answerBoolean: true },
          ],
        }),
  },
];

const rerate = (n: number): WorksheetItem => ({
  linkId: `emotion-${n}-after`,
  type: 'integer',
  text: 'How strong is this feeling now, from 0 to 100?',
  required: true,
  extension: [
    ...range(0, 100),
    {
      url: extensionUrl.ratingChange,
      extension: [
        { url: 'before', valueString: `emotion-${n}-before` },
        { url: 'name', valueString: `emotion-${n}` },
      ],
    },
  ],
  ...(n === 1
    ? {}
    : {
        enableWhen: [
          { question: `emotion-${n}`, operator: 'exists' as const, answerBoolean: true },
        ],
      }),
});

export const thoughtRecord: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'thought-record',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-thought-record',
  version: '1',
  name: 'ThoughtRecord',
  title: 'Thought record',
  status: 'active',
  description:
    'A guided look at one upsetting moment: what happened, how you felt, the thought behind it, and a more balanced way to see it.',
  item: [
    {
      linkId: 'step-situation',
      type: 'group',
      text: 'What happened',
      extension: [page],
      item: [
        {
          linkId: 'situation-help',
          type: 'display',
          text: 'Pick one recent moment when your mood changed. Describe it as a camera would see it: where you were, who was there, what happened.',
        },
        {
          linkId: 'situation',
          type: 'text',
          text: 'The situation',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-emotions',
      type: 'group',
      text: 'How you felt',
      extension: [page],
      item: [
        {
          linkId: 'emotions-help',
          type: 'display',
          text: 'Name up to three feelings you had, and how strong each one was.',
        },
        ...feeling(1, true),
        ...feeling(2, false),
        ...feeling(3, false),
      ],
    },
    {
      linkId: 'step-thought',
      type: 'group',
      text: 'The thought',
      extension: [page],
      item: [
        {
          linkId: 'thought-help',
          type: 'display',
          text: 'What went through your mind just then? Write the thought the way it sounded, even if it seems harsh or unlikely now.',
        },
        {
          linkId: 'thought',
          type: 'text',
          text: 'The automatic thought',
          required: true,
          maxLength: 1000,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
      ],
    },
    {
      linkId: 'step-traps',
      type: 'group',
      text: 'Thinking traps',
      extension: [page],
      item: [
        {
          linkId: 'traps-help',
          type: 'display',
          text: 'Minds fall into a few common traps, especially under stress. Do any of these fit your thought? Choose as many as fit, or none.',
        },
        {
          linkId: 'traps',
          type: 'choice',
          text: 'Traps that fit the thought',
          repeats: true,
          answerOption: thinkingTraps.map(([display, help], index) => ({
            valueCoding: { system: trapSystem, code: String(index + 1), display },
            extension: [{ url: extensionUrl.optionHelp, valueString: help }],
          })),
        },
      ],
    },
    {
      linkId: 'step-evidence',
      type: 'group',
      text: 'Looking at the evidence',
      extension: [page],
      item: [
        {
          linkId: 'evidence-help',
          type: 'display',
          text: 'Stick to facts, as if you were a fair friend looking at the thought from outside.',
        },
        {
          linkId: 'evidence-for',
          type: 'text',
          text: 'What supports the thought?',
          required: true,
          maxLength: 1000,
        },
        {
          linkId: 'evidence-against',
          type: 'text',
          text: 'What does not fit the thought?',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-balanced',
      type: 'group',
      text: 'A balanced thought',
      extension: [page],
      item: [
        {
          linkId: 'balanced-help',
          type: 'display',
          text: 'With all of that in mind, what is a fairer way to see it? It does not have to be positive, only more balanced.',
        },
        {
          linkId: 'balanced-thought',
          type: 'text',
          text: 'The balanced thought',
          required: true,
          maxLength: 1000,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
      ],
    },
    {
      linkId: 'step-rerate',
      type: 'group',
      text: 'Your feelings now',
      extension: [page],
      item: [
        {
          linkId: 'rerate-help',
          type: 'display',
          text: 'Read your balanced thought once more. Then rate each feeling again.',
        },
        rerate(1),
        rerate(2),
        rerate(3),
      ],
    },
  ],
};
