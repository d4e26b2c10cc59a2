import { useId } from 'react';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useClientSkillsSummary } from './skills-api.ts';
import { SkillsSummary } from './SkillsSummary.tsx';
import './skills.css';

/** For the care team: which skills help the client most, from the practices they shared. */
export function ClientSkillsSection({ clientId }: { clientId: string }) {
  const headingId = useId();
  const summary = useClientSkillsSummary(clientId);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Skills that help</h2>
      <p>From the skill practices the client shared: the mean drop in distress (0–100).</p>
      {summary.isPending && <LoadingState />}
      {summary.isError && (
        <QueryError error={summary.error} onRetry={() => void summary.refetch()} />
      )}
      {summary.data && (
        <SkillsSummary summary={summary.data} empty="No skill practices shared yet." />
      )}
    </section>
  );
}
