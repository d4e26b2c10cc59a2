/**
 * The value cards a client sorts and the strengths they may pick, in our own
 * words (written for Tandem; no card deck or worksheet was copied). Keys are
 * stored and never change; names and descriptions may be reworded.
 */
export const valueCards = [
  { key: 'achievement', name: 'Achievement', description: 'Reaching what I set out to do.' },
  {
    key: 'adventure',
    name: 'Adventure',
    description: 'Trying new things and going to new places.',
  },
  {
    key: 'belonging',
    name: 'Belonging',
    description: 'Feeling part of a group, a family or a place.',
  },
  { key: 'calm', name: 'Calm', description: 'A quiet mind and a steady pace of life.' },
  {
    key: 'care',
    name: 'Caring for others',
    description: 'Looking after the people and animals around me.',
  },
  {
    key: 'community',
    name: 'Community',
    description: 'Being useful to my neighbourhood or the wider world.',
  },
  { key: 'courage', name: 'Courage', description: 'Facing what scares me when it matters.' },
  {
    key: 'creativity',
    name: 'Creativity',
    description: 'Making things, and finding new ways to do them.',
  },
  {
    key: 'curiosity',
    name: 'Curiosity',
    description: 'Asking questions and finding out how things work.',
  },
  {
    key: 'fairness',
    name: 'Fairness',
    description: 'Treating people equally and standing up for what is right.',
  },
  {
    key: 'faith',
    name: 'Faith or spirituality',
    description: 'Feeling connected to something larger than me.',
  },
  { key: 'family', name: 'Family', description: 'Time with and for the people I call family.' },
  { key: 'freedom', name: 'Freedom', description: 'Making my own choices about how I live.' },
  {
    key: 'friendship',
    name: 'Friendship',
    description: 'Friends I can count on, and who can count on me.',
  },
  { key: 'fun', name: 'Fun', description: 'Play, laughter and enjoying myself.' },
  { key: 'growth', name: 'Growth', description: 'Becoming more like the person I want to be.' },
  { key: 'health', name: 'Health', description: 'Looking after my body and my mind.' },
  { key: 'honesty', name: 'Honesty', description: 'Being truthful with others and with myself.' },
  { key: 'independence', name: 'Independence', description: 'Managing things for myself.' },
  { key: 'kindness', name: 'Kindness', description: 'Being gentle and generous, with myself too.' },
  { key: 'love', name: 'Love and closeness', description: 'Warm, close relationships.' },
  {
    key: 'nature',
    name: 'Nature',
    description: 'Time outdoors, and caring for the natural world.',
  },
  { key: 'order', name: 'Order', description: 'A life that is tidy, planned and predictable.' },
  {
    key: 'purpose',
    name: 'Meaningful work',
    description: 'Work, paid or not, that feels worth doing.',
  },
  {
    key: 'respect',
    name: 'Respect',
    description: 'Being treated with dignity, and treating others so.',
  },
  { key: 'security', name: 'Security', description: 'Feeling safe, with enough to live on.' },
] as const;

export const strengthOptions = [
  { key: 'patience', name: 'Patience' },
  { key: 'humour', name: 'A sense of humour' },
  { key: 'kindness', name: 'Kindness' },
  { key: 'determination', name: 'Keeping going when it is hard' },
  { key: 'creativity', name: 'Creativity' },
  { key: 'honesty', name: 'Honesty' },
  { key: 'listening', name: 'Listening well' },
  { key: 'curiosity', name: 'Curiosity' },
  { key: 'courage', name: 'Courage' },
  { key: 'loyalty', name: 'Loyalty' },
  { key: 'organised', name: 'Being organised' },
  { key: 'practical', name: 'Practical skills' },
  { key: 'caring', name: 'Caring for others' },
  { key: 'hard-work', name: 'Working hard' },
  { key: 'fairness', name: 'Fairness' },
  { key: 'hope', name: 'Hope' },
  { key: 'calm', name: 'Staying calm under pressure' },
  { key: 'noticing', name: 'Noticing small things' },
  { key: 'asking-help', name: 'Asking for help when I need it' },
  { key: 'learning', name: 'Learning from mistakes' },
] as const;

export type ValueCardKey = (typeof valueCards)[number]['key'];
export type StrengthKey = (typeof strengthOptions)[number]['key'];

export const valueCardKeys = valueCards.map((card) => card.key) as [
  ValueCardKey,
  ...ValueCardKey[],
];
export const strengthKeys = strengthOptions.map((option) => option.key) as [
  StrengthKey,
  ...StrengthKey[],
];

/** The three piles of the card sort, most important first. */
export const valuePiles = ['very-important', 'important', 'not-so-important'] as const;
export type ValuePile = (typeof valuePiles)[number];
