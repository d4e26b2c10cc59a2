import type { Insight } from './insights-api.ts';

/** The factor's name as a heading: the tag in the client's words, or sleep. */
export function factorTitle(insight: Pick<Insight, 'factor'>): string {
  return insight.factor.kind === 'sleep' ? 'Sleep' : insight.factor.label;
}

/** How much data it rests on, plainly. */
export function basisOf(insight: Pick<Insight, 'factor' | 'daysWith' | 'daysWithout'>): string {
  return insight.factor.kind === 'sleep'
    ? `Based on ${insight.daysWith} days with hours of sleep.`
    : `Based on ${insight.daysWith} days with it and ${insight.daysWithout} without.`;
}

/** The minimum the server needs before it says anything (docs/insights.md). */
export const NOT_YET =
  'Insights appear once there are enough check-ins to compare: at least 5 days with a tag and 5 without, or 10 days with hours of sleep.';
