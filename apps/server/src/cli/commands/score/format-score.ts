import type { ResponseScore, ScoreResult } from '@tandem/instruments';
import { asScoreResult, scoredName } from './score-fhir.ts';

/** The JSON the issue specifies for `tandem score`, keys in this order and no others. */
export function scoreJson(result: ScoreResult): Record<string, unknown> {
  return {
    instrument: result.instrument,
    total: result.total,
    band: result.band,
    prorated: result.prorated,
    valid: result.valid,
    reason: result.reason,
    subscales: result.subscales,
    critical: result.critical,
  };
}

/** A short human reading of a score; screening indications are never called a diagnosis. */
export function describeScore(shortTitle: string, result: ScoreResult): string {
  if (!result.valid) {
    const lines = [`${shortTitle}: not scorable: ${result.reason ?? 'unknown reason'}`];
    if (result.critical.length > 0) lines.push(criticalLine(result.critical));
    return lines.join('\n');
  }
  const band = result.band ? ` (${result.band.label})` : '';
  const lines = [
    `${shortTitle} total ${String(result.total)}${band}${result.prorated ? ', prorated' : ''}`,
  ];
  for (const [id, scale] of Object.entries(result.subscales)) {
    lines.push(`  ${id}: ${String(scale.total)}${scale.band ? ` (${scale.band.label})` : ''}`);
  }
  if (result.caseness !== null)
    lines.push(`at or above the caseness cut-off: ${result.caseness ? 'yes' : 'no'}`);
  for (const [id, indicated] of Object.entries(result.indications)) {
    if (indicated !== null)
      lines.push(`screening indication ${id} (not a diagnosis): ${indicated ? 'yes' : 'no'}`);
  }
  if (result.critical.length > 0) lines.push(criticalLine(result.critical));
  return lines.join('\n');
}

function criticalLine(items: readonly string[]): string {
  return `critical items answered positively: ${items.join(', ')} (follow up whatever the total)`;
}

/** A short human reading of a scored QuestionnaireResponse, saying when it was recognised. */
export function describeResponse(result: ResponseScore): string {
  const builtIn = asScoreResult(result);
  if (builtIn === null) {
    const method = result.imported?.method ?? 'none';
    return `${scoredName(result)} total ${String(result.total)} (${method})`;
  }
  const reading = describeScore(scoredName(result), builtIn);
  if (result.scoredAs !== 'recognised') return reading;
  return `${reading}\n(${result.questionnaire.url ?? 'this Questionnaire'} carries the ${scoredName(result)} LOINC codes and was scored as ${scoredName(result)})`;
}
