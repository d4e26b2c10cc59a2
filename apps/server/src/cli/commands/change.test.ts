import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { command } from './change.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: () => Promise.reject(new Error('no files here')),
  };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

describe('tandem change <instrument>', () => {
  it('prints Jacobson–Truax metrics from the cited PHQ-9 constants', async () => {
    const run = capture();
    expect(await command.run(['phq-9', '--before', '18', '--after', '8', '--json'], run.io)).toBe(
      0,
    );
    const printed = JSON.parse(run.stdout()) as {
      category: string;
      jacobsonTruax: { rci: number; thresholdPoints: number };
      cutoffs: { c: number };
      publishedReliableChange: { points: number; direction: string };
    };
    expect(printed.category).toBe('recovered');
    expect(printed.jacobsonTruax.rci).toBeCloseTo(-5.0165, 4);
    expect(printed.jacobsonTruax.thresholdPoints).toBeCloseTo(3.907, 3);
    expect(printed.cutoffs.c).toBeCloseTo(8.945, 3);
    expect(printed.publishedReliableChange).toMatchObject({ points: 6, direction: 'improved' });
  });

  it('reads prorated totals', async () => {
    const run = capture();
    expect(
      await command.run(['phq-9', '--before', '14.625', '--after', '9', '--json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ before: 14.625, change: -5.625 });
  });

  it('names the field for numbers that are malformed or out of range', async () => {
    for (const [argv, message] of [
      [['phq-9', '--before', 'ten', '--after', '8'], '--before must be a number, got "ten"'],
      [['phq-9', '--before', '10', '--after', '28'], '--after must be between 0 and 27, got 28'],
      [['phq-9', '--before', '1e1', '--after', '8'], '--before must be a number, got "1e1"'],
    ] as const) {
      const run = capture();
      expect(await command.run([...argv], run.io)).toBe(1);
      expect(run.stderr()).toBe(`tandem change: ${message}`);
    }
  });

  it('rejects unknown instruments and missing options with the usage text', async () => {
    for (const argv of [
      ['phq-99', '--before', '1', '--after', '2'],
      ['phq-9', '--before', '1'],
      ['phq-9', '--later', '2'],
      [],
    ]) {
      const run = capture();
      expect(await command.run(argv, run.io)).toBe(2);
      expect(run.stderr()).toMatch(/Usage:/);
    }
  });
});

describe('tandem change nhs-tt', () => {
  it('prints the paired outcome', async () => {
    const run = capture();
    expect(
      await command.run(['nhs-tt', '--phq9', '16,8', '--gad7', '12,6', '--json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({
      casenessAtStart: true,
      recovery: true,
      reliableImprovement: true,
      reliableDeterioration: false,
      reliableRecovery: true,
      mixed: false,
      rules: {
        phq9: { caseness: 10, reliableChange: 6 },
        gad7: { caseness: 8, reliableChange: 4 },
        mixedCaseRule: expect.stringMatching(/inferred/) as unknown,
      },
    });
  });

  it('classifies deterioration on one measure with no change on the other as reliable deterioration', async () => {
    const run = capture();
    expect(
      await command.run(['nhs-tt', '--phq9', '12,18', '--gad7', '9,10', '--json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({
      recovery: false,
      reliableImprovement: false,
      reliableDeterioration: true,
      reliableRecovery: false,
    });
  });

  it('shows a mixed case and how it was classified', async () => {
    const run = capture();
    expect(await command.run(['nhs-tt', '--phq9', '18,9', '--gad7', '3,7'], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/reliable improvement: no/);
    expect(run.stdout()).toMatch(/inferred/);
  });

  it('names the measure and score that are wrong', async () => {
    for (const [argv, message] of [
      [
        ['nhs-tt', '--phq9', '16', '--gad7', '12,6'],
        '--phq9 must be FIRST,LAST, e.g. 16,8; got "16"',
      ],
      [['nhs-tt', '--phq9', '16,8', '--gad7', '12,x'], '--gad7 LAST must be a number, got "x"'],
      [
        ['nhs-tt', '--phq9', '30,8', '--gad7', '12,6'],
        '--phq9 FIRST must be between 0 and 27, got 30',
      ],
    ] as const) {
      const run = capture();
      expect(await command.run([...argv], run.io)).toBe(1);
      expect(run.stderr()).toBe(`tandem change: ${message}`);
    }
  });
});
