import { useId, useState } from 'react';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { PendingOutbox } from '../../shared/offline/PendingOutbox.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import '../check-in/check-in.css';
import { whoCanSee } from '../../shared/format/who-can-see.ts';
import { useMyJournal, type JournalEntry } from './journal-api.ts';
import { JournalEditor } from './JournalEditor.tsx';

/** /client/journal: free writing, private unless the client shares an entry. */
export function JournalPage() {
  const headingId = useId();
  const journal = useMyJournal();
  return (
    <div className="narrow-text">
      <PageTitle>Journal</PageTitle>
      <p className="lead">A private place to write. Each entry shows who can see it.</p>
      <PendingOutbox />
      <JournalEditor />
      <section className="section" aria-labelledby={headingId}>
        <h2 id={headingId}>My entries</h2>
        {journal.isPending && <LoadingState />}
        {journal.isError && (
          <QueryError error={journal.error} onRetry={() => void journal.refetch()} />
        )}
        {journal.data &&
          (journal.data.entries.length === 0 ? (
            <p className="empty-state">Your entries will appear here.</p>
          ) : (
            <ul className="entry-list">
              {journal.data.entries.map((entry) => (
                <JournalItem key={entry.id} entry={entry} />
              ))}
            </ul>
          ))}
      </section>
    </div>
  );
}

function JournalItem({ entry }: { entry: JournalEntry }) {
  const [editing, setEditing] = useState(false);
  const when = formatDateTime(entry.createdAt);
  return (
    <li className="entry-card">
      <h3 className="entry-card__title">{when}</h3>
      {editing ? (
        <JournalEditor entry={entry} onDone={() => setEditing(false)} />
      ) : (
        <>
          <p className="entry-text">{entry.body}</p>
          <p className="entry-card__who">Who can see this: {whoCanSee(entry.visibility)}</p>
          <Button variant="quiet" onClick={() => setEditing(true)}>
            Edit or change who sees it<span className="visually-hidden">: entry of {when}</span>
          </Button>
        </>
      )}
    </li>
  );
}
