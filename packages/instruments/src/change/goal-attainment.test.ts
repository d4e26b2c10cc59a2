// Golden cases: cases/goal-attainment.cases.json (source cited in the file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goalAttainmentTScore, type GoalAttainment } from './goal-attainment.ts';

type GoalRow = [number, number?];
interface GoldenFile {
  source: string;
  cases: { goals: GoalRow[]; tScore: number; why: string }[];
  invalid: { goals: GoalRow[]; field: string }[];
  validBoundaries: { goals: GoalRow[]; why: string }[];
}

const golden = JSON.parse(
  readFileSync(new URL('./cases/goal-attainment.cases.json', import.meta.url), 'utf8'),
) as GoldenFile;

function goals(rows: GoalRow[]): GoalAttainment[] {
  return rows.map(([score, weight]) => (weight === undefined ? { score } : { score, weight }));
}

describe('Goal Attainment Scaling T-score', () => {
  it('cites its source', () => expect(golden.source).toMatch(/gasr/));

  for (const row of golden.cases) {
    it(`${JSON.stringify(row.goals)} → ${row.tScore} (${row.why})`, () => {
      const result = goalAttainmentTScore(goals(row.goals));
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      expect(result.value).toBeCloseTo(row.tScore, 4);
    });
  }

  for (const row of golden.validBoundaries) {
    it(`accepts ${JSON.stringify(row.goals)} (${row.why})`, () => {
      expect(goalAttainmentTScore(goals(row.goals)).ok).toBe(true);
    });
  }

  for (const row of golden.invalid) {
    it(`rejects ${JSON.stringify(row.goals)}, naming ${row.field}`, () => {
      const result = goalAttainmentTScore(goals(row.goals));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual([row.field]);
    });
  }

  it('uses rho = 0.3 unless told otherwise', () => {
    const two = goals([[1], [1]]);
    const defaultRho = goalAttainmentTScore(two);
    const rhoZero = goalAttainmentTScore(two, 0);
    expect(defaultRho.ok && defaultRho.value).toBeCloseTo(
      50 + 20 / Math.sqrt(0.7 * 2 + 0.3 * 4),
      9,
    );
    expect(rhoZero.ok && rhoZero.value).toBeCloseTo(50 + 20 / Math.sqrt(2), 9);
  });
});
