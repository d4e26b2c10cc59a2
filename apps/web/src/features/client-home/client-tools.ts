/**
 * The client's tools on Home, grouped by what a person may be looking for. Add a tool to
 * the group it serves (or add a group); each `to` is a route under /client.
 */
export interface ClientTool {
  readonly label: string;
  readonly to: string;
}

export interface ClientToolGroup {
  readonly key: string;
  readonly title: string;
  readonly tools: readonly ClientTool[];
}

export const clientToolGroups: readonly ClientToolGroup[] = [
  {
    key: 'hard-now',
    title: 'When things are hard',
    tools: [
      { label: 'My safety plan', to: '/client/safety-plan' },
      { label: 'My coping plan', to: '/client/coping-plan' },
      { label: 'Skills', to: '/client/skills' },
    ],
  },
  {
    key: 'notice',
    title: 'Notice how you are',
    tools: [
      { label: 'Check-in', to: '/client/check-in' },
      { label: 'Journal', to: '/client/journal' },
      { label: 'Window of tolerance check-in', to: '/client/worksheets/window-of-tolerance' },
      { label: 'Patterns in my check-ins', to: '/client/insights' },
    ],
  },
  {
    key: 'thoughts',
    title: 'Work with thoughts',
    tools: [
      { label: 'Thought record', to: '/client/thought-record' },
      { label: 'Your thought records', to: '/client/thought-records' },
      { label: 'ABC worksheet', to: '/client/worksheets/abc-worksheet' },
      { label: 'Stuck points log', to: '/client/worksheets/stuck-points-log' },
    ],
  },
  {
    key: 'problems-people',
    title: 'Problems and people',
    tools: [
      { label: 'Problem-solving worksheet', to: '/client/worksheets/problem-solving' },
      { label: 'Interaction log', to: '/client/worksheets/interaction-log' },
      { label: 'Boundaries worksheet', to: '/client/worksheets/boundaries' },
      { label: 'Ask for what I need (DEAR MAN)', to: '/client/worksheets/dear-man' },
      { label: 'Keep the relationship (GIVE)', to: '/client/worksheets/give' },
      { label: 'Keep my self-respect (FAST)', to: '/client/worksheets/fast' },
      { label: 'All your worksheets', to: '/client/worksheets' },
    ],
  },
  {
    key: 'face-fears',
    title: 'Face fears, step by step',
    tools: [{ label: 'My fear hierarchies', to: '/client/exposure' }],
  },
  {
    key: 'goals',
    title: 'Goals and what matters to me',
    tools: [
      { label: 'My goals', to: '/client/goals' },
      { label: 'My values and strengths', to: '/client/values' },
    ],
  },
  {
    key: 'do-more',
    title: 'Do more of what matters',
    tools: [{ label: 'Plan activities', to: '/client/activities' }],
  },
];
