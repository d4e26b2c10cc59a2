import { extensionUrl, page, traumaInformed, type WorksheetQuestionnaire } from './extensions.ts';

/**
 * A short check-in on the "window of tolerance": whether the client feels
 * flooded, shut down, or able to cope, and what helped. Trauma-informed.
 * All wording is our own.
 */

const zoneSystem = 'http://tandem.health/fhir/CodeSystem/window-of-tolerance-zone';

const zones: [string, string][] = [
  [
    'Too much',
    'Revved up: racing heart, on edge, flooded by feelings, angry or panicky. Hard to think clearly.',
  ],
  [
    'Shut down',
    'Switched off: numb, flat, far away, heavy or frozen. Hard to move, feel or speak.',
  ],
  [
    'Within my window',
    'Steady enough: feelings are there, but I can still think, notice and choose what to do.',
  ],
];

export const windowOfTolerance: WorksheetQuestionnaire = {
  resourceType: 'Questionnaire',
  id: 'window-of-tolerance',
  url: 'http://tandem.health/fhir/Questionnaire/worksheet-window-of-tolerance',
  version: '1',
  name: 'WindowOfTolerance',
  title: 'Window of tolerance check-in',
  status: 'active',
  description: 'Notice whether you are flooded, shut down or within your window, and what helps.',
  extension: [traumaInformed],
  item: [
    {
      linkId: 'step-where',
      type: 'group',
      text: 'Where you are',
      extension: [page],
      item: [
        {
          linkId: 'where-help',
          type: 'display',
          text: 'Everyone has a range in which they can cope with what they feel. Which of these is closest to how you are right now?',
        },
        {
          linkId: 'zone',
          type: 'choice',
          text: 'Right now I am',
          required: true,
          answerOption: zones.map(([display, help], index) => ({
            valueCoding: { system: zoneSystem, code: String(index + 1), display },
            extension: [{ url: extensionUrl.optionHelp, valueString: help }],
          })),
        },
        {
          linkId: 'noticed',
          type: 'text',
          text: 'What do you notice in your body or mind? (you can leave this empty)',
          maxLength: 1000,
        },
      ],
    },
    {
      linkId: 'step-helped',
      type: 'group',
      text: 'What helps',
      extension: [page],
      item: [
        {
          linkId: 'helped-help',
          type: 'display',
          text: 'Think of anything that brought you back into your window today, or that has helped before: a place, a person, a movement, a sound.',
        },
        {
          linkId: 'what-helped',
          type: 'text',
          text: 'What helped, or might help',
          required: true,
          maxLength: 1000,
        },
      ],
    },
  ],
};
