import type { MeasureSeries } from './measure-types.ts';
import { scoreWithBand } from './progress-wording.ts';
import { RuleInForce } from './RuleInForce.tsx';

/** The lines above a measure's chart: latest score, change since baseline, and "not on track" with its reason. */
export function MeasureSummary({ series }: { series: MeasureSeries }) {
  const latest = series.points[series.points.length - 1];
  return (
    <dl className="definition-list">
      <dt>Latest</dt>
      <dd>{latest ? scoreWithBand(latest.total, series.max, latest.band) : 'No scores yet'}</dd>
      {series.baseline && (
        <>
          <dt>Baseline</dt>
          <dd>{scoreWithBand(series.baseline.total, series.max, null)}</dd>
        </>
      )}
      <dt>Change since baseline</dt>
      <dd>{series.latestChange?.label ?? 'Not enough scores yet'}</dd>
      {series.notOnTrack && (
        <>
          <dt>Progress</dt>
          <dd>
            {series.notOnTrack.status === 'not-on-track' && (
              <span className="flag flag--attention">Not on track</span>
            )}{' '}
            {series.notOnTrack.status === 'on-track' && <span className="flag">On track</span>}{' '}
            {series.notOnTrack.reason}
            <RuleInForce instrumentId={series.instrumentId} />
          </dd>
        </>
      )}
    </dl>
  );
}
