import { useId, useState } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { useNotOnTrackRules, type NotOnTrackRuleView } from '../measures/not-on-track-rules-api.ts';
import { NotOnTrackRuleForm } from './NotOnTrackRuleForm.tsx';
import { evidenceText } from './not-on-track-form.ts';

const parameterWords: Record<string, string> = {
  'reliableDeterioration.points': 'Reliable deterioration',
  caseness: 'Clinical range',
  'earlyNonResponse.fromWeek': 'Early review week',
  'earlyNonResponse.minimumImprovement': 'Smallest improvement that counts',
  'inadequateResponse.minimumReductionPercent': 'Response',
  'inadequateResponse.fromWeek': 'Late review week',
  'cutPoints.points': 'Scores that stay high',
  minimumFollowUps: 'Follow-up scores needed',
};

/**
 * The admin's "not on track" settings: per measure, the rule in force in
 * words, the default with where each value comes from, and the form.
 */
export function NotOnTrackSection() {
  const headingId = useId();
  const rules = useNotOnTrackRules();
  const [notice, setNotice] = useState('');
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>When a client is “not on track”</h2>
      <p>
        Tandem flags a client on the caseload when their scores on a measure are not improving as
        expected. The default rule is built only from published figures; you can change its values
        for this practice. A change is applied to every client’s standing within a minute or two,
        and the care team is told about clients who become not on track.
      </p>
      <StatusMessage>{notice}</StatusMessage>
      {rules.isPending && <LoadingState />}
      {rules.isError && <QueryError error={rules.error} onRetry={() => void rules.refetch()} />}
      {rules.data?.rules.map((view) => (
        <RuleCard key={view.instrumentId} view={view} onSaved={setNotice} />
      ))}
    </section>
  );
}

function RuleCard({
  view,
  onSaved,
}: {
  view: NotOnTrackRuleView;
  onSaved: (message: string) => void;
}) {
  const headingId = useId();
  return (
    <section className="rule-card" aria-labelledby={headingId}>
      <h3 id={headingId}>{view.title}</h3>
      <p>
        <strong>
          In force: {view.practiceRule === null ? 'the default rule' : 'this practice’s own values'}
        </strong>
      </p>
      <ul>
        {view.inForceSummary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <details className="rule-card__sources">
        <summary>The default for {view.shortTitle} and where it comes from</summary>
        <ul>
          {view.defaultSummary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <dl className="definition-list">
          {view.citations.map((citation) => (
            <div key={citation.parameter} className="rule-card__citation">
              <dt>{parameterWords[citation.parameter] ?? citation.parameter}</dt>
              <dd>
                <p>
                  {citation.note} ({evidenceText(citation.evidence)})
                </p>
                <ul>
                  {citation.sources.map((source) => (
                    <li key={source.key}>
                      {source.url ? <a href={source.url}>{source.citation}</a> : source.citation}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ))}
        </dl>
      </details>
      <NotOnTrackRuleForm key={JSON.stringify(view.inForce)} view={view} onSaved={onSaved} />
    </section>
  );
}
