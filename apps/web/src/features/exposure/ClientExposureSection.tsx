import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useApi } from '../../shared/api/api-context.ts';
import { formatDate } from '../../shared/format/format-date.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { useClientMeasures } from '../measures/therapist-measures-api.ts';
import {
  clientHierarchiesKey,
  useClientExposurePractices,
  useClientHierarchies,
  type ExposurePractice,
  saveOf,
  type Hierarchy,
  type HierarchySave,
} from './exposure-api.ts';
import { HierarchyCard } from './HierarchyCard.tsx';
import { SetAsideHierarchies } from './SetAsideHierarchies.tsx';
import { AcrossRepetitionsChart } from './PracticeCharts.tsx';
import './exposure.css';

/** The PCL-5's id in the instrument library (packages/instruments/src/instruments/pcl-5). */
const PCL5 = 'pcl-5';

/** The latest PCL-5 total and band, from the client's measures, when they have one. */
function LatestPcl5({ clientId }: { clientId: string }) {
  const measures = useClientMeasures(clientId);
  const series = measures.data?.measures.find((s) => s.instrumentId === PCL5);
  const latest = series?.points.filter((p) => p.total !== null).at(-1);
  if (!series || !latest) return null;
  return (
    <p>
      Latest PCL-5: {latest.total} of {series.max}
      {latest.band ? `, ${latest.band.label}` : ''} ({formatDate(latest.at)}).
    </p>
  );
}

/**
 * For the care team: the client's exposure hierarchies (the therapist edits
 * them with the client; a supervisor reads), the practices the client shared,
 * step by step, and the latest PCL-5 beside them. Private practices never
 * arrive here.
 */
export function ClientExposureSection({
  clientId,
  readOnly,
}: {
  clientId: string;
  readOnly: boolean;
}) {
  const api = useApi();
  const queryClient = useQueryClient();
  const headingId = useId();
  const hierarchies = useClientHierarchies(clientId);
  const practices = useClientExposurePractices(clientId);
  const shared = practices.data?.practices ?? [];
  const ofStep = (stepId: string): ExposurePractice[] =>
    shared.filter((practice) => practice.stepId === stepId);
  const setAsideSummaryId = useId();
  const [status, setStatus] = useState('');

  async function saveFor(hierarchy: Hierarchy, body: HierarchySave) {
    try {
      await api.PUT('/api/clients/{id}/exposure/hierarchies/{hierarchyId}', {
        path: { id: clientId, hierarchyId: hierarchy.id },
        body,
      });
    } finally {
      await queryClient.invalidateQueries({ queryKey: clientHierarchiesKey(clientId) });
    }
  }
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>Exposure work</h2>
      <LatestPcl5 clientId={clientId} />
      {(hierarchies.isPending || practices.isPending) && <LoadingState />}
      {hierarchies.isError && (
        <QueryError error={hierarchies.error} onRetry={() => void hierarchies.refetch()} />
      )}
      {practices.isError && (
        <QueryError error={practices.error} onRetry={() => void practices.refetch()} />
      )}
      {hierarchies.data && hierarchies.data.hierarchies.length === 0 && (
        <p className="empty-state">No exposure hierarchy yet.</p>
      )}
      {hierarchies.data?.hierarchies
        .filter((hierarchy) => !hierarchy.retired)
        .map((hierarchy) => (
          <div key={hierarchy.id}>
            <HierarchyCard
              hierarchy={hierarchy}
              {...(readOnly
                ? {}
                : {
                    save: (body: HierarchySave) => saveFor(hierarchy, body),
                    onSetAside: (done: Hierarchy) => {
                      setStatus(`Set aside “${done.name}”. It is kept below, with its practices.`);
                      // After the list without the card has been drawn.
                      requestAnimationFrame(() =>
                        document.getElementById(setAsideSummaryId)?.focus(),
                      );
                    },
                    latest: () =>
                      queryClient
                        .getQueryData<{ hierarchies: Hierarchy[] }>(clientHierarchiesKey(clientId))
                        ?.hierarchies.find((h) => h.id === hierarchy.id),
                  })}
            />
            {hierarchy.steps
              .filter((step) => ofStep(step.id).length > 0)
              .map((step) => (
                <AcrossRepetitionsChart
                  key={step.id}
                  practices={ofStep(step.id)}
                  title={`Shared practices: ${step.situation}`}
                />
              ))}
          </div>
        ))}
      <SetAsideHierarchies
        hierarchies={hierarchies.data?.hierarchies.filter((h) => h.retired) ?? []}
        summaryId={setAsideSummaryId}
        {...(readOnly
          ? {}
          : {
              bringBack: async (hierarchy: Hierarchy) => {
                await saveFor(hierarchy, saveOf(hierarchy, { retired: false }));
                setStatus(`Brought back “${hierarchy.name}”.`);
              },
            })}
      />
      <StatusMessage>{status}</StatusMessage>
      {practices.data && shared.length === 0 && (
        <p>No practices shared yet. The client chooses which practices to share.</p>
      )}
    </section>
  );
}
