import { useState } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { editorLabel } from './plan-wording.ts';
import { usePlanVersions } from './plans-api.ts';
import type { PlanPaths } from './plan-types.ts';

/** Every saved version, newest first: who saved it and when. Read when first opened. */
export function PlanHistory({ paths }: { paths: PlanPaths }) {
  const [open, setOpen] = useState(false);
  const versions = usePlanVersions(paths, open);
  return (
    <details className="plan-history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Version history</summary>
      {open && versions.isPending && <LoadingState />}
      {versions.isError && (
        <QueryError error={versions.error} onRetry={() => void versions.refetch()} />
      )}
      {versions.data && (
        <ol className="plan-history__list">
          {versions.data.versions.map((version) => (
            <li key={version.version}>
              Version {version.version}: {editorLabel(version.editedBy)},{' '}
              {formatDateTime(version.editedAt)}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
