import type { InstrumentDefinition, NotOnTrackRule } from '@tandem/instruments';

/**
 * A rule in plain words, one line per part, for the admin's settings and the
 * therapist's "how is this decided". The order is the order the rule is
 * applied in (packages/instruments README, "Not on track"). Pure.
 *
 * @example describeNotOnTrackRule(phq9, defaultNotOnTrackRule('phq-9')!)[0]
 * // 'Red at any time: the score rises 6 or more points above the first score.'
 */
export function describeNotOnTrackRule(
  definition: Pick<InstrumentDefinition, 'shortTitle'>,
  rule: NotOnTrackRule,
): string[] {
  const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);
  const weeks = (n: number) => (n === 1 ? 'week 1' : `week ${n}`);
  const lines: string[] = [];
  lines.push(
    rule.reliableDeterioration.enabled
      ? `Red at any time: the score rises ${points(rule.reliableDeterioration.points)} or more above the first score.`
      : 'A rise above the first score is not flagged on its own (reliable deterioration is off).',
  );
  lines.push(
    `Weeks count from the date of the first score. The other checks apply only when the first ${definition.shortTitle} score is ${rule.caseness} or more; a latest score below ${rule.caseness} counts as on track.`,
  );
  lines.push(
    rule.minimumFollowUps === 0
      ? 'They may flag from the first follow-up score.'
      : `They wait for ${rule.minimumFollowUps === 1 ? '1 follow-up score' : `${rule.minimumFollowUps} follow-up scores`} after the first.`,
  );
  if (rule.cutPoints.enabled && rule.cutPoints.points.length > 0) {
    const list = rule.cutPoints.points
      .map((cut) => `${cut.atLeast} or more from ${weeks(cut.fromWeek)}`)
      .join(', ');
    lines.push(
      `Still high: ${list}${rule.inadequateResponse.enabled ? ` (amber before ${weeks(rule.inadequateResponse.fromWeek)}, red from it)` : ''}.`,
    );
  }
  lines.push(
    `From the first review, on track once the score is at least ${rule.inadequateResponse.minimumReductionPercent} % below the first.`,
  );
  if (rule.inadequateResponse.enabled) {
    lines.push(
      `Red from ${weeks(rule.inadequateResponse.fromWeek)}: less than ${rule.inadequateResponse.minimumReductionPercent} % below the first score and still ${rule.caseness} or more.`,
    );
  } else {
    lines.push('Inadequate response (a late review) is off.');
  }
  if (rule.earlyNonResponse.enabled) {
    lines.push(
      `Amber from ${weeks(rule.earlyNonResponse.fromWeek)}: improved by less than ${points(rule.earlyNonResponse.minimumImprovement)}.`,
    );
  } else {
    lines.push('Early non-response (an early review) is off.');
  }
  return lines;
}
