/**
 * The one on-device store (IndexedDB), with a few promise-returning calls.
 * Two object stores: `outbox` (entries waiting to be sent, keyed by `id`) and
 * `saved` (offline copies of server answers, keyed by `key`).
 *
 * Where IndexedDB is missing (an old private window, unit tests in Node) the
 * outbox is kept in memory for the life of the page: the app still works, it
 * only cannot keep anything over a reload. Offline copies are not kept at all
 * then: they exist to outlive the page, and the query cache already holds
 * this page's answers.
 *
 * The database name is neutral on purpose: it shows in the browser's site
 * settings, where someone else holding the phone might read it.
 */
export const deviceDatabaseName = 'tandem';
const version = 1;

export type StoreName = 'outbox' | 'saved';
const keyPaths: Record<StoreName, string> = { outbox: 'id', saved: 'key' };

let opening: Promise<IDBDatabase> | null = null;
const memory: Record<StoreName, Map<string, unknown>> = { outbox: new Map(), saved: new Map() };

function hasIndexedDb(): boolean {
  return typeof indexedDB !== 'undefined';
}

function promised<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

function open(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(deviceDatabaseName, version);
    request.onupgradeneeded = () => {
      for (const [name, keyPath] of Object.entries(keyPaths)) {
        if (!request.result.objectStoreNames.contains(name)) {
          request.result.createObjectStore(name, { keyPath });
        }
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab deletes the database at sign-out: let it, and open afresh next time.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => {
      opening = null;
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
    request.onblocked = () => undefined;
  });
  return opening;
}

async function withStore<T>(
  name: StoreName,
  mode: IDBTransactionMode,
  makeRequest: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T> {
  const db = await open();
  const transaction = db.transaction(name, mode);
  const result = promised(makeRequest(transaction.objectStore(name)));
  await new Promise<void>((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB write aborted'));
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB write failed'));
  });
  return result;
}

export async function readAll<T>(name: StoreName): Promise<T[]> {
  if (!hasIndexedDb()) return [...memory[name].values()] as T[];
  return (await withStore(name, 'readonly', (store) => store.getAll())) as T[];
}

export async function readOne<T>(name: StoreName, key: string): Promise<T | undefined> {
  if (!hasIndexedDb()) return memory[name].get(key) as T | undefined;
  return (await withStore(name, 'readonly', (store) => store.get(key))) as T | undefined;
}

export async function write<T extends object>(name: StoreName, value: T): Promise<void> {
  const key = (value as Record<string, unknown>)[keyPaths[name]];
  if (typeof key !== 'string') throw new Error(`A ${name} value needs a string ${keyPaths[name]}`);
  if (!hasIndexedDb()) {
    if (name === 'outbox') memory[name].set(key, structuredClone(value));
    return;
  }
  await withStore(name, 'readwrite', (store) => store.put(value));
}

export async function remove(name: StoreName, key: string): Promise<void> {
  if (!hasIndexedDb()) {
    memory[name].delete(key);
    return;
  }
  await withStore(name, 'readwrite', (store) => store.delete(key));
}

/**
 * Deletes every database this site keeps (ours, and any an older release
 * made), for sign-out. Resolves when they are gone or cannot be deleted.
 */
export async function deleteAllDeviceData(): Promise<void> {
  memory.outbox.clear();
  memory.saved.clear();
  if (!hasIndexedDb()) return;
  if (opening !== null) {
    const db = await opening.catch(() => null);
    db?.close();
    opening = null;
  }
  const names = new Set([deviceDatabaseName]);
  if (typeof indexedDB.databases === 'function') {
    for (const info of await indexedDB.databases().catch(() => [])) {
      if (info.name) names.add(info.name);
    }
  }
  await Promise.all(
    [...names].map(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name);
          request.onsuccess = () => resolve();
          request.onerror = () => resolve();
          // Another tab still holds it open: it closes on `versionchange`, then this completes.
          request.onblocked = () => undefined;
        }),
    ),
  );
}
