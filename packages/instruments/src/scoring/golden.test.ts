// One data-driven runner over every instrument's golden case file. The
// expectations in those files were written from the published sources named
// in each file, not computed by this package.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { ScoreResult } from '../definition/types.ts';
import { getInstrument, listInstruments } from '../registry.ts';
import type { GoldenCase, GoldenFile } from './golden-case.ts';
import { checkCoverage } from './golden-coverage.ts';
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
