import {
  changeForInstrument,
  nhsTalkingTherapiesOutcome,
  type BandRef,
  type ChangeCategory,
  type InstrumentDefinition,
  type NhsTalkingTherapiesOutcome,
} from '@tandem/instruments';
import { answersOf } from './questionnaire-response.ts';
import type { StoredResponse } from './responses.repo.ts';
import { bandOf } from './result-meaning.ts';

export interface ChangeLabel {
  category: ChangeCategory;
  label: string;
}

export interface SeriesPoint {
  responseId: string;
  at: Date;
  total: number | null;
  band: BandRef | null;
  prorated: boolean;
  critical: string[];
  change: ChangeLabel | null;
}

export interface MeasureSeries {
  instrumentId: string;
  title: string;
  shortTitle: string;
  min: number;
  max: number;
  betterDirection: 'lower' | 'higher';
  bands: { id: string; label: string; min: number; max: number }[];
  /**
   * 'none' for a practice instrument totalled by its own scoring: totals
   * only, no bands, change categories or "not on track" (nothing published).
   */
  thresholds: 'published' | 'none';
  /** Points of change that count as reliable (Jacobson–Truax, else the published threshold). */
  reliableChange: number | null;
  clinicalCutoff: number | null;
  baseline: { total: number; at: Date } | null;
  points: SeriesPoint[];
  latestChange: ChangeLabel | null;
  /** Filled in from the client's standing (measure_status); null until known. */
  notOnTrack: { status: 'on-track' | 'not-on-track' | 'not-enough-data'; reason: string } | null;
  items: {
    id: string;
    text: string;
    values: { responseId: string; at: Date; value: number | null }[];
  }[];
}

const categoryLabels: Record<ChangeCategory, string> = {
  recovered: 'Reliable recovery',
  improved: 'Reliable improvement',
  unchanged: 'No reliable change',
  deteriorated: 'Reliable deterioration',
};

export function changeLabel(category: ChangeCategory): ChangeLabel {
  return { category, label: categoryLabels[category] };
}

/** Change from the baseline to `total`, as the library classifies it; null when not computable. */
export function changeSince(
  definition: InstrumentDefinition,
  baseline: number,
  total: number,
): ChangeLabel | null {
  const result = changeForInstrument(definition, baseline, total);
  return result.ok && result.value.category !== null ? changeLabel(result.value.category) : null;
}

function thresholds(definition: InstrumentDefinition, baseline: number | null) {
  const probe = changeForInstrument(
    definition,
    baseline ?? definition.total.min,
    baseline ?? definition.total.min,
  );
  if (!probe.ok) return { reliableChange: null, clinicalCutoff: null };
  const value = probe.value;
  return {
    reliableChange:
      value.jacobsonTruax?.thresholdPoints ?? value.publishedReliableChange?.points ?? null,
    clinicalCutoff: value.cutoffs?.c ?? value.publishedCutoff?.value ?? null,
  };
}

/**
 * One measure's story for the client page: every response in time order,
 * the baseline (the first scored one), each later score's change since it,
 * the bands to shade, and each item over time. `answered` carries the
 * answers when the item-level view is wanted.
 */
export function measureSeries(
  definition: InstrumentDefinition,
  responses: readonly (StoredResponse & { response?: unknown })[],
): MeasureSeries {
  const first = responses.find((response) => response.total !== null);
  const baseline =
    first && first.total !== null ? { total: first.total, at: first.submittedAt } : null;
  const points = responses.map((response) => ({
    responseId: response.id,
    at: response.submittedAt,
    total: response.total,
    band: bandOf(definition, response.band),
    prorated: response.prorated,
    critical: response.critical,
    change:
      baseline && response.total !== null && response !== first
        ? changeSince(definition, baseline.total, response.total)
        : null,
  }));
  const latest = [...points].reverse().find((point) => point.total !== null);
  const answerSets = responses.map((response) =>
    response.response === undefined ? null : answersOf(response.response),
  );
  return {
    instrumentId: definition.id,
    title: definition.title,
    shortTitle: definition.shortTitle,
    min: definition.total.min,
    max: definition.total.max,
    betterDirection: definition.betterDirection,
    bands: definition.total.bands.map((band) => ({ ...band })),
    thresholds: 'published',
    ...thresholds(definition, baseline?.total ?? null),
    baseline,
    points,
    latestChange: latest?.change ?? null,
    notOnTrack: null,
    items: answerSets.every((set) => set === null)
      ? []
      : definition.items.map((item) => ({
          id: item.id,
          text: item.text,
          values: responses.map((response, index) => ({
            responseId: response.id,
            at: response.submittedAt,
            value: answerSets[index]?.[item.id] ?? null,
          })),
        })),
  };
}

export interface TalkingTherapiesView {
  phq9: { baseline: number; latest: number };
  gad7: { baseline: number; latest: number };
  outcome: Pick<
    NhsTalkingTherapiesOutcome,
    'recovery' | 'reliableImprovement' | 'reliableDeterioration' | 'reliableRecovery'
  > & { label: string };
}

/** The NHS Talking Therapies paired outcome, when both PHQ-9 and GAD-7 have a baseline and a later score. */
export function talkingTherapies(series: readonly MeasureSeries[]): TalkingTherapiesView | null {
  const pair = (id: string) => {
    const found = series.find((s) => s.instrumentId === id);
    const scored = found?.points.filter((p) => p.total !== null) ?? [];
    const last = scored.at(-1);
    if (!found?.baseline || scored.length < 2 || !last || last.total === null) return null;
    return { baseline: found.baseline.total, latest: last.total };
  };
  const phq9 = pair('phq-9');
  const gad7 = pair('gad-7');
  if (!phq9 || !gad7) return null;
  const result = nhsTalkingTherapiesOutcome({
    phq9: { first: phq9.baseline, last: phq9.latest },
    gad7: { first: gad7.baseline, last: gad7.latest },
  });
  if (!result.ok) return null;
  const o = result.value;
  const label = o.reliableRecovery
    ? 'Reliable recovery'
    : o.reliableDeterioration
      ? 'Reliable deterioration'
      : o.reliableImprovement
        ? 'Reliable improvement'
        : o.recovery === null
          ? 'Below caseness at the start: recovery does not apply'
          : 'No reliable change';
  return {
    phq9,
    gad7,
    outcome: {
      recovery: o.recovery,
      reliableImprovement: o.reliableImprovement,
      reliableDeterioration: o.reliableDeterioration,
      reliableRecovery: o.reliableRecovery,
      label,
    },
  };
}
