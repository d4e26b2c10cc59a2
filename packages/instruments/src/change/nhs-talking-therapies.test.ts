// Golden cases: cases/nhs-talking-therapies.cases.json (sources cited in the file).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nhsTalkingTherapiesOutcome } from './nhs-talking-therapies.ts';

interface GoldenFile {
  source: string;
  cases: {
    id: string;
    phq9: [number, number];
    gad7: [number, number];
    expect: Record<string, boolean | null>;
    why: string;
  }[];
  invalid: { phq9: [number, number]; gad7: [number, number | null]; field: string }[];
}

const golden = JSON.parse(
  readFileSync(new URL('./cases/nhs-talking-therapies.cases.json', import.meta.url), 'utf8'),
) as GoldenFile;

describe('NHS Talking Therapies paired outcomes', () => {
  it('cites its sources', () => expect(golden.source).toMatch(/NHSDD_PHQ9.*NCT05134103/s));

  for (const row of golden.cases) {
    it(`${row.id}: ${row.why}`, () => {
      const result = nhsTalkingTherapiesOutcome({
        phq9: { first: row.phq9[0], last: row.phq9[1] },
        gad7: { first: row.gad7[0], last: row.gad7[1] },
      });
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      const outcome = result.value as unknown as Record<string, unknown>;
      for (const [key, expected] of Object.entries(row.expect)) {
        expect({ [key]: outcome[key] }).toEqual({ [key]: expected });
      }
      // The three change classes are mutually exclusive and exhaustive.
      const classes = [
        result.value.reliableImprovement,
        result.value.reliableDeterioration,
        result.value.noReliableChange,
      ].filter(Boolean);
      expect(classes).toHaveLength(1);
    });
  }

  it('explains a mixed case in its notes', () => {
    const result = nhsTalkingTherapiesOutcome({
      phq9: { first: 18, last: 9 },
      gad7: { first: 3, last: 7 },
    });
    expect(result.ok && result.value.notes.join(' ')).toMatch(/inferred/i);
  });

  for (const row of golden.invalid) {
    it(`rejects ${row.field} out of range, naming the field`, () => {
      const result = nhsTalkingTherapiesOutcome({
        phq9: { first: row.phq9[0], last: row.phq9[1] },
        gad7: { first: row.gad7[0], last: row.gad7[1] as number },
      });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual([row.field]);
    });
  }
});
