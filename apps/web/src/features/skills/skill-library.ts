import type { ApiBody } from '../../shared/api/api-paths.ts';

/** The server's skill keys: a skill missing here, or one the server does not know, fails to compile. */
export type SkillKey = ApiBody<'post', '/api/me/skill-practices'>['skill'];

export interface Skill {
  key: SkillKey;
  name: string;
  /** One line: what it is for. */
  summary: string;
  /** How to do it, a step at a time, in plain words. */
  steps: string[];
  /** A guided screen instead of the plain steps. */
  guide?: 'grounding' | 'breathing';
}

/**
 * The skills library. Every word is our own: short, plain, calm. Keys match
 * the server's catalogue (apps/server/src/modules/skills/skill-catalogue.ts).
 */
export const skills: readonly Skill[] = [
  {
    key: 'grounding-5-4-3-2-1',
    name: 'Grounding with your senses (5-4-3-2-1)',
    summary: 'Bring your attention back to the room you are in when your mind is racing.',
    guide: 'grounding',
    steps: [
      'Look around. Name five things you can see.',
      'Notice four things you can feel, like your feet on the floor or the chair under you.',
      'Listen. Name three things you can hear.',
      'Name two things you can smell, or two smells you like.',
      'Name one thing you can taste, or take a sip of water.',
    ],
  },
  {
    key: 'paced-breathing',
    name: 'Paced breathing',
    summary:
      'Slow your breathing down, with a longer breath out than in, to help your body settle.',
    guide: 'breathing',
    steps: [
      'Sit or stand comfortably and let your shoulders drop.',
      'Breathe in gently through your nose for a count of four.',
      'Breathe out slowly for a count of six, as if cooling a hot drink.',
      'Keep going for a few minutes. If you feel light-headed, breathe normally for a while.',
    ],
  },
  {
    key: 'opposite-action',
    name: 'Doing the opposite',
    summary: 'When a feeling pushes you to do something that will not help, try the opposite.',
    steps: [
      'Name the feeling and what it makes you want to do (hide, shout, stay in bed).',
      'Ask yourself: would doing that help me right now, or make things harder?',
      'If it would not help, pick a small action that goes the other way: reach out, speak softly, get up and step outside.',
      'Do it fully, with your body and your voice, and notice what happens to the feeling.',
    ],
  },
  {
    key: 'checking-the-facts',
    name: 'Checking the facts',
    summary: 'See whether the size of a feeling fits what is actually happening.',
    steps: [
      'Describe what happened as a camera would, without judging it.',
      'Notice what you are telling yourself about it.',
      'Ask: is there another way to read this? What would I say to a friend?',
      'Ask: does the feeling, and how strong it is, fit the facts? If not, what would fit?',
    ],
  },
  {
    key: 'self-soothe',
    name: 'Soothing your senses',
    summary: 'Be kind to yourself through one sense at a time.',
    steps: [
      'Sight: look at something you find calming, like the sky, a photo or a plant.',
      'Sound: play a song you like, or listen to rain or birds.',
      'Smell: a favourite soap, tea, or fresh air from a window.',
      'Taste: something warm to drink, slowly.',
      'Touch: a soft blanket, a warm shower, or stroking a pet.',
    ],
  },
  {
    key: 'cold-water',
    name: 'Cold water',
    summary: 'Cool your face to calm a wave of very strong feeling quickly.',
    steps: [
      'Fill a bowl with cold water, or use a cold pack wrapped in a cloth.',
      'Hold your breath and put your face in the water, or hold the cold to your eyes and cheeks, for up to 30 seconds.',
      'Breathe slowly afterwards.',
      'Skip this if you have a heart condition or an eating disorder, unless a doctor has said it is safe.',
    ],
  },
  {
    key: 'urge-surfing',
    name: 'Riding the urge',
    summary: 'Let an urge rise and fall like a wave, without acting on it.',
    steps: [
      'Notice the urge and where you feel it in your body.',
      'Rate how strong it is, from 0 to 100.',
      'Breathe and watch it, as if you were riding a wave: it will grow, peak and fade.',
      'Check the number again every minute or two. Urges pass, even strong ones.',
    ],
  },
  {
    key: 'radical-acceptance',
    name: 'Accepting what is',
    summary: 'Stop fighting what you cannot change right now, so you have energy for what you can.',
    steps: [
      'Name what is happening that you cannot change at this moment.',
      'Notice the fight in your body and mind: "this should not be happening".',
      'Say to yourself: "This is how it is right now." Accepting is not agreeing.',
      'Ask: given that this is how it is, what is one thing I can do next?',
    ],
  },
  {
    key: 'pleasant-activity',
    name: 'Something you enjoy',
    summary: 'Do one small thing that usually lifts you a little, even if you do not feel like it.',
    steps: [
      'Pick something small and possible today: a short walk, a song, a call, a hot drink outside.',
      'Do it, even if the wish to do it comes later, or not at all.',
      'While you do it, keep your attention on it as much as you can.',
      'Afterwards, notice any change, however small.',
    ],
  },
  {
    key: 'half-smile',
    name: 'Soft face, open hands',
    summary: 'Relax your face and hands to send your body a calmer signal.',
    steps: [
      'Let your forehead, jaw and mouth go loose.',
      'Let the corners of your mouth turn up very slightly: a small, relaxed half-smile.',
      'Rest your hands on your lap, palms up, fingers relaxed.',
      'Stay like this for a minute and breathe slowly.',
    ],
  },
];

export function skillByKey(key: string | undefined): Skill | undefined {
  return skills.find((skill) => skill.key === key);
}
