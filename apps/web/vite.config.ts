import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './scripts/precompress-plugin.ts';
import { serviceWorker } from './scripts/service-worker-plugin.ts';

// The web app is served by the Tandem server in production (same origin, so the
// session cookie and CSRF header just work). In development Vite serves it and
// forwards /api to the server, keeping the same-origin shape.
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  // The service worker is emitted before precompress runs, so it gets .br and .gz copies too.
  plugins: [react(), serviceWorker(), precompress()],
  server: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Every browser we support has module preload; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every first page needs (React, the router, the query cache), in one chunk
            // that outlives releases in the browser's cache. `$initial` keeps out libraries
            // only lazy pages use (the charts), so they load with those pages.
            { name: 'vendor', test: /node_modules/, tags: ['$initial'], priority: 3 },
            // The shared code the frame uses, with the entry.
            { name: 'shared', test: /src[\\/]shared[\\/]/, tags: ['$initial'], priority: 2 },
            // The rest of the shared UI (fields, dialogs, tables: a few kB) in one lazy chunk
            // rather than a swarm of tiny ones: a page's code then arrives in two requests,
            // beside its reads, instead of queueing for the browser's six connections.
            // Libraries do not belong in src/shared: this group would carry them along.
            { name: 'shared-ui', test: /src[\\/]shared[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
});
