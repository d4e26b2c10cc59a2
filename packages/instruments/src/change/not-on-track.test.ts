// Golden cases: cases/not-on-track.cases.json (sources cited in the file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../definition/types.ts';
import { getInstrument } from '../registry.ts';
import { notOnTrack } from './not-on-track.ts';
import type { NotOnTrackResult } from './not-on-track-result.ts';
import {
  NOT_ON_TRACK_DEFAULT_CITATIONS,
  defaultNotOnTrackRule,
  type NotOnTrackRule,
} from './not-on-track-rule.ts';
import { CHANGE_METRIC_SOURCES } from './sources.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface GoldenCase {
  id: string;
  instrument: string;
  rule?: { [key: string]: Json };
  scores: [string, number | null][];
  expect: Pick<NotOnTrackResult, 'status' | 'code' | 'flag'> & { reason?: string };
  covers: string[];
  why: string;
}

interface GoldenFile {
  source: string;
  cases: GoldenCase[];
  invalid: (Omit<GoldenCase, 'expect' | 'covers' | 'why' | 'scores'> & {
    scores: [string, unknown][];
    fields: string[];
  })[];
}

const golden = JSON.parse(
  readFileSync(new URL('./cases/not-on-track.cases.json', import.meta.url), 'utf8'),
) as GoldenFile;

/** Boundaries the case file must cover from both sides (the brief's list, and each rule's edges). */
const REQUIRED_COVERAGE = [
  'missing-baseline',
  'single-score',
  'reliable-deterioration-at',
  'reliable-deterioration-below',
  'reliable-deterioration-any-time',
  'week-threshold-at',
  'week-threshold-day-before',
  'percent-at',
  'percent-just-under',
  'caseness-at',
  'caseness-below',
  'mcid-at',
  'mcid-below',
  'cut-point-at',
  'cut-point-below',
  'cut-point-day-before',
  'too-few-follow-ups',
  'prorated',
  'gad-7',
  'custom-rule',
];

function instrument(id: string): InstrumentDefinition {
  const definition = getInstrument(id);
  if (!definition) throw new Error(`${id} is not registered`);
  return definition;
}

/** The default with a patch merged in: objects merge, lists and values replace, null removes. */
function patched(base: Json, patch: Json | undefined): Json {
  if (patch === undefined) return base;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) return patch;
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return patch;
  const merged: { [key: string]: Json } = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = patched(base[key] ?? null, value);
  }
  return merged;
}

function ruleFor(id: string, patch: GoldenCase['rule']): NotOnTrackRule | null {
  const base = defaultNotOnTrackRule(id);
  if (base === null) return null;
  return patched(base as unknown as Json, patch) as unknown as NotOnTrackRule;
}

const run = (row: { instrument: string; rule?: GoldenCase['rule']; scores: [string, unknown][] }) =>
  notOnTrack(
    instrument(row.instrument),
    row.scores.map(([date, total]) => ({ date, total }) as { date: string; total: number }),
    ruleFor(row.instrument, row.rule),
  );

describe('not on track (golden cases)', () => {
  it('cites its sources', () =>
    expect(golden.source).toMatch(/NOT-ON-TRACK\.md §4.*SCHUELLER2015/s));

  it('covers every boundary from both sides', () => {
    const covered = new Set(golden.cases.flatMap((row) => row.covers));
    expect(REQUIRED_COVERAGE.filter((tag) => !covered.has(tag))).toEqual([]);
  });

  for (const row of golden.cases) {
    it(`${row.id}: ${row.why}`, () => {
      const result = run(row);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const { status, code, flag, reason } = result.value;
      expect({ status, code, flag }).toEqual({
        status: row.expect.status,
        code: row.expect.code,
        flag: row.expect.flag,
      });
      if (row.expect.reason !== undefined) expect(reason).toBe(row.expect.reason);
      expect(reason).not.toMatch(/\n/);
    });
  }

  for (const row of golden.invalid) {
    it(`${row.id}: refused, naming ${row.fields.join(', ')}`, () => {
      const result = run(row);
      expect(result.ok || result.errors.map((error) => error.field)).toEqual(row.fields);
    });
  }
});

describe('the default rule', () => {
  // Pinned as literals from NOT-ON-TRACK.md §4, so a changed constant fails here.
  it('PHQ-9: 6 points, caseness 10, MCID 5 from week 4, 50% from week 8, cut points 17/13/9', () => {
    expect(defaultNotOnTrackRule('phq-9')).toEqual({
      reliableDeterioration: { enabled: true, points: 6 },
      caseness: 10,
      minimumFollowUps: 2,
      earlyNonResponse: { enabled: true, fromWeek: 4, minimumImprovement: 5 },
      inadequateResponse: { enabled: true, fromWeek: 8, minimumReductionPercent: 50 },
      cutPoints: {
        enabled: true,
        points: [
          { fromWeek: 4, atLeast: 17 },
          { fromWeek: 9, atLeast: 13 },
          { fromWeek: 14, atLeast: 9 },
        ],
      },
    });
  });

  it('GAD-7: 4 points, caseness 8, MCID 4 from week 4, 50% from week 8, no cut points', () => {
    expect(defaultNotOnTrackRule('gad-7')).toEqual({
      reliableDeterioration: { enabled: true, points: 4 },
      caseness: 8,
      minimumFollowUps: 2,
      earlyNonResponse: { enabled: true, fromWeek: 4, minimumImprovement: 4 },
      inadequateResponse: { enabled: true, fromWeek: 8, minimumReductionPercent: 50 },
      cutPoints: { enabled: false, points: [] },
    });
  });

  it('no default for instruments without published guidance', () => {
    expect(defaultNotOnTrackRule('core-10')).toBeNull();
  });

  it('every cited source is in the catalogue', () => {
    const known = new Set(CHANGE_METRIC_SOURCES.map((source) => source.key));
    const cited = NOT_ON_TRACK_DEFAULT_CITATIONS.flatMap((citation) => citation.sources);
    expect(cited.filter((key) => !known.has(key))).toEqual([]);
  });

  it('reports the rule in force and the series it judged', () => {
    const result = notOnTrack(instrument('phq-9'), [
      { date: '2024-01-01', total: 14 },
      { date: '2024-01-15', total: null },
      { date: '2024-02-12', total: 13 },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toMatchObject({
      instrument: 'phq-9',
      baseline: { date: '2024-01-01', total: 14 },
      latest: { date: '2024-02-12', total: 13 },
      daysSinceBaseline: 42,
      followUps: 1,
      rule: defaultNotOnTrackRule('phq-9'),
    });
  });
});
