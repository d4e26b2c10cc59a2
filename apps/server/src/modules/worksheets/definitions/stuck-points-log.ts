import {
  extensionUrl,
  page,
  range,
  rating,
  traumaInformed,
  type WorksheetItem,
  type WorksheetQuestionnaire,
} from './extensions.ts';

/**
 * A log of one stuck point: a belief that keeps a person stuck, looked at
 * with a few fair questions, and an alternative thought. How much the client
 * believes each is rated from 0 to 100; the stuck point is rated again at the
 * end. Trauma-informed. All wording is our own.
 */

const question = (linkId: string, text: string): WorksheetItem => ({
  linkId,
  type: 'text',
  text,
  maxLength: 1000,
});

export const stuckPointsLog: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'stuck-points-log',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-stuck-points-log',
  version: '1',
  name: 'StuckPointsLog',
  title: 'Stuck points log',
  status: 'active',
  description:
    'Write down one belief that keeps you stuck, question it gently, and find another way to see it.',
  extension: [traumaInformed],
  item: [
    {
      linkId: 'step-stuck-point',
      type: 'group',
      text: 'The stuck point',
      extension: [page],
      item: [
        {
          linkId: 'stuck-point-help',
          type: 'display',
          text: 'A stuck point is a firm belief, often about yourself, others, safety or blame, that keeps you from moving on. Write it as one short sentence.',
        },
        {
          linkId: 'stuck-point',
          type: 'text',
          text: 'My stuck point',
          required: true,
          maxLength: 500,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
        rating(
          'stuck-point-belief',
          'How much do you believe it right now, from 0 (not at all) to 100 (completely)?',
          true,
        ),
      ],
    },
    {
      linkId: 'step-questions',
      type: 'group',
      text: 'Questioning it',
      extension: [page],
      item: [
        {
          linkId: 'questions-help',
          type: 'display',
          text: 'Answer the questions that seem useful and leave the rest. There are no wrong answers.',
        },
        question('question-facts', 'What facts fit the belief, and what facts do not?'),
        question(
          'question-then-now',
          'Am I judging what happened with what I know now, rather than what I knew then?',
        ),
        question(
          'question-whole-picture',
          'Does it leave out part of the picture, such as who else played a part or what I could not control?',
        ),
        question(
          'question-extremes',
          'Does it use words like "always", "never" or "everyone"? Is that fair?',
        ),
        question(
          'question-friend',
          'What would I say to a friend who believed this about themselves?',
        ),
      ],
    },
    {
      linkId: 'step-alternative',
      type: 'group',
      text: 'Another way to see it',
      extension: [page],
      item: [
        {
          linkId: 'alternative-help',
          type: 'display',
          text: 'With your answers in mind, write a thought that is fairer or more complete. It only needs to feel a little more true.',
        },
        {
          linkId: 'alternative-thought',
          type: 'text',
          text: 'An alternative thought',
          required: true,
          maxLength: 1000,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
        rating(
          'alternative-belief',
          'How much do you believe the alternative thought, from 0 to 100?',
          true,
        ),
        rating(
          'stuck-point-belief-after',
          'And how much do you believe your stuck point now, from 0 to 100?',
          true,
          {
            extension: [
              ...range(0, 100),
              {
                url: extensionUrl.ratingChange,
                extension: [
                  { url: 'before', valueString: 'stuck-point-belief' },
                  { url: 'name', valueString: 'stuck-point' },
                ],
              },
            ],
          },
        ),
      ],
    },
  ],
};
