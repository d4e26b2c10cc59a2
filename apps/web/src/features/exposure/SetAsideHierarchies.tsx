import { useState } from 'react';
import { isApiError } from '../../shared/api/api-error.ts';
import { Button } from '../../shared/ui/Button.tsx';
import type { Hierarchy } from './exposure-api.ts';

/**
 * The hierarchies set aside (a fear worked through, or one to come back to),
 * kept with their steps and practices, each one button away from coming back.
 * `summaryId` lets the page move focus here once a hierarchy has been set aside.
 */
export function SetAsideHierarchies({
  hierarchies,
  bringBack,
  summaryId,
}: {
  hierarchies: Hierarchy[];
  /** Absent for a reader who may not edit (a supervisor). */
  bringBack?: (hierarchy: Hierarchy) => Promise<void>;
  summaryId: string;
}) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [problem, setProblem] = useState('');
  if (hierarchies.length === 0) return null;

  async function restore(hierarchy: Hierarchy) {
    if (!bringBack || busyId !== null) return;
    setBusyId(hierarchy.id);
    setProblem('');
    try {
      await bringBack(hierarchy);
    } catch (error) {
      setProblem(
        isApiError(error) && error.code === 'HIERARCHY_VERSION_STALE'
          ? 'Someone else changed this hierarchy a moment ago. The latest version is shown now; try again.'
          : isApiError(error)
            ? error.message
            : 'It could not be brought back. Try again.',
      );
    } finally {
      setBusyId(null);
    }
  }

  return (
    <details className="set-aside-hierarchies">
      <summary id={summaryId}>Hierarchies set aside ({hierarchies.length})</summary>
      <ul>
        {hierarchies.map((hierarchy) => (
          <li key={hierarchy.id}>
            {hierarchy.name} ({hierarchy.steps.filter((step) => !step.retired).length} steps){' '}
            {bringBack && (
              <Button
                variant="quiet"
                busy={busyId === hierarchy.id}
                busyLabel="Saving…"
                onClick={() => void restore(hierarchy)}
                aria-label={`Bring back: ${hierarchy.name}`}
              >
                Bring back
              </Button>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <div className="notice notice--calm" role="alert">
          <p>{problem}</p>
        </div>
      )}
    </details>
  );
}
