import type { ApiAnswer } from '../../shared/api/api-paths.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';

type Item = ApiAnswer<'get', '/api/clients/{id}/timeline'>['items'][number];
type ExposureItem = Extract<Item, { type: 'exposure-practice' }>;

/** One shared exposure practice (a timeline item of type 'exposure-practice'). */
export function ExposurePracticeTimelineItem({ item }: { item: ExposureItem }) {
  const { practice, step } = item;
  return (
    <li className="entry-card">
      <h3 className="entry-card__title">
        Exposure practice, {formatDateTime(practice.practicedAt)}
      </h3>
      {step && (
        <p>
          {step.hierarchyName}: {step.situation} (expected {step.predictedSuds})
        </p>
      )}
      <p>
        Distress {practice.sudsBefore} before, {practice.sudsPeak} at the peak, {practice.sudsAfter}{' '}
        after, over {practice.minutes} minutes.
        {practice.outcomeCameTrue !== null &&
          ` The feared outcome came true ${practice.outcomeCameTrue} out of 100.`}
      </p>
      {practice.predicted && <p>Expected: {practice.predicted}</p>}
      {practice.happened && <p>Happened: {practice.happened}</p>}
      {practice.safetyBehaviours && <p>Safety behaviours: {practice.safetyBehaviours}</p>}
    </li>
  );
}
