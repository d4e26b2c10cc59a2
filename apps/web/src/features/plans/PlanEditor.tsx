import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError, messageOf } from '../../shared/api/api-error.ts';
import { formatDateTime } from '../../shared/format/format-date.ts';
import { Alert } from '../../shared/ui/Alert.tsx';
import { Button } from '../../shared/ui/Button.tsx';
import { LoadingState } from '../../shared/ui/LoadingState.tsx';
import { QueryError } from '../../shared/ui/QueryError.tsx';
import { StatusMessage } from '../../shared/ui/StatusMessage.tsx';
import { draftKey, fromDraft, toDraft } from './draft.ts';
import type { DraftContent } from './draft.ts';
import { PlanChanges } from './PlanChanges.tsx';
import {
  changesBetween,
  cleanContent,
  completeContent,
  mergeKeepingBoth,
  moveItem,
  sameContent,
} from './plan-content.ts';
import type { MergeResult } from './plan-content.ts';
import { downloadText, planAsText, planFileName } from './plan-export.ts';
import { PlanHistory } from './PlanHistory.tsx';
import { PlanIntro } from './PlanIntro.tsx';
import { addButtonId, itemMoveId, itemTextId, PlanSectionFields } from './PlanSectionFields.tsx';
import { PlanView } from './PlanView.tsx';
import { editorLabel, planTitles } from './plan-wording.ts';
import { useFetchCurrentPlan, usePlan, useSavePlan } from './plans-api.ts';
import type { Plan, PlanContent, PlanKind, PlanPaths, PlanSection } from './plan-types.ts';
import './plans.css';

export interface PlanEditorProps {
  kind: PlanKind;
  /** Where the plan is read, saved and its versions listed (see myPlanPaths, clientPlanPaths). */
  paths: PlanPaths;
  /** Keeps a copy on this device for offline use (the client's own plans only). */
  deviceKey?: string | null;
  /** False for someone who may only read (a supervisor). */
  canEdit?: boolean;
  /** Whose wording: the client's own page, or their care team's. */
  forClient?: boolean;
}

interface Editing {
  draft: DraftContent;
  baseVersion: number;
  /** The version the edit started from, to tell this person's changes from someone else's. */
  baseContent: PlanContent;
}

/**
 * A living document (safety plan, coping plan) to read, print, save as a file
 * and change, made together by the client and their therapist. Every save is a
 * new version; when someone else saved meanwhile, the editor shows what they
 * changed and offers to keep both or discard.
 */
export function PlanEditor({
  kind,
  paths,
  deviceKey = null,
  canEdit = true,
  forClient = true,
}: PlanEditorProps) {
  const plan = usePlan(paths, deviceKey);
  const save = useSavePlan(paths);
  const fetchCurrent = useFetchCurrentPlan(paths, deviceKey);
  const idPrefix = useId();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [stale, setStale] = useState<Plan | null>(null);
  const [leftOut, setLeftOut] = useState<MergeResult['leftOut']>([]);
  const [status, setStatus] = useState('');
  /** Where focus goes after the render a change causes (a new row, the moved item's button). */
  const focusTarget = useRef<string | null>(null);
  const staleTitle = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (focusTarget.current === null) return;
    // Buttons and fields take focus as they are; the form has tabIndex -1 for it.
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  useEffect(() => {
    if (stale !== null) staleTitle.current?.focus();
  }, [stale]);

  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <QueryError error={plan.error} onRetry={() => void plan.refetch()} />;

  const answer = plan.data.value;
  const sections = answer.sections;
  const current = answer.plan;
  const offline = plan.data.from === 'device' ? plan.data.savedAt : null;
  const editable = canEdit && offline === null;
  const title = planTitles[kind];

  function startEditing() {
    const content = completeContent(current?.content, sections);
    const draft = toDraft(content, sections);
    // A new plan starts with one empty row in the first section, ready to type into.
    const first = sections[0];
    if (current === null && first !== undefined) {
      draft[first.key] = [{ text: '', phone: null, key: draftKey() }];
    }
    setEditing({ draft, baseVersion: current?.version ?? 0, baseContent: content });
    setStatus('');
    setLeftOut([]);
    save.reset();
    const firstItem = first === undefined ? undefined : draft[first.key]?.[0];
    focusTarget.current = firstItem && first ? itemTextId(idPrefix, firstItem) : `${idPrefix}-form`;
  }

  function updateSection(section: PlanSection, items: DraftContent[string]) {
    setEditing((before) =>
      before === null ? null : { ...before, draft: { ...before.draft, [section.key]: items } },
    );
  }

  function finish(message: string) {
    setEditing(null);
    setStale(null);
    setStatus(message);
    focusTarget.current = `${idPrefix}-edit`;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (editing === null || save.isPending) return;
    const content = cleanContent(fromDraft(editing.draft), sections);
    if (current !== null && sameContent(content, current.content, sections)) {
      finish('Nothing was changed.');
      return;
    }
    save.mutate(
      { baseVersion: editing.baseVersion, content },
      {
        onSuccess: ({ plan: saved }) => finish(`Saved. This is version ${saved.version}.`),
        onError: (error) => {
          if (!isApiError(error) || error.status !== 412) return;
          void fetchCurrent().then(
            (fresh) => {
              if (fresh.value.plan !== null) setStale(fresh.value.plan);
            },
            () => undefined,
          );
        },
      },
    );
  }

  function keepBoth() {
    if (editing === null || stale === null) return;
    const mine = cleanContent(fromDraft(editing.draft), sections);
    const merged = mergeKeepingBoth(editing.baseContent, stale.content, mine, sections);
    setEditing({
      draft: toDraft(merged.content, sections),
      baseVersion: stale.version,
      baseContent: completeContent(stale.content, sections),
    });
    setLeftOut(merged.leftOut);
    setStale(null);
    save.reset();
    setStatus('Both kept: your items were added to the newest version. Check them, then save.');
    focusTarget.current = `${idPrefix}-save`;
  }

  function saveAsFile() {
    if (current === null) return;
    const text = planAsText(title, current, sections, formatDateTime(current.updatedAt));
    downloadText(planFileName(kind, new Date()), text);
  }

  return (
    <div className="plan-editor">
      {offline !== null && (
        <div className="notice notice--info">
          <p>
            <strong>Saved on this device {formatDateTime(offline)}; you are offline.</strong>
          </p>
          <p>This is the copy from your last visit. It can be changed when you are online again.</p>
        </div>
      )}
      <StatusMessage>{status}</StatusMessage>

      {editing === null ? (
        <>
          {current === null ? (
            <PlanIntro kind={kind} sections={sections} forClient={forClient} />
          ) : (
            <>
              <p className="plan-meta">
                Version {current.version}, last changed by {editorLabel(current.updatedBy)} on{' '}
                {formatDateTime(current.updatedAt)}.
              </p>
              <PlanView content={current.content} sections={sections} />
            </>
          )}
          <div className="button-row plan-actions">
            {editable && (
              <Button id={`${idPrefix}-edit`} onClick={startEditing}>
                {current === null ? `Start the ${title.toLowerCase()}` : 'Change the plan'}
              </Button>
            )}
            {current !== null && (
              <>
                <Button variant="secondary" onClick={() => window.print()}>
                  Print
                </Button>
                <Button variant="secondary" onClick={saveAsFile}>
                  Save as a file
                </Button>
              </>
            )}
          </div>
          {deviceKey !== null && offline === null && (
            <p className="muted plan-device-note">
              A copy is kept on this device, so you can open it without a connection. Signing out
              deletes it.
            </p>
          )}
          {current !== null && offline === null && <PlanHistory paths={paths} />}
        </>
      ) : (
        <form
          id={`${idPrefix}-form`}
          tabIndex={-1}
          className="plan-form"
          onSubmit={submit}
          noValidate
        >
          {stale !== null && (
            <div className="notice notice--error plan-stale">
              <p className="notice__title" ref={staleTitle} tabIndex={-1}>
                Someone saved a newer version while you were editing
              </p>
              <p>
                {editorLabel(stale.updatedBy)} saved version {stale.version} on{' '}
                {formatDateTime(stale.updatedAt)}. What they changed:
              </p>
              <PlanChanges changes={changesBetween(editing.baseContent, stale.content, sections)} />
              <p>Your changes are not saved yet. You can keep both, or discard yours.</p>
              <div className="button-row">
                <Button onClick={keepBoth}>Keep both</Button>
                <Button
                  variant="secondary"
                  onClick={() => finish('Your changes were discarded. This is the newest version.')}
                >
                  Discard my changes
                </Button>
              </div>
            </div>
          )}
          {leftOut.length > 0 && (
            <Alert title="Some of your items did not fit">
              <p>A section holds at most 20 items. Not added:</p>
              <ul>
                {leftOut.map(({ section, items }) =>
                  items.map((item, index) => (
                    <li key={`${section.key}-${index}`}>
                      {section.title}: {item.text}
                    </li>
                  )),
                )}
              </ul>
            </Alert>
          )}
          {sections.map((section) => {
            const items = editing.draft[section.key] ?? [];
            return (
              <PlanSectionFields
                key={section.key}
                section={section}
                items={items}
                idPrefix={idPrefix}
                onChange={(index, change) =>
                  updateSection(
                    section,
                    items.map((item, at) => (at === index ? { ...item, ...change } : item)),
                  )
                }
                onAdd={() => {
                  const item = { text: '', phone: null, key: draftKey() };
                  updateSection(section, [...items, item]);
                  focusTarget.current = itemTextId(idPrefix, item);
                }}
                onRemove={(index) => {
                  updateSection(
                    section,
                    items.filter((_item, at) => at !== index),
                  );
                  const neighbour = items[index + 1] ?? items[index - 1];
                  focusTarget.current = neighbour
                    ? itemTextId(idPrefix, neighbour)
                    : addButtonId(idPrefix, section);
                }}
                onMove={(index, by) => {
                  const moved = moveItem(items, index, by);
                  updateSection(section, moved);
                  const item = items[index];
                  if (item === undefined) return;
                  // At the top or bottom the same button is gone: the other direction is there.
                  const newIndex = index + by;
                  const atEnd = newIndex === 0 || newIndex === moved.length - 1;
                  focusTarget.current = itemMoveId(
                    idPrefix,
                    item,
                    atEnd ? (by === -1 ? 1 : -1) : by,
                  );
                }}
              />
            );
          })}
          {save.isError && !(isApiError(save.error) && save.error.status === 412) && (
            <Alert title="The plan was not saved">
              <p>{messageOf(save.error)}</p>
              <p>Your changes are still here. Try again in a moment.</p>
            </Alert>
          )}
          <div className="button-row">
            <Button id={`${idPrefix}-save`} type="submit" busy={save.isPending} busyLabel="Saving…">
              Save
            </Button>
            <Button variant="secondary" onClick={() => finish('')}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
