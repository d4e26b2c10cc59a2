// One data-driven runner over every instrument's golden case file. The
// expectations in those files were written from the published sources named
// in each file, not computed by this package.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition, ScaleDefinition, ScoreResult } from '../definition/types.ts';
import { getInstrument, listInstruments } from '../registry.ts';
import type { GoldenCase, GoldenFile } from './golden-case.ts';
import { scoreResponse } from './score-response.ts';

const instrumentsDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'instruments');

function loadGoldenFiles(): GoldenFile[] {
  return readdirSync(instrumentsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const path = join(instrumentsDir, entry.name, 'golden.json');
      try {
        return [JSON.parse(readFileSync(path, 'utf8')) as GoldenFile];
      } catch {
        return [];
      }
    });
}

const goldenFiles = loadGoldenFiles();

function checkCase(result: ScoreResult, golden: GoldenCase): void {
  const want = golden.expect;
  if (want.valid !== undefined) expect(result.valid).toBe(want.valid);
  if (want.total !== undefined) expect(result.total).toBe(want.total);
  if (want.band !== undefined) expect(result.band?.id ?? null).toBe(want.band);
  if (want.prorated !== undefined) expect(result.prorated).toBe(want.prorated);
  if (want.reason !== undefined) expect(result.reason).toBe(want.reason);
  if (want.reasonIncludes !== undefined) expect(result.reason).toContain(want.reasonIncludes);
  if (want.caseness !== undefined) expect(result.caseness).toBe(want.caseness);
  if (want.critical !== undefined) expect(result.critical).toEqual(want.critical);
  if (want.missing !== undefined) expect(result.missing).toEqual(want.missing);
  for (const [id, scale] of Object.entries(want.subscales ?? {})) {
    expect(result.subscales[id]?.total, `subscale ${id}`).toBe(scale.total);
    if (scale.band !== undefined) {
      expect(result.subscales[id]?.band?.id ?? null, `subscale ${id} band`).toBe(scale.band);
    }
  }
  for (const [id, value] of Object.entries(want.indications ?? {})) {
    expect(result.indications[id], `indication ${id}`).toBe(value);
  }
}

describe('golden cases', () => {
  it('exist for every built-in instrument and cite their source', () => {
    const covered = goldenFiles.map((file) => file.instrument).sort();
    expect(covered).toEqual(
      listInstruments()
        .map((definition) => definition.id)
        .sort(),
    );
    for (const file of goldenFiles) expect(file.source.length).toBeGreaterThan(20);
  });

  for (const file of goldenFiles) {
    describe(file.instrument, () => {
      const definition = getInstrument(file.instrument);
      it.each(file.cases.map((golden) => [golden.name, golden] as const))('%s', (_, golden) => {
        if (definition === undefined) throw new Error(`unknown instrument ${file.instrument}`);
        checkCase(scoreResponse(definition, golden.answers, golden.context), golden);
      });
      if (definition !== undefined) checkCoverage(definition, file);
    });
  }
});

/** Totals a golden file pins for a scale (only valid, asserted totals count). */
function pinnedTotals(file: GoldenFile, scale: ScaleDefinition): number[] {
  return file.cases.flatMap((golden) => {
    const value =
      scale.id === 'total' ? golden.expect.total : golden.expect.subscales?.[scale.id]?.total;
    return typeof value === 'number' ? [value] : [];
  });
}

function reachable(scale: ScaleDefinition, definition: InstrumentDefinition): number[] {
  const steps = new Set<number>([0]);
  for (const id of scale.items) {
    const item = definition.items.find((candidate) => candidate.id === id);
    const options = item?.options.map((option) => option.value) ?? [];
    const scores = options.map((value) =>
      item?.reverse ? Math.min(...options) + Math.max(...options) - value : value,
    );
    const next = new Set<number>();
    for (const sum of steps) for (const score of scores) next.add(sum + score);
    steps.clear();
    for (const sum of next) steps.add(sum);
  }
  return [...steps].map((sum) => sum * scale.multiplier).sort((a, b) => a - b);
}

/** The case file must pin both sides of every band boundary and every rule. */
function checkCoverage(definition: InstrumentDefinition, file: GoldenFile): void {
  it('covers both sides of every band boundary, minimum and maximum', () => {
    for (const scale of [definition.total, ...definition.subscales]) {
      const pinned = pinnedTotals(file, scale);
      const values = reachable(scale, definition);
      if (scale.id === 'total') {
        expect(pinned, 'all-minimum total').toContain(scale.min);
        expect(pinned, 'all-maximum total').toContain(scale.max);
      }
      for (const band of scale.bands.slice(1)) {
        const below = values.filter((value) => value < band.min).at(-1);
        const at = values.find((value) => value >= band.min);
        expect(pinned, `${scale.id} just below ${band.id}`).toContain(below);
        expect(pinned, `${scale.id} at ${band.id}`).toContain(at);
      }
    }
  });

  it('covers each critical item, the missing-item rule and an unscorable response', () => {
    for (const rule of definition.criticalItems) {
      const positive = file.cases.some((golden) => golden.expect.critical?.includes(rule.itemId));
      expect(positive, `critical item ${rule.itemId}`).toBe(true);
    }
    if (definition.missingItems.kind === 'mean-substitution') {
      expect(file.cases.some((golden) => golden.expect.prorated === true)).toBe(true);
    }
    const unscorable = file.cases.some(
      (golden) => golden.expect.valid === false && golden.expect.reasonIncludes !== undefined,
    );
    expect(unscorable, 'a not-scorable case with its reason').toBe(true);
  });
}
