import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import type { Plugin, ResolvedConfig, Rollup } from 'vite';

/** Source modules whose pages must open offline without a visit first: the plans (safety plan). */
const offlinePages = /[\\/]src[\\/]features[\\/]plans[\\/]/;

/**
 * Emits dist/sw.js, Tandem's own service worker (src/sw/service-worker.ts),
 * with the list of files it keeps for offline use: index.html, the code and
 * styles of the first page, the safety plan page, the manifest and the icons.
 * Other pages' code is kept by the worker when first loaded. The version is a
 * hash of the list and the worker's code, so every build with a change
 * installs a new worker, which removes the previous build's files.
 * See docs/adr/0015-offline-client-app.md.
 */
export function serviceWorker(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'tandem:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const shell = new Set<string>(['/index.html']);
      const chunks = Object.values(bundle).filter(
        (file): file is Rollup.OutputChunk => file.type === 'chunk',
      );
      const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const addWithImports = (chunk: Rollup.OutputChunk | undefined) => {
        if (chunk === undefined || shell.has(`/${chunk.fileName}`)) return;
        shell.add(`/${chunk.fileName}`);
        for (const css of chunk.viteMetadata?.importedCss ?? []) shell.add(`/${css}`);
        chunk.imports.forEach((name) => addWithImports(byName.get(name)));
      };
      for (const chunk of chunks) {
        if (chunk.isEntry || (chunk.facadeModuleId && offlinePages.test(chunk.facadeModuleId))) {
          addWithImports(chunk);
        }
      }
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css')) shell.add(`/${file.fileName}`);
      }
      for (const file of await publicFiles(config.publicDir)) shell.add(file);

      const list = [...shell].sort();
      const source = await workerSource(config.root);
      const version = createHash('sha256')
        .update(JSON.stringify(list))
        .update(source)
        .digest('hex')
        .slice(0, 16);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: source
          .replace('__TANDEM_SW_VERSION__', JSON.stringify(version))
          .replace('__TANDEM_SW_SHELL__', JSON.stringify(list)),
      });
    },
  };
}

/** The manifest and the icons (public/); nothing else there is part of the app. */
async function publicFiles(publicDir: string): Promise<string[]> {
  if (publicDir === '') return [];
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(publicDir, path.join(entry.parentPath, entry.name)))
    .map((relative) => `/${relative.split(path.sep).join('/')}`)
    .filter((url) => url === '/manifest.webmanifest' || url.startsWith('/icons/'));
}

/**
 * The worker as one classic script (every browser runs those as service
 * workers), minified, with the two placeholders left for the bundle's values.
 */
async function workerSource(root: string): Promise<string> {
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      copyPublicDir: false,
      emptyOutDir: false,
      rolldownOptions: {
        input: path.join(root, 'src/sw/service-worker.ts'),
        output: { format: 'iife', entryFileNames: 'sw.js' },
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((file) => file.type === 'chunk');
    if (chunk !== undefined) return chunk.code;
  }
  throw new Error('service-worker-plugin: the worker was not built');
}
