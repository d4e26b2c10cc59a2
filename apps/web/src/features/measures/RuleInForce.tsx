import { useNotOnTrackRules } from './not-on-track-rules-api.ts';

/**
 * Beside a "not on track" standing on the therapist's client page: the
 * practice's rule for this measure in words, so the flag can be judged, not
 * only obeyed. Nothing when the measure has no rule.
 */
export function RuleInForce({ instrumentId }: { instrumentId: string }) {
  const rules = useNotOnTrackRules();
  const view = rules.data?.rules.find((rule) => rule.instrumentId === instrumentId);
  if (!view) return null;
  return (
    <details className="rule-card__sources">
      <summary>How “not on track” is decided for {view.shortTitle}</summary>
      <p>
        {view.practiceRule === null
          ? 'The default rule, built from published figures:'
          : 'Your practice’s own values:'}
      </p>
      <ul>
        {view.inForceSummary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
