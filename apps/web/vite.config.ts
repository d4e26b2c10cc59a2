import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web app is served by the Tandem server in production (same origin, so the
// session cookie and CSRF header just work). In development Vite serves it and
// forwards /api to the server, keeping the same-origin shape.
const apiTarget = 'http://127.0.0.1:3000';

export default defineConfig({
  root: decodeURIComponent(new URL('.', import.meta.url).pathname),
  plugins: [react()],
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
        // Readable chunk names, and no swarm of tiny shared chunks for the lazy areas.
        advancedChunks: {
          groups: [
            { name: 'vendor', test: /node_modules/ },
            { name: 'shared', test: /src[\\/]shared[\\/]/ },
          ],
        },
      },
    },
  },
});
