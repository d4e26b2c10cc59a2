import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useApi } from '../../shared/api/api-context.ts';
import { isApiError } from '../../shared/api/api-error.ts';
import { newSubmissionId } from '../../shared/forms/new-id.ts';
import { outboxOwner } from '../../shared/offline/outbox-rules.ts';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { PageTitle } from '../../shared/ui/PageTitle.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { TextField } from '../../shared/ui/TextField.tsx';
import { useSignedInUser } from '../auth/use-signed-in-user.ts';
import { readSuds } from '../skills/suds.ts';
import { ContentNote, PauseControl } from '../trauma-care/PauseControl.tsx';
import {
  myHierarchiesKey,
  saveOf,
  useMyHierarchies,
  useRefreshMyExposure,
  type Hierarchy,
  type HierarchySave,
} from './exposure-api.ts';
import {
  dropHierarchyDraft,
  readHierarchyDraft,
  saveHierarchyDraft,
  type HierarchyDraft,
} from './exposure-draft.ts';
import { HierarchyCard } from './HierarchyCard.tsx';
import { SetAsideHierarchies } from './SetAsideHierarchies.tsx';
import './exposure.css';

/** /client/exposure: the client's hierarchies, one per fear, and a way to start one. */
export function ExposurePage() {
  const api = useApi();
  const queryClient = useQueryClient();
  const hierarchies = useMyHierarchies();
  const refresh = useRefreshMyExposure();
  const owner = outboxOwner(useSignedInUser());
  const draft = useRef<HierarchyDraft>({ name: '', firstStep: '', firstSuds: '' });
  const inUse = hierarchies.data?.hierarchies.filter((h) => !h.retired) ?? [];
  const setAside = hierarchies.data?.hierarchies.filter((h) => h.retired) ?? [];
  const [pageStatus, setPageStatus] = useState('');
  // Set after a hierarchy is set aside; the next list shows it under "set aside", where focus goes.
  const focusSetAside = useRef(false);
  const setAsideSummaryId = useId();

  useEffect(() => {
    if (!focusSetAside.current) return;
    focusSetAside.current = false;
    document.getElementById(setAsideSummaryId)?.focus();
  }, [setAsideSummaryId, hierarchies.data]);

  async function saveMine(hierarchy: Hierarchy, body: HierarchySave) {
    try {
      await api.PUT('/api/me/exposure/hierarchies/{hierarchyId}', {
        path: { hierarchyId: hierarchy.id },
        body,
      });
    } finally {
      await refresh();
    }
  }

  return (
    <div className="narrow-text">
      <p className="back-link">
        <Link to="/client">Back to home</Link>
      </p>
      <PageTitle>Face fears, step by step</PageTitle>
      <ContentNote>
        <p>
          This is about facing things that frighten you, a small step at a time, usually planned
          with your therapist. Thinking about them can stir up strong feelings.
        </p>
      </ContentNote>
      <PauseControl onPause={() => saveHierarchyDraft(owner, draft.current)} />
      <p className="lead">
        List situations from the easiest to the hardest, with how much distress you expect from each
        (0 calm, 100 the most you can imagine). Then practise one step at a time.
      </p>
      <section className="section" aria-labelledby="hierarchies-title">
        <h2 id="hierarchies-title">Your hierarchies</h2>
        {hierarchies.isPending && <LoadingState />}
        {hierarchies.isError && (
          <QueryError error={hierarchies.error} onRetry={() => void hierarchies.refetch()} />
        )}
        {hierarchies.data && inUse.length === 0 && <p>You have no hierarchy yet.</p>}
        {inUse.map((hierarchy) => (
          <HierarchyCard
            key={hierarchy.id}
            hierarchy={hierarchy}
            practiseHref={(step) => `/client/exposure/${hierarchy.id}/steps/${step.id}`}
            save={(body) => saveMine(hierarchy, body)}
            latest={() =>
              queryClient
                .getQueryData<{ hierarchies: Hierarchy[] }>(myHierarchiesKey)
                ?.hierarchies.find((h) => h.id === hierarchy.id)
            }
            onSetAside={(done) => {
              setPageStatus(`Set aside “${done.name}”. It is kept below, with its practices.`);
              // The list may already show it (the save waited for the new list); else the next one will.
              const summary = document.getElementById(setAsideSummaryId);
              if (summary) summary.focus();
              else focusSetAside.current = true;
            }}
          />
        ))}
        <SetAsideHierarchies
          hierarchies={setAside}
          summaryId={setAsideSummaryId}
          bringBack={async (hierarchy) => {
            await saveMine(hierarchy, saveOf(hierarchy, { retired: false }));
            setPageStatus(`Brought back “${hierarchy.name}”.`);
          }}
        />
        <StatusMessage>{pageStatus}</StatusMessage>
      </section>
      <NewHierarchyForm
        owner={owner}
        onChange={(value) => {
          draft.current = value;
        }}
        onMade={refresh}
      />
    </div>
  );
}

function NewHierarchyForm({
  owner,
  onChange,
  onMade,
}: {
  owner: string;
  onChange: (draft: HierarchyDraft) => void;
  onMade: () => Promise<unknown>;
}) {
  const api = useApi();
  const id = useRef(newSubmissionId());
  const [fields, setFields] = useState<HierarchyDraft>({ name: '', firstStep: '', firstSuds: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof HierarchyDraft | 'form', string>>>({});
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let live = true;
    void readHierarchyDraft(owner).then((saved) => {
      if (live && saved) setFields(saved);
    });
    return () => {
      live = false;
    };
  }, [owner]);

  function set(key: keyof HierarchyDraft, value: string) {
    const next = { ...fields, [key]: value };
    setFields(next);
    onChange(next);
  }

  async function make(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const suds = fields.firstStep.trim() === '' ? null : readSuds(fields.firstSuds);
    const problems = {
      ...(fields.name.trim() === '' ? { name: 'Give it a short name, such as “Lifts”.' } : {}),
      ...(suds && 'problem' in suds ? { firstSuds: suds.problem } : {}),
    };
    setErrors(problems);
    setStatus('');
    if (problems.name || problems.firstSuds) {
      document.getElementById(problems.name ? 'hierarchy-name' : 'hierarchy-first-suds')?.focus();
      return;
    }
    const steps =
      suds && 'value' in suds
        ? [
            {
              id: newSubmissionId(),
              situation: fields.firstStep.trim(),
              predictedSuds: suds.value,
              retired: false,
            },
          ]
        : [];
    setSending(true);
    try {
      await api.POST('/api/me/exposure/hierarchies', {
        body: { id: id.current, name: fields.name.trim(), steps },
      });
      id.current = newSubmissionId();
      const empty = { name: '', firstStep: '', firstSuds: '' };
      setFields(empty);
      onChange(empty);
      await dropHierarchyDraft(owner);
      await onMade();
      setStatus('Hierarchy made. Add more steps to it above.');
    } catch (error) {
      setErrors({ form: isApiError(error) ? error.message : 'It could not be saved. Try again.' });
    } finally {
      setSending(false);
    }
  }

  return (
    <section className="section" aria-labelledby="new-hierarchy-title">
      <h2 id="new-hierarchy-title">Start a hierarchy</h2>
      <p>One hierarchy for each fear. You can add and reorder steps afterwards.</p>
      <form className="form" onSubmit={(event) => void make(event)} noValidate>
        <TextField
          id="hierarchy-name"
          label="A short name for the fear"
          value={fields.name}
          onChange={(value) => set('name', value)}
          error={errors.name}
        />
        <TextField
          id="hierarchy-first-step"
          label="A first situation (optional)"
          value={fields.firstStep}
          onChange={(value) => set('firstStep', value)}
          required={false}
        />
        <TextField
          id="hierarchy-first-suds"
          label="Distress you expect from it (0–100)"
          value={fields.firstSuds}
          onChange={(value) => set('firstSuds', value)}
          inputMode="numeric"
          error={errors.firstSuds}
          required={false}
        />
        {errors.form && (
          <div className="notice notice--calm" role="alert">
            <p>{errors.form}</p>
          </div>
        )}
        <Button type="submit" busy={sending} busyLabel="Saving…">
          Make hierarchy
        </Button>
      </form>
      <StatusMessage>{status}</StatusMessage>
    </section>
  );
}
