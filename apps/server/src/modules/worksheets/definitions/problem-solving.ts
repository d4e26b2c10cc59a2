import {
  answerLater,
  extensionUrl,
  page,
  range,
  whenAnswered,
  type WorksheetItem,
  type WorksheetQuestionnaire,
} from './extensions.ts';

/**
 * Problem solving in seven steps: name the problem, set a goal, list ideas
 * without judging them, weigh up to three options, choose one, plan the
 * steps with dates, and later look back at what happened. All wording is our
 * own. Weights are the client's own 0–10 scale, not a score.
 */

const weight = (linkId: string, text: string, option: number): WorksheetItem => ({
  linkId,
  type: 'integer',
  text,
  required: true,
  extension: range(0, 10),
  ...whenAnswered(`option-${option}`),
});

const weighOption = (n: number): WorksheetItem[] => [
  {
    linkId: `option-${n}`,
    type: 'string',
    text: n === 1 ? 'Option 1' : `Option ${n} (you can leave this empty)`,
    required: n === 1,
    maxLength: 200,
  },
  {
    linkId: `option-${n}-pros`,
    type: 'text',
    text: `Good points of option ${n}`,
    maxLength: 1000,
    ...whenAnswered(`option-${n}`),
  },
  weight(
    `option-${n}-pros-weight`,
    `How much do the good points of option ${n} matter to you, from 0 (not at all) to 10 (a great deal)?`,
    n,
  ),
  {
    linkId: `option-${n}-cons`,
    type: 'text',
    text: `Drawbacks of option ${n}`,
    maxLength: 1000,
    ...whenAnswered(`option-${n}`),
  },
  weight(
    `option-${n}-cons-weight`,
    `How much do the drawbacks of option ${n} matter to you, from 0 (not at all) to 10 (a great deal)?`,
    n,
  ),
];

const planStep = (n: number): WorksheetItem[] => [
  {
    linkId: `plan-step-${n}`,
    type: 'string',
    text: n === 1 ? 'Step 1' : `Step ${n} (you can leave this empty)`,
    required: n === 1,
    maxLength: 300,
  },
  {
    linkId: `plan-step-${n}-when`,
    type: 'string',
    text: `When I will do step ${n} (a day or date)`,
    required: true,
    maxLength: 60,
    ...whenAnswered(`plan-step-${n}`),
  },
];

export const problemSolving: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'problem-solving',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-problem-solving',
  version: '1',
  name: 'ProblemSolving',
  title: 'Problem-solving worksheet',
  status: 'active',
  description:
    'Seven steps from a problem to a plan: a clear goal, ideas, weighing options, and a look back afterwards.',
  item: [
    {
      linkId: 'step-define',
      type: 'group',
      text: '1. The problem',
      extension: [page],
      item: [
        {
          linkId: 'define-help',
          type: 'display',
          text: 'Describe the problem as specifically as you can: what is happening, when, and who is involved. Pick one problem at a time.',
        },
        {
          linkId: 'problem',
          type: 'text',
          text: 'The problem',
          required: true,
          maxLength: 1000,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
      ],
    },
    {
      linkId: 'step-goals',
      type: 'group',
      text: '2. Your goal',
      extension: [page],
      item: [
        {
          linkId: 'goals-help',
          type: 'display',
          text: 'What would be different if things went well? Choose something you could actually notice.',
        },
        { linkId: 'goal', type: 'text', text: 'My goal', required: true, maxLength: 1000 },
      ],
    },
    {
      linkId: 'step-brainstorm',
      type: 'group',
      text: '3. Ideas',
      extension: [page],
      item: [
        {
          linkId: 'brainstorm-help',
          type: 'display',
          text: 'Write down every idea you can think of, even odd or unlikely ones. Do not judge them yet; that comes next.',
        },
        { linkId: 'ideas', type: 'text', text: 'My ideas', required: true, maxLength: 2000 },
      ],
    },
    {
      linkId: 'step-weigh',
      type: 'group',
      text: '4. Weighing options',
      extension: [page],
      item: [
        {
          linkId: 'weigh-help',
          type: 'display',
          text: 'Pick up to three ideas worth a closer look. For each, note its good points and drawbacks, and how much each side matters to you.',
        },
        ...weighOption(1),
        ...weighOption(2),
        ...weighOption(3),
      ],
    },
    {
      linkId: 'step-choose',
      type: 'group',
      text: '5. Choosing',
      extension: [page],
      item: [
        {
          linkId: 'choose-help',
          type: 'display',
          text: 'Looking at the weights, which option (or mix of options) will you try first? It does not need to be perfect.',
        },
        {
          linkId: 'chosen',
          type: 'text',
          text: 'What I will try',
          required: true,
          maxLength: 500,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
      ],
    },
    {
      linkId: 'step-plan',
      type: 'group',
      text: '6. Your plan',
      extension: [page],
      item: [
        {
          linkId: 'plan-help',
          type: 'display',
          text: 'Break it into small steps and give each one a day or a date.',
        },
        ...planStep(1),
        ...planStep(2),
        ...planStep(3),
      ],
    },
    {
      linkId: 'step-review',
      type: 'group',
      text: '7. Looking back',
      extension: [page, answerLater],
      item: [
        {
          linkId: 'review-help',
          type: 'display',
          text: 'Once you have tried your plan, come back to this step from your worksheets. You can leave it empty for now.',
        },
        {
          linkId: 'review-happened',
          type: 'text',
          text: 'What happened',
          maxLength: 1000,
        },
        {
          linkId: 'review-learned',
          type: 'text',
          text: 'What I learned',
          maxLength: 1000,
        },
      ],
    },
  ],
};
