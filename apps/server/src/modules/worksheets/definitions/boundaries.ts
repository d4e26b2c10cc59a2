import { page, range, type WorksheetQuestionnaire } from './extensions.ts';

/**
 * Planning one boundary: where a limit is needed, what it is, why it matters,
 * how to say it, and how to look after yourself afterwards. All wording is our own.
 */
export const boundaries: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'boundaries',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-boundaries',
  version: '1',
  name: 'Boundaries',
  title: 'Boundaries worksheet',
  status: 'active',
  description: 'Plan one limit you want to set: what it is, why it matters and how to say it.',
  item: [
    {
      linkId: 'step-where',
      type: 'group',
      text: 'Where a limit is needed',
      extension: [page],
      item: [
        {
          linkId: 'where-help',
          type: 'display',
          text: 'Think of a situation or relationship that leaves you drained, resentful or uneasy. What keeps happening?',
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
      linkId: 'step-limit',
      type: 'group',
      text: 'Your limit',
      extension: [page],
      item: [
        {
          linkId: 'limit',
          type: 'text',
          text: 'The limit I want to set',
          required: true,
          maxLength: 1000,
        },
        {
          linkId: 'why',
          type: 'text',
          text: 'Why it matters to me',
          required: true,
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-words',
      type: 'group',
      text: 'Saying it',
      extension: [page],
      item: [
        {
          linkId: 'words-help',
          type: 'display',
          text: 'Short and clear works best. You can say what you will do, without needing the other person to agree.',
        },
        {
          linkId: 'words',
          type: 'text',
          text: 'What I could say',
          required: true,
          maxLength: 1000,
        },
        {
          linkId: 'if-pushed',
          type: 'text',
          text: 'What I will do if the limit is not respected (you can leave this empty)',
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-care',
      type: 'group',
      text: 'Looking after yourself',
      extension: [page],
      item: [
        {
          linkId: 'care-help',
          type: 'display',
          text: 'Setting a limit can bring up guilt or worry, even when it is the right thing to do.',
        },
        {
          linkId: 'self-care',
          type: 'text',
          text: 'How I will look after myself afterwards',
          required: true,
          maxLength: 1000,
        },
        {
          linkId: 'confidence',
          type: 'integer',
          text: 'How ready do you feel to set this limit, from 0 (not at all) to 10 (completely)?',
          extension: range(0, 10),
        },
      ],
    },
  ],
};
