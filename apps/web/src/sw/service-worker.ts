/*
 * Tandem's service worker, built into dist/sw.js by scripts/service-worker-plugin.ts
 * (which fills in the build's version and file list). It makes the app open
 * offline; it never touches the API. See docs/adr/0015-offline-client-app.md.
 */
import { cacheNameFor, mayKeep, routeOf } from './sw-routing.ts';

declare const __TANDEM_SW_VERSION__: string;
declare const __TANDEM_SW_SHELL__: string[];

// The DOM typings describe a window; the few worker parts used here, typed by hand.
interface WorkerEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerFetchEvent extends WorkerEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: WorkerEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: WorkerFetchEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
}

const worker = self as unknown as WorkerScope;
const shell = __TANDEM_SW_SHELL__;
const cacheName = cacheNameFor(__TANDEM_SW_VERSION__);
/** After this long without an answer, a page load is served from the cache (a "connected" but dead network). */
const navigationTimeoutMs = 4000;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      // `reload`: past the browser's HTTP cache, so the cache holds exactly this build.
      .then((cache) => cache.addAll(shell.map((url) => new Request(url, { cache: 'reload' }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(cacheNameFor('')) && name !== cacheName)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = routeOf(request, worker.location.origin, shell);
  if (route === 'navigation') event.respondWith(networkFirstPage(request));
  if (route === 'asset') event.respondWith(cacheFirst(request));
});

async function cachedShellPage(): Promise<Response | undefined> {
  return (await caches.open(cacheName)).match('/index.html');
}

async function networkFirstPage(request: Request): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), navigationTimeoutMs);
  });
  const fromNetwork = fetch(request).then(
    (response) => (response.status >= 500 ? undefined : response),
    () => undefined,
  );
  const first = await Promise.race([fromNetwork, timedOut]);
  clearTimeout(timer);
  if (first !== undefined) return first;
  const cached = await cachedShellPage();
  if (cached !== undefined) return cached;
  // Nothing cached yet: wait for the network after all, and let the browser show its own error.
  return (await fromNetwork) ?? fetch(request);
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  if (cached !== undefined) return cached;
  const response = await fetch(request);
  if (mayKeep(request.url, response)) await cache.put(request, response.clone());
  return response;
}
