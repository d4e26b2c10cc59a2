import { page, type WorksheetQuestionnaire } from './extensions.ts';
import {
  afterwardsStep,
  help,
  priorityStep,
  rehearseStep,
  scriptPart,
} from './relationship-priorities.ts';

/**
 * FAST (from dialectical behaviour therapy): a script for a conversation where keeping
 * your self-respect matters most. The letters name the parts — be Fair, no
 * Apologies that are not owed, Stick to your values, be Truthful — and the
 * explanations are our own words.
 */
export const fast: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'fast',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-fast',
  version: '1',
  name: 'FastScript',
  title: 'FAST script',
  status: 'active',
  description:
    'Build a short script for a conversation where keeping your self-respect matters most, and practise it first.',
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
        help('fair-help', 'Be fair: to the other person and to yourself. What would be fair here?'),
        scriptPart('fair', 'Be fair'),
        help(
          'apologies-help',
          'No apologies that are not owed: for asking, for having a view, or for being there. What will you not apologise for?',
        ),
        scriptPart('apologies', 'No needless apologies'),
        help(
          'values-help',
          'Stick to your values: which of your values does this touch, and how will you hold to it?',
        ),
        scriptPart('values', 'Stick to my values'),
        help(
          'truthful-help',
          'Be truthful: no excuses, exaggerations or acting helpless. What is true that you will say plainly?',
        ),
        scriptPart('truthful', 'Be truthful'),
      ],
    },
    rehearseStep,
    afterwardsStep,
  ],
};
