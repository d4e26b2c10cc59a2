import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../definition/types.ts';
import { getInstrument } from '../registry.ts';
import { changeForInstrument } from './instrument-change.ts';
import { NHS_TALKING_THERAPIES_THRESHOLDS } from './nhs-talking-therapies.ts';
import { CHANGE_METRIC_SOURCES } from './sources.ts';

function phq9(): InstrumentDefinition {
  const definition = getInstrument('phq-9');
  if (!definition) throw new Error('PHQ-9 is not registered');
  return definition;
}

describe('changeForInstrument (constants from the definition, INSTRUMENT-FACTS §2, §18)', () => {
  it('PHQ-9 18 → 8: recovered by Jacobson–Truax, and the NHS 6-point threshold is met', () => {
    const result = changeForInstrument(phq9(), 18, 8);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const change = result.value;
    expect(change.category).toBe('recovered');
    expect(change.categoryBasis).toBe('jacobson-truax');
    expect(change.jacobsonTruax?.thresholdPoints).toBeCloseTo(3.907, 3);
    expect(change.cutoffs?.c).toBeCloseTo(8.945, 3);
    expect(change.publishedReliableChange).toMatchObject({ points: 6, direction: 'improved' });
  });

  it('PHQ-9 12 → 8: reliable by Jacobson–Truax (4 > 3.907) but not by the 6-point threshold', () => {
    const result = changeForInstrument(phq9(), 12, 8);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.category).toBe('recovered');
    expect(result.value.publishedReliableChange?.direction).toBe('unchanged');
  });

  it('published threshold boundary: a change of 5 is not reliable, 6 is', () => {
    const five = changeForInstrument(phq9(), 15, 10);
    const six = changeForInstrument(phq9(), 15, 9);
    expect(five.ok && five.value.publishedReliableChange?.direction).toBe('unchanged');
    expect(six.ok && six.value.publishedReliableChange?.direction).toBe('improved');
    const worse = changeForInstrument(phq9(), 9, 15);
    expect(worse.ok && worse.value.publishedReliableChange?.direction).toBe('deteriorated');
  });

  it('falls back to the published threshold when reliability or norms are missing', () => {
    const bare: InstrumentDefinition = {
      ...phq9(),
      change: { reliableChange: { value: 6, source: 'NCT05134103', evidence: 'secondary' } },
    };
    const result = changeForInstrument(bare, 18, 11);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value.jacobsonTruax).toBeNull();
    expect(result.value.cutoffs).toBeNull();
    expect(result.value.category).toBe('improved');
    expect(result.value.categoryBasis).toBe('published-threshold');
    expect(result.value.notes.length).toBeGreaterThan(0);
  });

  it('says nothing when no constants are cited', () => {
    const none: InstrumentDefinition = { ...phq9(), change: {} };
    const result = changeForInstrument(none, 18, 8);
    expect(result.ok && result.value.category).toBeNull();
  });

  it('rejects totals outside the instrument range, naming the field', () => {
    for (const [before, after, field] of [
      [-1, 5, 'before'],
      [5, 28, 'after'],
      ['7', 5, 'before'],
      [5, Number.NaN, 'after'],
    ] as const) {
      const result = changeForInstrument(phq9(), before, after);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual([field]);
    }
  });

  it('accepts both ends of the range', () => {
    expect(changeForInstrument(phq9(), 0, 27).ok).toBe(true);
    expect(changeForInstrument(phq9(), 27, 0).ok).toBe(true);
  });
});

describe('every source a change result cites can be looked up', () => {
  it('formula keys in CHANGE_METRIC_SOURCES, constants in the instrument definition', () => {
    const definition = phq9();
    const known = new Set(
      [...CHANGE_METRIC_SOURCES, ...definition.sources].map((source) => source.key),
    );
    const result = changeForInstrument(definition, 18, 8);
    if (!result.ok) throw new Error('PHQ-9 change');
    const cited = [
      ...(result.value.jacobsonTruax?.sources ?? []),
      result.value.cutoffs?.clinical.source,
      result.value.cutoffs?.normative.source,
      result.value.publishedReliableChange?.source,
    ];
    expect(cited.filter((key) => key === undefined || !known.has(key))).toEqual([]);
    const t = NHS_TALKING_THERAPIES_THRESHOLDS;
    const nhsKeys = [
      t.phq9.casenessSource,
      t.gad7.casenessSource,
      ...t.reliableChangeSources,
      ...t.definitionSources,
    ];
    expect(nhsKeys.filter((key) => !known.has(key))).toEqual([]);
  });
});

describe('published cut-off instead of c (PCL-5: reliable change 15, post ≤ 28, Marx et al. 2022)', () => {
  function pcl5(): InstrumentDefinition {
    const definition = getInstrument('pcl-5');
    if (!definition) throw new Error('PCL-5 is not registered');
    return definition;
  }
  const category = (before: number, after: number) => {
    const result = changeForInstrument(pcl5(), before, after);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return [result.value.category, result.value.recoveryCutoff];
  };

  it('a fall of 15 ending at 28 is recovered; ending at 29 only improved', () => {
    expect(category(43, 28)).toEqual(['recovered', 'published']);
    expect(category(44, 29)).toEqual(['improved', 'published']);
  });

  it('a fall of 14 is not reliable, whatever the end score', () => {
    expect(category(42, 28)).toEqual(['unchanged', 'published']);
  });

  it('starting already at or below 28 is improved, not recovered', () => {
    expect(category(28, 13)).toEqual(['improved', 'published']);
  });

  it('a rise of 15 is deterioration', () => {
    expect(category(20, 35)).toEqual(['deteriorated', 'published']);
  });
});
