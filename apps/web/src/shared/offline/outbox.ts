import { useCallback, useEffect, useState } from 'react';
import type { ApiClient } from '../api/api-client.ts';
import { useApi } from '../api/api-context.ts';
import { ApiError } from '../api/api-error.ts';
import { deviceOwner, onDeviceOwnerChange } from './device-owner.ts';
import { readAll, remove, write } from './device-store.ts';
import { itemsToFlush, outcomeOfAnswer, outcomeOfError } from './outbox-rules.ts';

/** Why the server refused an entry for good (its own words), kept with the entry. */
export interface OutboxFailure {
  code: string;
  message: string;
  at: string;
}

/**
 * An entry made on this device that has not reached the server yet. `body.id`
 * is the entry's client-generated id, made when the entry was made: a replay
 * sends the same id, so the server answers with the stored entry (200) and
 * never creates a second one.
 */
export interface OutboxItem {
  id: string;
  /** An /api/me/… route; entries are always the signed-in person's own. */
  path: string;
  body: object;
  /** Plain words for the list of waiting entries, e.g. "Check-in, Tuesday 9:30". Nothing more. */
  label: string;
  createdAt: string;
  /** POST unless said otherwise (a journal entry edited offline is a PUT). */
  method?: 'POST' | 'PUT';
  /** Set when the server refused the entry with a validation error: shown, never dropped. */
  failure?: OutboxFailure;
}

interface StoredItem extends OutboxItem {
  /** Whose entry (see outboxOwner): only they send it, after signing in again if need be. */
  owner: string;
}

export type SendOrQueueResult = { state: 'sent'; response: unknown } | { state: 'queued' };

const listeners = new Set<() => void>();
const sentListeners = new Set<() => void>();
/** Entries a page is sending right now: not "waiting", and not sent twice at once. */
const inFlight = new Set<string>();
let flushing: Promise<void> | null = null;

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('outbox');
// Another tab queued or sent something: only the word "changed" crosses, never an entry.
if (channel) channel.onmessage = () => listeners.forEach((listener) => listener());

function changed(): void {
  listeners.forEach((listener) => listener());
  channel?.postMessage('changed');
}

onDeviceOwnerChange(() => listeners.forEach((listener) => listener()));

/** Called after a flush sent something, so the pages read the server again. */
export function onOutboxSent(listener: () => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

function send(api: ApiClient, item: OutboxItem): Promise<unknown> {
  return item.method === 'PUT' ? api.put(item.path, item.body) : api.post(item.path, item.body);
}

/**
 * Sends an entry now, or keeps it on the device when that cannot work.
 * The entry is written to the device before it is sent, so a tab closed while
 * the request is under way loses nothing. Answers 'queued' when the device is
 * offline or the send got no answer (or a 5xx, or 401/403: sent after signing
 * in again); rejects with the ApiError of any other 4xx, which the form then
 * shows beside the fields that still hold what was typed.
 */
export async function sendOrQueue(
  api: ApiClient,
  item: Omit<OutboxItem, 'createdAt'>,
): Promise<SendOrQueueResult> {
  const owner = deviceOwner();
  // Nobody signed in (cannot happen on the pages that make entries): the form keeps the text.
  if (owner === null) throw new ApiError('AUTHENTICATION_REQUIRED', 'Please sign in again.', 401);
  const stored: StoredItem = { ...item, createdAt: new Date().toISOString(), owner };
  // A device that cannot keep it (storage full or off) still sends; only "queued" needs the copy.
  const kept = await write('outbox', stored).then(
    () => true,
    () => false,
  );
  const notKept = new ApiError(
    'NETWORK_ERROR',
    'This could not be sent or kept on this device. Check your connection and try again.',
    0,
  );
  if (isOffline()) {
    changed();
    if (!kept) throw notKept;
    return { state: 'queued' };
  }
  inFlight.add(item.id);
  try {
    const response = await send(api, stored);
    if (outcomeOfAnswer(response) === 'sent') {
      await remove('outbox', item.id).catch(() => undefined);
      return { state: 'sent', response };
    }
    if (!kept) throw notKept;
    return { state: 'queued' };
  } catch (error) {
    if (error === notKept) throw error;
    if (outcomeOfError(error) === 'rejected') {
      await remove('outbox', item.id).catch(() => undefined);
      throw error;
    }
    if (!kept) throw notKept;
    return { state: 'queued' };
  } finally {
    inFlight.delete(item.id);
    changed();
  }
}

function failureOf(error: unknown): OutboxFailure {
  return {
    code: (error as { code?: string }).code ?? 'UNEXPECTED_RESPONSE',
    message: error instanceof Error ? error.message : 'The server did not accept this entry.',
    at: new Date().toISOString(),
  };
}

async function flushNow(api: ApiClient): Promise<void> {
  const owner = deviceOwner();
  if (owner === null || isOffline()) return;
  const due = itemsToFlush(await readAll<StoredItem>('outbox'), owner, inFlight);
  let sent = 0;
  for (const item of due) {
    inFlight.add(item.id);
    try {
      let outcome;
      try {
        outcome = outcomeOfAnswer(await send(api, item));
      } catch (error) {
        outcome = outcomeOfError(error);
        if (outcome === 'rejected') await write('outbox', { ...item, failure: failureOf(error) });
      }
      if (outcome === 'retry-later') break;
      if (outcome === 'sent') {
        await remove('outbox', item.id);
        sent += 1;
      }
    } finally {
      inFlight.delete(item.id);
    }
  }
  if (sent > 0) sentListeners.forEach((listener) => listener());
}

/**
 * Sends every waiting entry of the signed-in person, oldest first, and stops at
 * the first that cannot go yet. One flush at a time per tab, and per device
 * where the browser has Web Locks; should two ever overlap, the shared ids make
 * the second send a harmless replay.
 */
export function flushOutbox(api: ApiClient): Promise<void> {
  if (flushing !== null) return flushing;
  const run = async () => {
    try {
      await flushNow(api);
    } catch {
      // The device store failed (storage full, private mode): keep what is there.
    }
  };
  flushing = (
    typeof navigator !== 'undefined' && 'locks' in navigator
      ? navigator.locks.request('tandem-outbox', run)
      : run()
  ).finally(() => {
    flushing = null;
    changed();
  });
  // Pages show "Sending…" from here on.
  listeners.forEach((listener) => listener());
  return flushing;
}

/** Everything still on the device for the signed-in person (waiting or refused). */
export async function pendingOutboxItems(): Promise<OutboxItem[]> {
  const current = deviceOwner();
  if (current === null) return [];
  return (await readAll<StoredItem>('outbox'))
    .filter((item) => item.owner === current && !inFlight.has(item.id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map(({ owner: _owner, ...item }) => item);
}

/** Deletes an entry the server refused, once the client has said so. */
export async function discardOutboxItem(id: string): Promise<void> {
  await remove('outbox', id);
  changed();
}

/** The signed-in person's entries still on this device, kept current. */
export function usePendingOutbox(): {
  items: OutboxItem[];
  flushing: boolean;
  flush: () => Promise<void>;
} {
  const api = useApi();
  const [items, setItems] = useState<OutboxItem[]>([]);
  const [isFlushing, setFlushing] = useState(false);

  useEffect(() => {
    let current = true;
    const reload = () => {
      setFlushing(flushing !== null);
      pendingOutboxItems().then(
        (next) => current && setItems(next),
        () => undefined,
      );
    };
    listeners.add(reload);
    reload();
    return () => {
      current = false;
      listeners.delete(reload);
    };
  }, []);

  const flush = useCallback(() => flushOutbox(api), [api]);
  return { items, flushing: isFlushing, flush };
}
