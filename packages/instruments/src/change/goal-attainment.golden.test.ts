// More golden cases for the GAS T-score (Kiresuk & Sherman 1968; formula as in
// taylordunn/gasr R/calculate.R calc_tscore(), INSTRUMENT-FACTS.md §18.4):
//   T = 50 + 10·Σ(wᵢxᵢ) / √((1 − ρ)Σwᵢ² + ρ(Σwᵢ)²)
// Each expected value below was worked by hand from that formula; the working
// is in the case's name.
import { describe, expect, it } from 'vitest';
import { GAS_DEFAULT_RHO, goalAttainmentTScore, type GoalAttainment } from './goal-attainment.ts';

const all = (score: number, n: number): GoalAttainment[] =>
  Array.from({ length: n }, () => ({ score }));

function tScore(goals: readonly GoalAttainment[], rho?: number): number {
  const result = goalAttainmentTScore(goals, rho);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('GAS T-score, golden cases', () => {
  it('uses the published default rho of 0.3', () => expect(GAS_DEFAULT_RHO).toBe(0.3));

  it('gasr example (−2,0,−1,2,0,1; weights 3,5,1,4,2,6) → 50 + 70/√196 = 55.0', () => {
    const weights = [3, 5, 1, 4, 2, 6];
    const goals = [-2, 0, -1, 2, 0, 1].map((score, i) => ({ score, weight: weights[i]! }));
    expect(tScore(goals)).toBeCloseTo(55, 10);
  });

  it('every goal as expected gives 50, whatever the weights and n', () => {
    expect(tScore(all(0, 1))).toBe(50);
    expect(tScore(all(0, 7))).toBe(50);
    expect(
      tScore([
        { score: 0, weight: 3 },
        { score: 0, weight: 0.5 },
      ]),
    ).toBe(50);
  });

  // All +2: 50 + 20n/√(0.7n + 0.3n²); all −2 mirrors it around 50.
  const extremes: [number, number][] = [
    [1, 70], // 50 + 20/√1
    [2, 74.806947], // 50 + 40/√2.6
    [3, 77.386128], // 50 + 60/√4.8
    [5, 80.151134], // 50 + 100/√11
    [10, 82.879797], // 50 + 200/√37
  ];
  for (const [n, best] of extremes) {
    it(`${n} goal(s) all at +2 → ${best}, all at −2 → ${100 - best}`, () => {
      expect(tScore(all(2, n))).toBeCloseTo(best, 5);
      expect(tScore(all(-2, n))).toBeCloseTo(100 - best, 5);
    });
  }

  it('a single goal: 50 + 10x (the denominator is 1 for any rho)', () => {
    for (const score of [-2, -1, 0, 1, 2]) {
      expect(tScore([{ score }])).toBeCloseTo(50 + 10 * score, 10);
      expect(tScore([{ score, weight: 4 }], 0.6)).toBeCloseTo(50 + 10 * score, 10);
    }
  });

  it('unequal weights (1,−1,2 weighted 1,2,3) → 50 + 50/√(0.7·14 + 0.3·36) = 61.016316', () => {
    const goals = [
      { score: 1, weight: 1 },
      { score: -1, weight: 2 },
      { score: 2, weight: 3 },
    ];
    expect(tScore(goals)).toBeCloseTo(61.016316, 5);
  });

  it('equal weights give the unweighted score', () => {
    const unweighted = [{ score: 2 }, { score: -1 }, { score: 1 }];
    const weighted = unweighted.map((goal) => ({ ...goal, weight: 5 }));
    expect(tScore(weighted)).toBeCloseTo(tScore(unweighted), 10);
  });

  it('other rho values', () => {
    expect(tScore(all(1, 2), 0)).toBeCloseTo(64.142136, 5); // 50 + 20/√2
    expect(tScore(all(1, 2), 0.5)).toBeCloseTo(61.547005, 5); // 50 + 20/√3
    expect(tScore(all(2, 3), 0.9)).toBeCloseTo(70.701967, 5); // 50 + 60/√8.4
    const weights = [3, 5, 1, 4, 2, 6];
    const goals = [-2, 0, -1, 2, 0, 1].map((score, i) => ({ score, weight: weights[i]! }));
    expect(tScore(goals, 0)).toBeCloseTo(57.337994, 5); // 50 + 70/√91
  });

  it('refuses bad input, naming the field', () => {
    const fields = (goals: GoalAttainment[], rho?: number) => {
      const result = goalAttainmentTScore(goals, rho);
      return result.ok ? [] : result.errors.map((error) => error.field);
    };
    expect(fields([{ score: 3 }])).toEqual(['goals[0].score']);
    expect(fields([{ score: -2.5 }])).toEqual(['goals[0].score']);
    expect(fields([{ score: 0.5 }])).toEqual(['goals[0].score']);
    expect(fields([{ score: Number.NaN }])).toEqual(['goals[0].score']);
    expect(fields([{ score: 1, weight: 0 }])).toEqual(['goals[0].weight']);
    expect(fields([{ score: 1, weight: -2 }])).toEqual(['goals[0].weight']);
    expect(fields([{ score: 1, weight: Number.POSITIVE_INFINITY }])).toEqual(['goals[0].weight']);
    expect(fields([{ score: 1 }], 1)).toEqual(['rho']);
    expect(fields([{ score: 1 }], -0.1)).toEqual(['rho']);
    expect(fields([{ score: 1 }], Number.NaN)).toEqual(['rho']);
    expect(fields([])).toEqual(['goals']);
    expect(fields([{ score: 1 }], 0)).toEqual([]);
  });
});
