// Structural checks on every built-in definition, so that a typo in a new
// instrument file fails here with a clear message rather than at scoring time.
import { describe, expect, it } from 'vitest';
import { getInstrument, listInstruments } from '../registry.ts';

describe.each(listInstruments().map((definition) => [definition.id, definition] as const))(
  '%s definition',
  (_, definition) => {
    const itemIds = definition.items.map((item) => item.id);
    const scales = [definition.total, ...definition.subscales];

    it('has unique numeric item ids in published order', () => {
      expect(new Set(itemIds).size).toBe(itemIds.length);
      expect(itemIds).toEqual(itemIds.map((_, index) => String(index + 1)));
    });

    it('has items with text and distinct integer option values', () => {
      for (const item of definition.items) {
        expect(item.text.trim().length).toBeGreaterThan(0);
        const values = item.options.map((option) => option.value);
        expect(new Set(values).size).toBe(values.length);
        for (const value of values) expect(Number.isInteger(value)).toBe(true);
        for (const option of item.options) expect(option.label.trim().length).toBeGreaterThan(0);
      }
    });

    it('scales refer to scored items only, and the total covers every scored item', () => {
      const scored = definition.items.filter((item) => item.scored).map((item) => item.id);
      expect([...definition.total.items].sort()).toEqual([...scored].sort());
      for (const scale of scales) {
        for (const id of scale.items) expect(scored).toContain(id);
      }
      expect(new Set(scales.map((scale) => scale.id)).size).toBe(scales.length);
    });

    it('bands are contiguous, ascending and span the scale', () => {
      for (const scale of scales) {
        if (scale.bands.length === 0) continue;
        expect(scale.bands[0]?.min).toBe(scale.min);
        expect(scale.bands.at(-1)?.max).toBe(scale.max);
        scale.bands.slice(1).forEach((band, index) => {
          expect(band.min, `${scale.id} ${band.id}`).toBe((scale.bands[index]?.max ?? NaN) + 1);
        });
        expect(new Set(scale.bands.map((band) => band.id)).size).toBe(scale.bands.length);
      }
    });

    it('rules point at real items and scales', () => {
      const scaleIds = scales.map((scale) => scale.id);
      for (const rule of definition.criticalItems) expect(itemIds).toContain(rule.itemId);
      const caseness = definition.caseness;
      if (caseness?.kind === 'threshold') expect(scaleIds).toContain(caseness.threshold.scale);
      if (caseness?.kind === 'by-sex') {
        expect(scaleIds).toContain(caseness.thresholds.female.scale);
        expect(scaleIds).toContain(caseness.thresholds.male.scale);
      }
      for (const rule of definition.indications) {
        if (rule.kind === 'threshold') expect(scaleIds).toContain(rule.threshold.scale);
        else for (const cluster of rule.clusters) expect(scaleIds).toContain(cluster.scale);
      }
    });

    it('cites every source key it uses', () => {
      const keys = definition.sources.map((source) => source.key);
      const used = [
        ...scales.flatMap((scale) => (scale.source === undefined ? [] : [scale.source])),
        ...(definition.caseness === null ? [] : [definition.caseness.source]),
        ...definition.indications.map((rule) => rule.source),
        ...(definition.missingItems.source === undefined ? [] : [definition.missingItems.source]),
        ...Object.values(definition.change).map((value: { source: string }) => value.source),
        ...(definition.secondaryLoinc ?? []).map((entry) => entry.source),
      ];
      for (const key of used) expect(keys, `source ${key}`).toContain(key);
    });

    it('never ships a secondary LOINC code as a code, and says why each is held back', () => {
      const shipped = [
        definition.loinc?.panel,
        definition.loinc?.total,
        ...definition.items.map((item) => item.loinc),
      ].filter((code) => code !== undefined);
      for (const entry of definition.secondaryLoinc ?? []) {
        expect(shipped).not.toContain(entry.code);
        expect(['panel', 'total', ...itemIds]).toContain(entry.codes);
        expect(entry.why.length).toBeGreaterThan(10);
      }
    });

    it('is enabled by default only when its licence is free or public domain', () => {
      const free = ['free', 'public-domain', 'cc-by-nd-4.0'].includes(definition.licence.kind);
      expect(definition.enabledByDefault).toBe(free);
      expect(definition.licence.text.length).toBeGreaterThan(0);
      expect(definition.licence.attribution.length).toBeGreaterThan(0);
    });
  },
);

describe('registry', () => {
  it('lists the 13 built-in instruments under their stable ids', () => {
    expect(listInstruments().map((definition) => definition.id)).toEqual([
      'phq-9',
      'phq-2',
      'gad-7',
      'gad-2',
      'pcl-5',
      'audit-c',
      'core-10',
      'who-5',
      'dass-21',
      'pss-10',
      'rses',
      'audit',
      'k10',
    ]);
  });

  it('finds an instrument by id and answers undefined for an unknown id', () => {
    expect(getInstrument('gad-7')?.shortTitle).toBe('GAD-7');
    expect(getInstrument('GAD-7')).toBeUndefined();
  });
});
