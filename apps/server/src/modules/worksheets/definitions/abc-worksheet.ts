import {
  extensionUrl,
  page,
  rating,
  traumaInformed,
  whenAnswered,
  type WorksheetQuestionnaire,
} from './extensions.ts';

/**
 * The ABC worksheet: what happened (A), what I told myself about it (B), and
 * what followed, in feelings and in actions (C). Trauma-informed: the screen
 * shows a content note and a Pause control. All wording is our own.
 */
export const abcWorksheet: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'abc-worksheet',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-abc-worksheet',
  version: '1',
  name: 'AbcWorksheet',
  title: 'ABC worksheet',
  status: 'active',
  description:
    'Links one event, what you told yourself about it, and how you felt and acted afterwards.',
  extension: [traumaInformed],
  item: [
    {
      linkId: 'step-event',
      type: 'group',
      text: 'A: What happened',
      extension: [page],
      item: [
        {
          linkId: 'event-help',
          type: 'display',
          text: 'Describe one event, big or small, in a few plain facts. You do not need to go into more detail than feels safe.',
        },
        {
          linkId: 'event',
          type: 'text',
          text: 'The event',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-belief',
      type: 'group',
      text: 'B: What I told myself',
      extension: [page],
      item: [
        {
          linkId: 'belief-help',
          type: 'display',
          text: 'What did you say to yourself about it, or about what it means for you, others or the world?',
        },
        {
          linkId: 'belief',
          type: 'text',
          text: 'My belief about it',
          required: true,
          maxLength: 1000,
          extension: [{ url: extensionUrl.keepInView, valueBoolean: true }],
        },
      ],
    },
    {
      linkId: 'step-consequence',
      type: 'group',
      text: 'C: What followed',
      extension: [page],
      item: [
        {
          linkId: 'consequence-help',
          type: 'display',
          text: 'Name the feelings that came with it, how strong each was, and what you did next.',
        },
        {
          linkId: 'feeling-1',
          type: 'string',
          text: 'A feeling, in a word or two',
          required: true,
          maxLength: 40,
        },
        rating(
          'feeling-1-intensity',
          'How strong was it, from 0 (not at all) to 100 (as strong as it gets)?',
          true,
        ),
        {
          linkId: 'feeling-2',
          type: 'string',
          text: 'Another feeling (you can leave this empty)',
          maxLength: 40,
        },
        rating('feeling-2-intensity', 'How strong was it, from 0 to 100?', true, {
          ...whenAnswered('feeling-2'),
        }),
        {
          linkId: 'what-i-did',
          type: 'text',
          text: 'What I did',
          required: true,
          maxLength: 1000,
        },
      ],
    },
  ],
};
