/**
 * The words a check-in offers: emotions to pick (each then rated 1–10) and
 * suggested tags by kind. Plain everyday words, our own; a client adds their
 * own tags as they go. Keys are stable (stored); labels may be reworded.
 */
export const emotions = [
  { key: 'calm', label: 'Calm' },
  { key: 'content', label: 'Content' },
  { key: 'joyful', label: 'Joyful' },
  { key: 'hopeful', label: 'Hopeful' },
  { key: 'grateful', label: 'Grateful' },
  { key: 'proud', label: 'Proud' },
  { key: 'loved', label: 'Loved' },
  { key: 'tired', label: 'Tired' },
  { key: 'bored', label: 'Bored' },
  { key: 'lonely', label: 'Lonely' },
  { key: 'sad', label: 'Sad' },
  { key: 'anxious', label: 'Anxious' },
  { key: 'worried', label: 'Worried' },
  { key: 'stressed', label: 'Stressed' },
  { key: 'irritable', label: 'Irritable' },
  { key: 'angry', label: 'Angry' },
  { key: 'ashamed', label: 'Ashamed' },
  { key: 'guilty', label: 'Guilty' },
  { key: 'numb', label: 'Numb' },
  { key: 'overwhelmed', label: 'Overwhelmed' },
] as const;

export type EmotionKey = (typeof emotions)[number]['key'];

export const emotionKeys = emotions.map((emotion) => emotion.key) as [EmotionKey, ...EmotionKey[]];

const emotionLabels = new Map<string, string>(emotions.map((e) => [e.key, e.label]));

export function emotionLabel(key: string): string {
  return emotionLabels.get(key) ?? key;
}

export const tagKinds = [
  { key: 'activity', label: 'What I did' },
  { key: 'people', label: 'Who I was with' },
  { key: 'place', label: 'Where I was' },
  { key: 'trigger', label: 'What set me off' },
] as const;

export type TagKind = (typeof tagKinds)[number]['key'];

export const tagKindKeys = tagKinds.map((kind) => kind.key) as [TagKind, ...TagKind[]];

export const suggestedTags: readonly { kind: TagKind; label: string }[] = [
  { kind: 'activity', label: 'Work' },
  { kind: 'activity', label: 'Exercise' },
  { kind: 'activity', label: 'Time outside' },
  { kind: 'activity', label: 'Housework' },
  { kind: 'activity', label: 'Screens' },
  { kind: 'activity', label: 'Hobby' },
  { kind: 'activity', label: 'Rest' },
  { kind: 'people', label: 'Alone' },
  { kind: 'people', label: 'Family' },
  { kind: 'people', label: 'Partner' },
  { kind: 'people', label: 'Friends' },
  { kind: 'people', label: 'Colleagues' },
  { kind: 'place', label: 'Home' },
  { kind: 'place', label: 'Work or school' },
  { kind: 'place', label: 'Outdoors' },
  { kind: 'place', label: 'Travelling' },
  { kind: 'trigger', label: 'Conflict' },
  { kind: 'trigger', label: 'Poor sleep' },
  { kind: 'trigger', label: 'Money' },
  { kind: 'trigger', label: 'Health' },
  { kind: 'trigger', label: 'Deadlines' },
];
