import { remove } from '../../shared/offline/device-store.ts';
import { readCopy, saveCopy } from '../../shared/offline/saved-copies.ts';

/**
 * What the client was typing when they paused an exposure screen, kept on
 * this device only (never sent until they save), keyed by person and cleared
 * at sign-out with everything else on the device (like the thought record's
 * draft, worksheets/thought-record-draft.ts). A practice keeps the id made
 * when it was started, so sending it later names the same entry.
 */
export interface PracticeDraft {
  id: string;
  stepId: string;
  fields: Record<string, string>;
}

export interface HierarchyDraft {
  name: string;
  firstStep: string;
  firstSuds: string;
}

const practiceKey = (owner: string) => `draft:exposure-practice@${owner}`;
const hierarchyKey = (owner: string) => `draft:exposure-hierarchy@${owner}`;

async function read<T>(key: string): Promise<T | undefined> {
  try {
    return (await readCopy<T>(key))?.value;
  } catch {
    return undefined;
  }
}

export const readPracticeDraft = (owner: string) => read<PracticeDraft>(practiceKey(owner));
export const savePracticeDraft = (owner: string, draft: PracticeDraft) =>
  saveCopy(practiceKey(owner), draft);
export const dropPracticeDraft = (owner: string) =>
  remove('saved', practiceKey(owner)).catch(() => undefined);

export const readHierarchyDraft = (owner: string) => read<HierarchyDraft>(hierarchyKey(owner));
export const saveHierarchyDraft = (owner: string, draft: HierarchyDraft) =>
  saveCopy(hierarchyKey(owner), draft);
export const dropHierarchyDraft = (owner: string) =>
  remove('saved', hierarchyKey(owner)).catch(() => undefined);
