/**
 * "Needs attention" order for the caseload: open critical alerts first,
 * then reliable deterioration, then not on track, then overdue measures,
 * then everyone else; by name within each. Each flag carries its reason in
 * plain words, shown beside it.
 */
export interface AttentionFacts {
  displayName: string;
  openAlerts: number;
  overdue: number;
  measures: readonly {
    shortTitle: string;
    changeCategory: string | null;
    notOnTrack: string | null;
    notOnTrackReason: string | null;
  }[];
}

export interface Attention {
  /** 0 = open alert, 1 = reliable deterioration, 2 = not on track, 3 = overdue, 4 = none. */
  rank: number;
  reasons: string[];
}

export const ATTENTION_RANKS = {
  alert: 0,
  deteriorated: 1,
  notOnTrack: 2,
  overdue: 3,
  none: 4,
} as const;

export function attentionOf(facts: AttentionFacts): Attention {
  const reasons: string[] = [];
  let rank: number = ATTENTION_RANKS.none;
  const flag = (level: number, reason: string) => {
    rank = Math.min(rank, level);
    reasons.push(reason);
  };
  if (facts.openAlerts > 0) {
    flag(
      ATTENTION_RANKS.alert,
      facts.openAlerts === 1 ? 'Open alert' : `${facts.openAlerts} open alerts`,
    );
  }
  for (const measure of facts.measures) {
    if (measure.changeCategory === 'deteriorated') {
      flag(ATTENTION_RANKS.deteriorated, `Reliable deterioration on ${measure.shortTitle}`);
    }
  }
  for (const measure of facts.measures) {
    if (measure.notOnTrack === 'not-on-track') {
      flag(
        ATTENTION_RANKS.notOnTrack,
        `Not on track on ${measure.shortTitle}${measure.notOnTrackReason ? `: ${measure.notOnTrackReason}` : ''}`,
      );
    }
  }
  if (facts.overdue > 0) {
    flag(
      ATTENTION_RANKS.overdue,
      facts.overdue === 1 ? '1 measure overdue' : `${facts.overdue} measures overdue`,
    );
  }
  return { rank, reasons };
}

/** One collator, kept: `localeCompare` builds its comparison anew on every call. */
const byName = new Intl.Collator().compare;

export function byAttention<T extends { attention: Attention; displayName: string }>(
  a: T,
  b: T,
): number {
  return a.attention.rank - b.attention.rank || byName(a.displayName, b.displayName);
}
