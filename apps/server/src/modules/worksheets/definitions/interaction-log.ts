import { page, type WorksheetQuestionnaire } from './extensions.ts';

/**
 * A log of one interaction or conflict with another person: what happened,
 * what I felt and needed, what I did, and how it went. All wording is our own.
 */
export const interactionLog: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'interaction-log',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-interaction-log',
  version: '1',
  name: 'InteractionLog',
  title: 'Interaction log',
  status: 'active',
  description:
    'Look back at one interaction or disagreement: what happened, what you felt and needed, what you did and how it went.',
  item: [
    {
      linkId: 'step-happened',
      type: 'group',
      text: 'What happened',
      extension: [page],
      item: [
        {
          linkId: 'happened-help',
          type: 'display',
          text: 'Who was it with, and what was said or done? Keep to what you saw and heard.',
        },
        {
          linkId: 'what-happened',
          type: 'text',
          text: 'What happened',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-felt',
      type: 'group',
      text: 'What you felt and needed',
      extension: [page],
      item: [
        {
          linkId: 'felt',
          type: 'text',
          text: 'What I felt',
          required: true,
          maxLength: 1000,
        },
        {
          linkId: 'needed-help',
          type: 'display',
          text: 'Underneath the feeling there is often a need: to be heard, respected, left alone for a while, helped, or kept safe.',
        },
        {
          linkId: 'needed',
          type: 'text',
          text: 'What I needed',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-did',
      type: 'group',
      text: 'What you did',
      extension: [page],
      item: [
        {
          linkId: 'what-i-did',
          type: 'text',
          text: 'What I said or did',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-outcome',
      type: 'group',
      text: 'How it went',
      extension: [page],
      item: [
        {
          linkId: 'how-it-went',
          type: 'text',
          text: 'How it went, for me and for them',
          required: true,
          maxLength: 1000,
        },
        {
          linkId: 'next-time',
          type: 'text',
          text: 'Anything I might try next time (you can leave this empty)',
          maxLength: 1000,
        },
      ],
    },
  ],
};
