/**
 * Registers Tandem's service worker (built into /sw.js, see src/sw), in
 * production builds only: in development Vite serves modules that change on
 * every save. `updateViaCache: 'none'` makes the browser check /sw.js itself
 * on every visit, past its HTTP cache, so a new release is found at once.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .catch(() => undefined);
  };
  // After the page has loaded: the first page's requests go first.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
