/**
 * The worksheets a client can start, by the key the server serves them under
 * (`GET /api/worksheets/:key`). The questions come from the server; this list
 * only names them for menus and links.
 */
export interface WorksheetKind {
  readonly key: string;
  readonly title: string;
  /** One plain sentence under the title. */
  readonly about: string;
  /** Where to fill it in (the thought record keeps its own page). */
  readonly to: string;
}

export const worksheetKinds: readonly WorksheetKind[] = [
  {
    key: 'thought-record',
    title: 'Thought record',
    about: 'Look at one upsetting moment and find a more balanced thought.',
    to: '/client/thought-record',
  },
  {
    key: 'abc-worksheet',
    title: 'ABC worksheet',
    about: 'Link an event, what you told yourself about it, and what followed.',
    to: '/client/worksheets/abc-worksheet',
  },
  {
    key: 'stuck-points-log',
    title: 'Stuck points log',
    about: 'Question a belief that keeps you stuck, and find another way to see it.',
    to: '/client/worksheets/stuck-points-log',
  },
  {
    key: 'window-of-tolerance',
    title: 'Window of tolerance check-in',
    about: 'Notice whether you are flooded, shut down or steady, and what helps.',
    to: '/client/worksheets/window-of-tolerance',
  },
  {
    key: 'problem-solving',
    title: 'Problem-solving worksheet',
    about: 'Go from a problem to a plan in seven steps, and look back afterwards.',
    to: '/client/worksheets/problem-solving',
  },
  {
    key: 'interaction-log',
    title: 'Interaction log',
    about: 'Look back at one interaction or disagreement with someone.',
    to: '/client/worksheets/interaction-log',
  },
  {
    key: 'boundaries',
    title: 'Boundaries worksheet',
    about: 'Plan one limit you want to set and how to say it.',
    to: '/client/worksheets/boundaries',
  },
  {
    key: 'dear-man',
    title: 'DEAR MAN script',
    about: 'Plan how to ask for something, or say no, when the outcome matters most.',
    to: '/client/worksheets/dear-man',
  },
  {
    key: 'give',
    title: 'GIVE script',
    about: 'Plan a conversation where keeping the relationship matters most.',
    to: '/client/worksheets/give',
  },
  {
    key: 'fast',
    title: 'FAST script',
    about: 'Plan a conversation where keeping your self-respect matters most.',
    to: '/client/worksheets/fast',
  },
];

export function worksheetKind(key: string): WorksheetKind | undefined {
  return worksheetKinds.find((kind) => kind.key === key);
}
