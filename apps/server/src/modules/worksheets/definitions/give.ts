import { page, type WorksheetQuestionnaire } from './extensions.ts';
import {
  afterwardsStep,
  help,
  priorityStep,
  rehearseStep,
  scriptPart,
} from './relationship-priorities.ts';

/**
 * GIVE (from dialectical behaviour therapy): a script for a conversation where the
 * relationship matters most. The letters name the parts — be Gentle, act Interested,
 * Validate, use an Easy manner — and the explanations are our own words.
 */
export const give: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'give',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-give',
  version: '1',
  name: 'GiveScript',
  title: 'GIVE script',
  status: 'active',
  description:
    'Build a short script for a conversation where keeping the relationship matters most, and practise it first.',
  item: [
    priorityStep,
    {
      linkId: 'step-say',
      type: 'group',
      text: 'What you want to say',
      extension: [page],
      item: [scriptPart('point', 'What you want to say or ask, in a sentence or two')],
    },
    {
      linkId: 'step-how',
      type: 'group',
      text: 'How you will say it',
      extension: [page],
      item: [
        help(
          'gentle-help',
          'Be gentle: no attacks, threats or put-downs, even if you are hurt. What will you steer clear of?',
        ),
        scriptPart('gentle', 'Be gentle'),
        help(
          'interested-help',
          'Act interested: let them have their say. What will you ask them, and listen for?',
        ),
        scriptPart('interested', 'Act interested'),
        help(
          'validate-help',
          'Validate: show you understand how it looks from their side, without having to agree. What could you say?',
        ),
        scriptPart('validate', 'Validate'),
        help(
          'easy-help',
          'Use an easy manner: a warm tone, a smile or a little lightness. What would help you keep it easy?',
        ),
        scriptPart('easy', 'Easy manner'),
      ],
    },
    rehearseStep,
    afterwardsStep,
  ],
};
