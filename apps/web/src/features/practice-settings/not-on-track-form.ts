import type { NotOnTrackRule } from '../measures/not-on-track-rules-api.ts';

/*
 * The "not on track" form's values: each number as the text typed, each
 * switch as a boolean, keyed by the rule's own field path (the path the
 * server names in an error, without its "rule." prefix). Pure.
 */

export type RuleFormValues = Record<string, string | boolean>;

export interface NumberFieldSpec {
  path: string;
  label: string;
  /** Shown after the label ("points", "%"); empty where the label says it ("from week"). */
  unit: string;
  /** The switch that turns this part of the rule on, if any. */
  switchPath: string | null;
}

/** The number fields, in screen order, for a rule with `cutPoints` cut points. */
export function numberFields(cutPoints: number): NumberFieldSpec[] {
  return [
    {
      path: 'reliableDeterioration.points',
      label: 'Rise above the first score that counts as reliable deterioration',
      unit: 'points',
      switchPath: 'reliableDeterioration.enabled',
    },
    {
      path: 'caseness',
      label: 'Lowest first score in the clinical range',
      unit: 'score',
      switchPath: null,
    },
    {
      path: 'minimumFollowUps',
      label: 'Follow-up scores needed before any other flag',
      unit: 'scores',
      switchPath: null,
    },
    {
      path: 'earlyNonResponse.fromWeek',
      label: 'Early review from week',
      unit: '',
      switchPath: 'earlyNonResponse.enabled',
    },
    {
      path: 'earlyNonResponse.minimumImprovement',
      label: 'Smallest improvement that counts at the early review',
      unit: 'points',
      switchPath: 'earlyNonResponse.enabled',
    },
    {
      path: 'inadequateResponse.fromWeek',
      label: 'Late review from week',
      unit: '',
      switchPath: 'inadequateResponse.enabled',
    },
    {
      path: 'inadequateResponse.minimumReductionPercent',
      label: 'Reduction from the first score that counts as a response',
      unit: '%',
      switchPath: 'inadequateResponse.enabled',
    },
    ...Array.from({ length: cutPoints }, (_, i) => [
      {
        path: `cutPoints.points[${i}].fromWeek`,
        label: `Still-high score ${i + 1}: from week`,
        unit: '',
        switchPath: 'cutPoints.enabled',
      },
      {
        path: `cutPoints.points[${i}].atLeast`,
        label: `Still-high score ${i + 1}: score at or above`,
        unit: 'score',
        switchPath: 'cutPoints.enabled',
      },
    ]).flat(),
  ];
}

export const switchLabels: Record<string, string> = {
  'reliableDeterioration.enabled': 'Flag reliable deterioration (red, at any time)',
  'earlyNonResponse.enabled': 'Flag early non-response (amber)',
  'inadequateResponse.enabled': 'Flag inadequate response (red)',
  'cutPoints.enabled': 'Flag scores that stay high (amber, red from the late review)',
};

export function formValues(rule: NotOnTrackRule): RuleFormValues {
  const values: RuleFormValues = {
    'reliableDeterioration.enabled': rule.reliableDeterioration.enabled,
    'reliableDeterioration.points': String(rule.reliableDeterioration.points),
    caseness: String(rule.caseness),
    minimumFollowUps: String(rule.minimumFollowUps),
    'earlyNonResponse.enabled': rule.earlyNonResponse.enabled,
    'earlyNonResponse.fromWeek': String(rule.earlyNonResponse.fromWeek),
    'earlyNonResponse.minimumImprovement': String(rule.earlyNonResponse.minimumImprovement),
    'inadequateResponse.enabled': rule.inadequateResponse.enabled,
    'inadequateResponse.fromWeek': String(rule.inadequateResponse.fromWeek),
    'inadequateResponse.minimumReductionPercent': String(
      rule.inadequateResponse.minimumReductionPercent,
    ),
    'cutPoints.enabled': rule.cutPoints.enabled,
  };
  rule.cutPoints.points.forEach((cut, i) => {
    values[`cutPoints.points[${i}].fromWeek`] = String(cut.fromWeek);
    values[`cutPoints.points[${i}].atLeast`] = String(cut.atLeast);
  });
  return values;
}

/** A number typed in a field: digits with at most one decimal point; anything else is null. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : null;
}

/**
 * The rule the values describe, or the fields that are not numbers. Ranges
 * (on the measure's scale, weeks in order) are the server's to check, with
 * the instrument library's validator: one rule, one place.
 */
export function ruleFrom(
  values: RuleFormValues,
  cutPoints: number,
): { ok: true; rule: NotOnTrackRule } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const num = (path: string): number => {
    const parsed = parseNumber(String(values[path] ?? ''));
    if (parsed === null) errors[path] = 'Enter a number, such as 5.';
    return parsed ?? 0;
  };
  const on = (path: string) => values[path] === true;
  const rule: NotOnTrackRule = {
    reliableDeterioration: {
      enabled: on('reliableDeterioration.enabled'),
      points: num('reliableDeterioration.points'),
    },
    caseness: num('caseness'),
    minimumFollowUps: num('minimumFollowUps'),
    earlyNonResponse: {
      enabled: on('earlyNonResponse.enabled'),
      fromWeek: num('earlyNonResponse.fromWeek'),
      minimumImprovement: num('earlyNonResponse.minimumImprovement'),
    },
    inadequateResponse: {
      enabled: on('inadequateResponse.enabled'),
      fromWeek: num('inadequateResponse.fromWeek'),
      minimumReductionPercent: num('inadequateResponse.minimumReductionPercent'),
    },
    cutPoints: {
      enabled: on('cutPoints.enabled'),
      points: Array.from({ length: cutPoints }, (_, i) => ({
        fromWeek: num(`cutPoints.points[${i}].fromWeek`),
        atLeast: num(`cutPoints.points[${i}].atLeast`),
      })),
    },
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rule };
}

/** The value of a field in a rule (for "Default: 6"), by its path. */
export function valueAt(rule: NotOnTrackRule, path: string): number | boolean | undefined {
  return formValuesRaw(rule)[path];
}

function formValuesRaw(rule: NotOnTrackRule): Record<string, number | boolean> {
  const text = formValues(rule);
  return Object.fromEntries(
    Object.entries(text).map(([key, value]) => [
      key,
      typeof value === 'boolean' ? value : Number(value),
    ]),
  );
}

const evidenceWords = {
  primary: 'read in the source itself',
  secondary: 'read in a source quoting it',
  'product choice': 'a product choice, not evidence',
} as const;

/** "read in the source itself" for the citation's evidence kind. */
export function evidenceText(evidence: keyof typeof evidenceWords): string {
  return evidenceWords[evidence];
}

/** The citation that backs a field's default (its parameter, or the list it belongs to). */
export function citationParameterOf(path: string): string {
  return path.startsWith('cutPoints.points[') ? 'cutPoints.points' : path;
}
