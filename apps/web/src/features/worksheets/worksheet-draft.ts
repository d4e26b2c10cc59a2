import { remove } from '../../shared/offline/device-store.ts';
import { readCopy, saveCopy } from '../../shared/offline/saved-copies.ts';
import type { Answers } from '../questionnaire/form-state.ts';

/**
 * A worksheet in progress, kept on this device only (never sent until
 * finished), with the id made when it was started, one per worksheet kind and
 * person. Same keys as the thought record's draft (thought-record-draft.ts),
 * cleared at sign-out with everything else on the device.
 */
export interface WorksheetDraft {
  id: string;
  answers: Answers;
}

const draftKey = (worksheet: string, owner: string) => `draft:${worksheet}@${owner}`;

export async function readWorksheetDraft(
  worksheet: string,
  owner: string,
): Promise<WorksheetDraft | undefined> {
  try {
    return (await readCopy<WorksheetDraft>(draftKey(worksheet, owner)))?.value;
  } catch {
    return undefined;
  }
}

export function saveWorksheetDraft(
  worksheet: string,
  owner: string,
  draft: WorksheetDraft,
): Promise<void> {
  return saveCopy(draftKey(worksheet, owner), draft).catch(() => undefined);
}

export function dropWorksheetDraft(worksheet: string, owner: string): Promise<void> {
  return remove('saved', draftKey(worksheet, owner)).catch(() => undefined);
}
