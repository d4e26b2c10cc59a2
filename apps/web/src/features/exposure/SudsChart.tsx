import { useId } from 'react';
import type { SudsSeries } from './exposure-chart-data.ts';

const width = 320;
const height = 200;
const pad = { left: 36, right: 12, top: 12, bottom: 32 };
const yTicks = [0, 25, 50, 75, 100];

interface SudsChartProps {
  /** What the chart shows, in a few words (its accessible name). */
  title: string;
  series: readonly SudsSeries[];
  /** A level to mark across the chart (the peak of one practice). */
  level?: { value: number; name: string };
  xLabel: string;
  /** The label of a tick on the x axis. */
  xTick: (x: number) => string;
  xTicks: readonly number[];
}

/**
 * A small SVG line chart of distress (SUDS 0–100). Colours come from the same
 * chart properties as the progress charts (measures.css), so both colour
 * schemes apply; each series also has its own dash and marker, so colour is
 * never the only difference. The same numbers are in a table beside it
 * (SudsTable), which is what a screen reader reads; the chart itself is one
 * image with a name.
 */
export function SudsChart({ title, series, level, xLabel, xTick, xTicks }: SudsChartProps) {
  const titleId = useId();
  const xs = series.flatMap((s) => s.points.map((p) => p.x));
  const xMin = Math.min(...xs, ...xTicks);
  const xMax = Math.max(...xs, ...xTicks);
  const span = xMax - xMin || 1;
  const x = (value: number) => pad.left + ((value - xMin) / span) * (width - pad.left - pad.right);
  const y = (suds: number) => pad.top + ((100 - suds) / 100) * (height - pad.top - pad.bottom);
  return (
    <figure className="suds-chart">
      <svg
        className="suds-chart__svg"
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        {yTicks.map((tick) => (
          <g key={tick}>
            <line
              className="suds-chart__grid"
              x1={pad.left}
              x2={width - pad.right}
              y1={y(tick)}
              y2={y(tick)}
            />
            <text className="suds-chart__tick" x={pad.left - 6} y={y(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text
            key={tick}
            className="suds-chart__tick"
            x={x(tick)}
            y={height - pad.bottom + 14}
            textAnchor="middle"
          >
            {xTick(tick)}
          </text>
        ))}
        <text className="suds-chart__tick" x={width / 2} y={height - 4} textAnchor="middle">
          {xLabel}
        </text>
        {level && (
          <line
            className="suds-chart__level"
            x1={pad.left}
            x2={width - pad.right}
            y1={y(level.value)}
            y2={y(level.value)}
          />
        )}
        {series.map((s) => (
          <g key={s.key} className={`suds-chart__series suds-chart__series--${s.key}`}>
            <polyline
              className="suds-chart__line"
              points={s.points.map((p) => `${x(p.x)},${y(p.suds)}`).join(' ')}
            />
            {s.points.map((p) => (
              <circle
                key={`${p.x}`}
                className="suds-chart__point"
                cx={x(p.x)}
                cy={y(p.suds)}
                r={3.5}
              />
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="suds-chart__key">
        {series.map((s) => (
          <span key={s.key} className={`suds-chart__key-item suds-chart__key-item--${s.key}`}>
            {s.name}
          </span>
        ))}
        {level && (
          <span className="suds-chart__key-item suds-chart__key-item--level">{level.name}</span>
        )}
      </figcaption>
    </figure>
  );
}
