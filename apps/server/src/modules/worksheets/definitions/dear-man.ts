import { page, type WorksheetQuestionnaire } from './extensions.ts';
import {
  afterwardsStep,
  help,
  priorityStep,
  rehearseStep,
  scriptPart,
} from './relationship-priorities.ts';

/**
 * DEAR MAN (from dialectical behaviour therapy): a script for asking for something,
 * or saying no, when the outcome matters most. The letters name the parts — Describe,
 * Express, Assert, Reinforce, stay Mindful, Appear confident, Negotiate — and the
 * explanations are our own words.
 */
export const dearMan: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'dear-man',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-dear-man',
  version: '1',
  name: 'DearManScript',
  title: 'DEAR MAN script',
  status: 'active',
  description:
    'Build a short script for asking for something, or saying no, and practise it before the conversation.',
  item: [
    priorityStep,
    {
      linkId: 'step-say',
      type: 'group',
      text: 'What you will say',
      extension: [page],
      item: [
        help('describe-help', 'Describe: the facts only, as a camera would record them. No blame.'),
        scriptPart('describe', 'Describe'),
        help(
          'express-help',
          'Express: how you feel or what you think about it, starting with "I feel" or "I think".',
        ),
        scriptPart('express', 'Express'),
        help('assert-help', 'Assert: ask for what you want, or say no, clearly and briefly.'),
        scriptPart('assert', 'Assert'),
        help(
          'reinforce-help',
          'Reinforce: what is in it for the other person, or how it will help you both.',
        ),
        scriptPart('reinforce', 'Reinforce'),
      ],
    },
    {
      linkId: 'step-how',
      type: 'group',
      text: 'How you will say it',
      extension: [page],
      item: [
        help(
          'mindful-help',
          'Stay mindful: keep to your point. If the talk drifts or gets heated, what will you say to come back to it?',
        ),
        scriptPart('mindful', 'Stay mindful'),
        help(
          'confident-help',
          'Appear confident: how you want to sound and stand, even if you feel unsure inside.',
        ),
        scriptPart('confident', 'Appear confident'),
        help(
          'negotiate-help',
          'Negotiate: what you could offer, or accept instead, if the answer is no. You can leave this empty.',
        ),
        scriptPart('negotiate', 'Negotiate', false),
      ],
    },
    rehearseStep,
    afterwardsStep,
  ],
};
