import type { ReactNode } from 'react';
import { formatScore, markerWording } from '../progress-wording.ts';
import type { ChartData, MarkerKind } from './progress-chart-data.ts';

const markerShapes = {
  improved: <polygon points="6,1 11,10 1,10" />,
  recovered: <polygon points="6,0 11,6 6,12 1,6" />,
  deteriorated: <rect x="1.5" y="1.5" width="9" height="9" />,
} as const satisfies Record<MarkerKind, ReactNode>;

function Swatch({ className, children }: { className: string; children?: ReactNode }) {
  return (
    <svg className={`chart-key__swatch ${className}`} viewBox="0 0 12 12" aria-hidden="true">
      {children ?? <rect x="0" y="0" width="12" height="12" />}
    </svg>
  );
}

interface ChartKeyProps {
  data: ChartData;
  /** Points: the reliable-change distance around the baseline, when known. */
  reliableChange?: number | null;
}

/** What the lines, shading and shapes in the chart mean, for those who see the chart. */
export function ChartKey({ data, reliableChange }: ChartKeyProps) {
  const kinds = [...new Set(data.markers.map((marker) => marker.kind))];
  return (
    <ul className="chart-key" aria-label="Chart key">
      <li>
        <Swatch className="chart-key__swatch--line">
          <line x1="0" y1="6" x2="12" y2="6" />
        </Swatch>
        <span>Score</span>
      </li>
      {data.bands.length > 0 && (
        <li>
          <Swatch className="chart-key__swatch--bands" />
          <span>Shading: severity ranges, darker is more severe</span>
        </li>
      )}
      {data.baseline !== null && (
        <li>
          <Swatch className="chart-key__swatch--baseline">
            <line x1="0" y1="6" x2="12" y2="6" />
          </Swatch>
          <span>Baseline (first score)</span>
        </li>
      )}
      {data.reliableBand !== null && (
        <li>
          <Swatch className="chart-key__swatch--reliable" />
          <span>
            {reliableChange == null
              ? 'Around the baseline'
              : `Within ${formatScore(reliableChange)} points of the baseline`}
            : no reliable change
          </span>
        </li>
      )}
      {kinds.map((kind) => (
        <li key={kind}>
          <Swatch className={`chart-key__swatch--${kind}`}>{markerShapes[kind]}</Swatch>
          <span>{markerWording[kind]}</span>
        </li>
      ))}
    </ul>
  );
}
