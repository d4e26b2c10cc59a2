import type { InstrumentDefinition } from '../definition/types.ts';
import type { ChangeResult } from './change-result.ts';
import { checkDatedScores, daysBetween, type DatedScore } from './dated-scores.ts';
import { directionByPoints } from './instrument-change.ts';
import { notOnTrackReason } from './not-on-track-reason.ts';
import { defaultNotOnTrackRule, type CutPoint, type NotOnTrackRule } from './not-on-track-rule.ts';
import type {
  NotOnTrackCode,
  NotOnTrackResult,
  NotOnTrackStatus,
  Verdict,
} from './not-on-track-result.ts';
import { validateNotOnTrackRule } from './validate-not-on-track-rule.ts';

const STATUS: Readonly<Record<NotOnTrackCode, NotOnTrackStatus>> = {
  'reliable-deterioration': 'not-on-track',
  'inadequate-response': 'not-on-track',
  'early-non-response': 'not-on-track',
  'still-high': 'not-on-track',
  'below-caseness': 'on-track',
  responded: 'on-track',
  improving: 'on-track',
  'no-deterioration': 'on-track',
  'not-in-clinical-range': 'on-track',
  'no-baseline': 'not-enough-data',
  'no-follow-up': 'not-enough-data',
  'too-early': 'not-enough-data',
  'too-few-follow-ups': 'not-enough-data',
};

/**
 * Is a client on track on one measure? Judges the latest scored response
 * against the baseline (the first scored one), in this order:
 *
 * 1. Reliable deterioration (red), at any time: a rise of at least the
 *    reliable-change points.
 * 2. A baseline below caseness: on track; only step 1 applies to it.
 * 3. Not enough data: before the first review week, or with fewer follow-ups
 *    than the rule asks for.
 * 4. A cut point for the week reached (PHQ-9 ≥ 17 from week 4, ≥ 13 from
 *    week 9, ≥ 9 from week 14): amber before the late review week, red from it.
 * 5. Clear: below caseness, or reduced by at least the response percentage.
 * 6. From the late review week (8): inadequate response (red).
 * 7. From the early review week (4): less than the minimal important
 *    improvement is early non-response (amber); otherwise improving.
 *
 * Scores that could not be scored (null) are skipped. Never throws: bad input
 * gives `ok: false` with the fields named (`scores[2].date`, `rule.caseness`).
 *
 * @example
 * notOnTrack(phq9, [{ date: '2024-01-01', total: 14 }, { date: '2024-01-29', total: 13 }, { date: '2024-02-12', total: 13 }])
 * // { ok: true, value: { status: 'not-on-track', code: 'early-non-response', flag: 'amber',
 * //   reason: 'Improved less than 5 points after 6 weeks (PHQ-9 14 → 13)', … } }
 */
export function notOnTrack(
  definition: InstrumentDefinition,
  scores: readonly DatedScore[],
  rule: NotOnTrackRule | null = defaultNotOnTrackRule(definition.id),
): ChangeResult<NotOnTrackResult> {
  if (definition.betterDirection !== 'lower') {
    return {
      ok: false,
      errors: [
        {
          field: 'instrument',
          message: `${definition.shortTitle} is better when higher; the not-on-track rule is for scales where lower is better`,
        },
      ],
    };
  }
  if (rule === null) {
    return {
      ok: false,
      errors: [
        {
          field: 'rule',
          message: `there is no default not-on-track rule for ${definition.shortTitle}; give one`,
        },
      ],
    };
  }
  const checkedRule = validateNotOnTrackRule(definition, rule, 'rule.');
  const checkedScores = checkDatedScores(definition, scores);
  const errors = [
    ...(checkedScores.ok ? [] : checkedScores.errors),
    ...(checkedRule.ok ? [] : checkedRule.errors),
  ];
  if (!checkedScores.ok || !checkedRule.ok) return { ok: false, errors };

  const scored = checkedScores.value.filter((score) => score.total !== null);
  const baseline = scored[0] ?? null;
  const latest = scored.length > 1 ? (scored.at(-1) ?? null) : null;
  const days = baseline && latest ? daysBetween(baseline.date, latest.date) : null;
  const verdict =
    baseline === null || latest === null || days === null
      ? {
          code: baseline ? ('no-follow-up' as const) : ('no-baseline' as const),
          flag: null,
          threshold: null,
        }
      : judge(
          checkedRule.value,
          baseline.total as number,
          latest.total as number,
          days,
          scored.length - 1,
        );
  return {
    ok: true,
    value: {
      instrument: definition.id,
      status: STATUS[verdict.code],
      flag: verdict.flag,
      code: verdict.code,
      reason: notOnTrackReason(
        definition.shortTitle,
        verdict,
        baseline,
        latest,
        days,
        checkedRule.value,
      ),
      baseline,
      latest,
      daysSinceBaseline: days,
      followUps: Math.max(scored.length - 1, 0),
      rule: checkedRule.value,
    },
  };
}

function judge(
  rule: NotOnTrackRule,
  baseline: number,
  latest: number,
  days: number,
  followUps: number,
): Verdict {
  const deterioration = rule.reliableDeterioration;
  if (
    deterioration.enabled &&
    directionByPoints(latest - baseline, deterioration.points, 'lower') === 'deteriorated'
  ) {
    return { code: 'reliable-deterioration', flag: 'red', threshold: deterioration.points };
  }
  if (baseline < rule.caseness)
    return { code: 'not-in-clinical-range', flag: null, threshold: rule.caseness };

  const early = rule.earlyNonResponse;
  const late = rule.inadequateResponse;
  const cutPoints = rule.cutPoints.enabled ? rule.cutPoints.points : [];
  const earlyDay = early.enabled ? early.fromWeek * 7 : Infinity;
  const lateDay = late.enabled ? late.fromWeek * 7 : Infinity;
  const firstReview = Math.min(earlyDay, lateDay, ...cutPoints.map((cut) => cut.fromWeek * 7));
  if (firstReview === Infinity) return { code: 'no-deterioration', flag: null, threshold: null };
  if (days < firstReview) return { code: 'too-early', flag: null, threshold: firstReview / 7 };
  if (followUps < rule.minimumFollowUps) {
    return { code: 'too-few-follow-ups', flag: null, threshold: rule.minimumFollowUps };
  }

  const cut = cutPointFor(cutPoints, days);
  if (cut && latest >= cut.atLeast) {
    return { code: 'still-high', flag: days >= lateDay ? 'red' : 'amber', threshold: cut.atLeast };
  }
  if (latest < rule.caseness)
    return { code: 'below-caseness', flag: null, threshold: rule.caseness };
  // (baseline − latest) / baseline ≥ p / 100, without dividing (exact for prorated totals too).
  const percent = late.minimumReductionPercent;
  if ((baseline - latest) * 100 >= percent * baseline) {
    return { code: 'responded', flag: null, threshold: percent };
  }
  if (days >= lateDay) return { code: 'inadequate-response', flag: 'red', threshold: percent };
  if (days >= earlyDay) {
    return baseline - latest < early.minimumImprovement
      ? { code: 'early-non-response', flag: 'amber', threshold: early.minimumImprovement }
      : { code: 'improving', flag: null, threshold: early.minimumImprovement };
  }
  return { code: 'no-deterioration', flag: null, threshold: null };
}

/** The cut point in force on this day: the latest one whose week has been reached. */
function cutPointFor(points: readonly CutPoint[], days: number): CutPoint | undefined {
  return points.filter((cut) => cut.fromWeek * 7 <= days).at(-1);
}
