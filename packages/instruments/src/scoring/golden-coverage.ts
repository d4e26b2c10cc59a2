// What every golden case file must pin, checked against the definition, so a
// new band, cut-off, reverse item or rule cannot ship without its golden
// cases. Used only by golden.test.ts.
import { expect, it } from 'vitest';
import type {
  InstrumentDefinition,
  ItemDefinition,
  ScaleDefinition,
  Threshold,
} from '../definition/types.ts';
import type { GoldenCase, GoldenFile } from './golden-case.ts';
import { itemScore } from './item-score.ts';

/** The scale's value a case asserts, with whether it also asserts the band. */
function pinned(
  golden: GoldenCase,
  scale: ScaleDefinition,
): { value: number; band: boolean } | null {
  if (scale.id === 'total') {
    const value = golden.expect.total;
    return typeof value === 'number' ? { value, band: golden.expect.band !== undefined } : null;
  }
  const entry = golden.expect.subscales?.[scale.id];
  return typeof entry?.total === 'number'
    ? { value: entry.total, band: entry.band !== undefined }
    : null;
}

/** Every value the scale can take on a complete response, ascending. */
function reachable(scale: ScaleDefinition, definition: InstrumentDefinition): number[] {
  let sums = new Set<number>([0]);
  for (const id of scale.items) {
    const item = definition.items.find((candidate) => candidate.id === id) as ItemDefinition;
    const scores = item.options.map((option) => itemScore(item, option.value));
    const next = new Set<number>();
    for (const sum of sums) for (const score of scores) next.add(sum + score);
    sums = next;
  }
  return [...sums].map((sum) => sum * scale.multiplier).sort((a, b) => a - b);
}

/** The reachable values just inside and just outside a cut-off. */
function sides(
  values: readonly number[],
  threshold: Threshold,
): { inside: number; outside: number } {
  const below = (limit: number) => values.filter((value) => value < limit).at(-1) ?? NaN;
  const atOrAbove = (limit: number) => values.find((value) => value >= limit) ?? NaN;
  const atOrBelow = (limit: number) => values.filter((value) => value <= limit).at(-1) ?? NaN;
  const above = (limit: number) => values.find((value) => value > limit) ?? NaN;
  switch (threshold.comparator) {
    case 'atLeast':
      return { inside: atOrAbove(threshold.value), outside: below(threshold.value) };
    case 'atMost':
      return { inside: atOrBelow(threshold.value), outside: above(threshold.value) };
    case 'below':
      return { inside: below(threshold.value), outside: atOrAbove(threshold.value) };
  }
}

function scaleOf(definition: InstrumentDefinition, id: string): ScaleDefinition {
  const scale = [definition.total, ...definition.subscales].find((entry) => entry.id === id);
  if (scale === undefined) throw new Error(`${definition.id}: no scale ${id}`);
  return scale;
}

/** Both sides of a cut-off pinned: a case at each side asserting the flag. */
function expectBothSides(
  definition: InstrumentDefinition,
  file: GoldenFile,
  threshold: Threshold,
  flag: (golden: GoldenCase) => boolean | null | undefined,
  label: string,
): void {
  const scale = scaleOf(definition, threshold.scale);
  const { inside, outside } = sides(reachable(scale, definition), threshold);
  const has = (value: number, wanted: boolean) =>
    file.cases.some((golden) => pinned(golden, scale)?.value === value && flag(golden) === wanted);
  expect(has(inside, true), `${label}: a case at ${inside} asserting true`).toBe(true);
  expect(has(outside, false), `${label}: a case at ${outside} asserting false`).toBe(true);
}

function answeredIds(golden: GoldenCase): string[] {
  return Object.entries(golden.answers).flatMap(([id, value]) => (value === null ? [] : [id]));
}

export function checkCoverage(definition: InstrumentDefinition, file: GoldenFile): void {
  const scored = definition.items.filter((item) => item.scored);

  it('covers both sides of every band boundary (band asserted), minimum and maximum', () => {
    for (const scale of [definition.total, ...definition.subscales]) {
      const pins = file.cases.flatMap((golden) => pinned(golden, scale) ?? []);
      const withBand = pins.filter((pin) => pin.band).map((pin) => pin.value);
      const values = reachable(scale, definition);
      if (scale.id === 'total') {
        expect(
          pins.map((pin) => pin.value),
          'all-minimum total',
        ).toContain(scale.min);
        expect(
          pins.map((pin) => pin.value),
          'all-maximum total',
        ).toContain(scale.max);
      }
      for (const band of scale.bands.slice(1)) {
        const below = values.filter((value) => value < band.min).at(-1);
        const at = values.find((value) => value >= band.min);
        expect(withBand, `${scale.id} just below ${band.id}`).toContain(below);
        expect(withBand, `${scale.id} at ${band.id}`).toContain(at);
      }
    }
  });

  it('covers both sides of the caseness cut-off and of every threshold indication', () => {
    const rule = definition.caseness;
    if (rule?.kind === 'threshold') {
      expectBothSides(
        definition,
        file,
        rule.threshold,
        (golden) => golden.expect.caseness,
        'caseness',
      );
    }
    if (rule?.kind === 'by-sex') {
      for (const sex of ['female', 'male'] as const) {
        expectBothSides(
          definition,
          file,
          rule.thresholds[sex],
          (golden) => (golden.context?.sex === sex ? golden.expect.caseness : undefined),
          `caseness (${sex})`,
        );
      }
    }
    for (const indication of definition.indications) {
      const flag = (golden: GoldenCase) => golden.expect.indications?.[indication.id];
      if (indication.kind === 'threshold') {
        expectBothSides(definition, file, indication.threshold, flag, indication.id);
      } else {
        expect(
          file.cases.some((golden) => flag(golden) === true),
          `${indication.id} met`,
        ).toBe(true);
        expect(
          file.cases.some((golden) => flag(golden) === false),
          `${indication.id} not met`,
        ).toBe(true);
      }
    }
  });

  it('isolates each reverse item: answered at its lowest option, every other item scoring its minimum', () => {
    for (const item of scored.filter((candidate) => candidate.reverse)) {
      const isolated = file.cases.some((golden) => {
        if (typeof golden.expect.total !== 'number') return false;
        return scored.every((other) => {
          const value = golden.answers[other.id];
          if (value === null || value === undefined) return false;
          // The item itself at its lowest option, which a reverse item scores highest.
          if (other.id === item.id) {
            return value === Math.min(...item.options.map((option) => option.value));
          }
          const lowest = Math.min(...other.options.map((option) => itemScore(other, option.value)));
          return itemScore(other, value) === lowest;
        });
      });
      expect(isolated, `reverse item ${item.id} isolated`).toBe(true);
    }
  });

  it('covers each critical item, answered positively and just below its level', () => {
    for (const rule of definition.criticalItems) {
      const flagged = file.cases.some((golden) => golden.expect.critical?.includes(rule.itemId));
      const below = file.cases.some(
        (golden) =>
          golden.answers[rule.itemId] === rule.atLeast - 1 &&
          golden.expect.critical !== undefined &&
          !golden.expect.critical.includes(rule.itemId),
      );
      expect(flagged, `critical item ${rule.itemId} flagged`).toBe(true);
      expect(
        below,
        `critical item ${rule.itemId} answered below ${rule.atLeast}, not flagged`,
      ).toBe(true);
    }
  });

  it('covers each missing-item case and an unscorable response with its reason', () => {
    const missingCount = (golden: GoldenCase) =>
      definition.total.items.filter((id) => !answeredIds(golden).includes(id)).length;
    const rule = definition.missingItems;
    const allowed = rule.kind === 'mean-substitution' ? rule.maxMissing : 0;
    for (let count = 1; count <= allowed; count++) {
      const prorated = file.cases.some(
        (golden) =>
          missingCount(golden) === count &&
          golden.expect.prorated === true &&
          typeof golden.expect.total === 'number',
      );
      expect(prorated, `${count} missing: prorated`).toBe(true);
    }
    const refused = file.cases.some(
      (golden) =>
        missingCount(golden) === allowed + 1 &&
        golden.expect.valid === false &&
        golden.expect.reasonIncludes !== undefined,
    );
    expect(refused, `${allowed + 1} missing: not scorable, with the reason`).toBe(true);
  });
}
