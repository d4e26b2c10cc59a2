import type { LivingDocumentKind } from '../../db/schema.ts';

/**
 * The sections of each living document, in the order they are shown. The
 * safety plan follows the structure of the Stanley–Brown Safety Planning
 * Intervention (Stanley & Brown, Cognitive and Behavioral Practice 2012;19:256–264):
 * warning signs, internal coping, people and places for distraction, people to
 * ask for help, professionals and crisis lines, making the environment safer,
 * and reasons for living. The wording is ours. Keys are stored: never rename one.
 */
export interface PlanSection {
  key: string;
  title: string;
  prompt: string;
  /** Items may carry a phone number (people, services). */
  contactFields: boolean;
}

export const planSections: Record<LivingDocumentKind, readonly PlanSection[]> = {
  'safety-plan': [
    {
      key: 'warningSigns',
      title: 'My warning signs',
      prompt: 'Thoughts, feelings, places or things I do that tell me a crisis may be building.',
      contactFields: false,
    },
    {
      key: 'internalCoping',
      title: 'Things I can do on my own',
      prompt: 'What helps me calm down or take my mind off things without contacting anyone.',
      contactFields: false,
    },
    {
      key: 'distractions',
      title: 'People and places that take my mind off things',
      prompt: 'Friends, family or places where I can be around others.',
      contactFields: true,
    },
    {
      key: 'helpContacts',
      title: 'People I can ask for help',
      prompt: 'People I trust to talk to when things are hard.',
      contactFields: true,
    },
    {
      key: 'professionals',
      title: 'Professionals and crisis lines',
      prompt: 'My therapist, my doctor, urgent care and crisis lines I can call or text.',
      contactFields: true,
    },
    {
      key: 'saferEnvironment',
      title: 'Making my surroundings safer',
      prompt: 'Steps that keep things I could use to hurt myself out of reach.',
      contactFields: false,
    },
    {
      key: 'reasonsForLiving',
      title: 'What matters most to me',
      prompt: 'People, hopes and things that are worth living for.',
      contactFields: false,
    },
  ],
  'coping-plan': [
    {
      key: 'triggers',
      title: 'What sets things off',
      prompt: 'Situations, people or times that make things harder for me.',
      contactFields: false,
    },
    {
      key: 'warningSigns',
      title: 'Signs it is getting harder',
      prompt: 'What I notice in my body, thoughts or behaviour.',
      contactFields: false,
    },
    {
      key: 'whatHelps',
      title: 'What helps',
      prompt: 'Things I can do, and people I can turn to.',
      contactFields: true,
    },
  ],
};

export const MAX_ITEMS_PER_SECTION = 20;
