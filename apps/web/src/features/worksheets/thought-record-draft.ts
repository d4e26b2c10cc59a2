import { remove } from '../../shared/offline/device-store.ts';
import { readCopy, saveCopy } from '../../shared/offline/saved-copies.ts';
import type { Answers } from '../questionnaire/form-state.ts';

/**
 * A thought record in progress, kept on this device only (never sent until
 * finished), with the id made when it was started: sending it again after a
 * lost answer names the same entry. Keyed by person, cleared at sign-out with
 * everything else on the device.
 */
export interface ThoughtRecordDraft {
  id: string;
  answers: Answers;
}

const draftKey = (owner: string) => `draft:thought-record@${owner}`;

export async function readDraft(owner: string): Promise<ThoughtRecordDraft | undefined> {
  try {
    return (await readCopy<ThoughtRecordDraft>(draftKey(owner)))?.value;
  } catch {
    return undefined;
  }
}

export function saveDraft(owner: string, draft: ThoughtRecordDraft): Promise<void> {
  return saveCopy(draftKey(owner), draft).catch(() => undefined);
}

export function dropDraft(owner: string): Promise<void> {
  return remove('saved', draftKey(owner)).catch(() => undefined);
}
