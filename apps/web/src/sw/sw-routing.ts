/**
 * Which requests the service worker answers, and how. Pure, so it is tested
 * without a browser (sw-routing.test.ts).
 *
 * - `pass`: the worker stays out of it. Every /api/ request (answers carry
 *   personal data and `no-store`: they are never cached, never served from a
 *   cache), every write, anything from another origin.
 * - `navigation`: a page load. From the network first; the app's own
 *   index.html from the cache when the network fails, so Tandem opens offline.
 * - `asset`: the build's files (content-hashed, never changing) and the shell's
 *   public files. From the cache first; a hashed file fetched later (a lazy page)
 *   is kept, so a page visited once also opens offline.
 */
export type RequestRoute = 'pass' | 'navigation' | 'asset';

export interface RequestFacts {
  method: string;
  url: string;
  mode: string;
}

export function routeOf(
  request: RequestFacts,
  origin: string,
  shell: readonly string[],
): RequestRoute {
  if (request.method !== 'GET') return 'pass';
  const url = new URL(request.url);
  if (url.origin !== origin) return 'pass';
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return 'pass';
  if (request.mode === 'navigate') return 'navigation';
  if (url.pathname.startsWith('/assets/') || shell.includes(url.pathname)) return 'asset';
  return 'pass';
}

/** Whether a fetched file may be kept: a whole, plain answer for a hashed build file. */
export function mayKeep(url: string, response: { status: number; type: string }): boolean {
  return (
    response.status === 200 &&
    response.type === 'basic' &&
    new URL(url).pathname.startsWith('/assets/')
  );
}

/** The cache of one build; older builds' caches are deleted when a new worker takes over. */
export function cacheNameFor(version: string): string {
  return `tandem-app-${version}`;
}
