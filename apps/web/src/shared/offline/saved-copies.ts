import { isApiError } from '../api/api-error.ts';
import { readOne, write } from './device-store.ts';

/** A server answer kept on the device, with when it was kept. */
export interface DeviceCopy<T> {
  value: T;
  savedAt: string;
}

interface StoredCopy<T> extends DeviceCopy<T> {
  key: string;
}

/** What a read through the device answers: the server's value, or the copy and its age. */
export type ReadThrough<T> =
  { value: T; from: 'server' } | { value: T; from: 'device'; savedAt: string };

export async function saveCopy<T>(key: string, value: T): Promise<void> {
  const copy: StoredCopy<T> = { key, value, savedAt: new Date().toISOString() };
  await write('saved', copy);
}

export async function readCopy<T>(key: string): Promise<DeviceCopy<T> | undefined> {
  const copy = await readOne<StoredCopy<T>>('saved', key).catch(() => undefined);
  return copy === undefined ? undefined : { value: copy.value, savedAt: copy.savedAt };
}

/** No answer, or the server is down: a moment when the device copy may stand in. */
export function isUnreachable(error: unknown): boolean {
  return isApiError(error) && (error.status === 0 || error.status >= 500);
}

/**
 * Reads from the server and keeps a copy on the device; when the server
 * cannot be reached, answers the copy instead (and says how old it is). The
 * server's answer is always preferred: the copy is only for being offline.
 * Errors the server gave (404, 401) are passed on, never hidden by a copy.
 *
 * `key` names whose answer it is (see deviceOwner) where the answer is personal.
 */
export async function readThroughDevice<T>(
  key: string,
  fetchFromServer: () => Promise<T>,
): Promise<ReadThrough<T>> {
  try {
    const value = await fetchFromServer();
    // A full or refused store must not stop the page from showing the fresh answer.
    await saveCopy(key, value).catch(() => undefined);
    return { value, from: 'server' };
  } catch (error) {
    if (!isUnreachable(error)) throw error;
    const copy = await readCopy<T>(key);
    if (copy === undefined) throw error;
    return { value: copy.value, from: 'device', savedAt: copy.savedAt };
  }
}
