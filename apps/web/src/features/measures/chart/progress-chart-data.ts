import type { Band, BandRef, ChangeRef, ScaleFacts } from '../measure-types.ts';

/** The markers drawn on a point: the change since baseline that the chart calls out. */
export type MarkerKind = 'recovered' | 'improved' | 'deteriorated';

export interface ChartPointInput {
  at: string;
  total: number | null;
  band?: BandRef | null;
  change?: ChangeRef | null;
}

export interface ChartInput extends ScaleFacts {
  points: readonly ChartPointInput[];
  /** Therapist view only: the first score, and the reliable-change distance around it. */
  baseline?: { total: number } | null;
  reliableChange?: number | null;
}

export interface ShadedBand {
  label: string;
  from: number;
  to: number;
  /** 0 for the best band, rising towards the worst: how dark to shade it. */
  severity: number;
}

export interface ChartMarker {
  /** Index into xs/ys. */
  index: number;
  kind: MarkerKind;
}

export interface ChartData {
  /** Seconds since 1970 (uPlot's time unit), oldest first. */
  xs: number[];
  ys: Array<number | null>;
  xRange: [number, number];
  yRange: [number, number];
  bands: ShadedBand[];
  baseline: number | null;
  /** Scores within this range of the baseline are not a reliable change. */
  reliableBand: [number, number] | null;
  markers: ChartMarker[];
}

const day = 24 * 60 * 60;

const markedCategories: Readonly<Record<string, MarkerKind>> = {
  recovered: 'recovered',
  improved: 'improved',
  deteriorated: 'deteriorated',
};

/** The change categories the chart marks; "unchanged" and unknown ones get no marker. */
export function markerKind(change: ChangeRef | null | undefined): MarkerKind | null {
  if (!change || !Object.hasOwn(markedCategories, change.category)) return null;
  return markedCategories[change.category] ?? null;
}

/** Bands from best to worst get rising severity, whichever end of the scale is better. */
function shadedBands(scale: ScaleFacts): ShadedBand[] {
  const sorted = [...scale.bands].sort((a, b) => a.min - b.min);
  const count = sorted.length;
  return sorted.map((band: Band, index) => ({
    label: band.label,
    from: band.min,
    // Integer scores: a band "5–9" covers the space up to the next band's start.
    to: sorted[index + 1]?.min ?? band.max,
    severity: scale.betterDirection === 'lower' ? index : count - 1 - index,
  }));
}

/**
 * Shapes a measure's scores for the progress chart: time on x, the score on
 * y within the measure's full range, bands shaded by severity, the baseline
 * and the band of reliable change around it, and markers for reliable
 * improvement, deterioration and recovery.
 *
 * @example chartData({ min: 0, max: 27, betterDirection: 'lower', bands: [], points: [{ at: '2026-01-05T09:00:00Z', total: 12 }] }).ys // [12]
 */
export function chartData(input: ChartInput): ChartData {
  const points = [...input.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const xs = points.map((point) => Math.round(Date.parse(point.at) / 1000));
  const ys = points.map((point) => point.total);
  const first = xs[0] ?? 0;
  const last = xs[xs.length - 1] ?? first;
  // One point, or several on one day: give the time axis some width around them.
  const xRange: [number, number] =
    last - first < day ? [first - 3 * day, last + 3 * day] : [first, last];
  const baseline = input.baseline?.total ?? null;
  const rc = input.reliableChange ?? null;
  const reliableBand: [number, number] | null =
    baseline === null || rc === null
      ? null
      : [Math.max(input.min, baseline - rc), Math.min(input.max, baseline + rc)];
  const markers: ChartMarker[] = [];
  points.forEach((point, index) => {
    const kind = point.total === null ? null : markerKind(point.change);
    if (kind !== null) markers.push({ index, kind });
  });
  return {
    xs,
    ys,
    xRange,
    yRange: [input.min, input.max],
    bands: shadedBands(input),
    baseline,
    reliableBand,
    markers,
  };
}
