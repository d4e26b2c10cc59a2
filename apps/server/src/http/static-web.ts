import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';
import { publicRoute } from './access-rule.ts';

/**
 * Serves the built web app from the same origin as the API (no CORS, no
 * third-party origins), through one route that declares its access rule like
 * every other (the app's files are public; what they show comes from the
 * API). Unknown page paths get index.html so the client router can handle
 * them; a missing file (a script of an older build, say) is a plain 404, so
 * the browser reports a missing file rather than running an HTML page as a
 * script. Hashed build output is cached for good; everything else is
 * revalidated, so a new build is picked up at once.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string | null): Promise<boolean> {
  if (webDist === null || !existsSync(path.join(webDist, 'index.html'))) return false;
  const root = path.resolve(webDist);
  await app.register(fastifyStatic, { root, serve: false });
  app.get(
    '/*',
    { config: { access: publicRoute }, schema: { hide: true } },
    async (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({ code: 'NOT_FOUND', message: 'Not found.' });
      }
      const file = await existingFile(root, request.url);
      if (file !== null) {
        // Build output under assets/ carries a content hash in its name: it never changes.
        const hashed = file.startsWith('assets/');
        void reply.header(
          'cache-control',
          hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
        return reply.sendFile(file, { cacheControl: false, dotfiles: 'deny' });
      }
      if (looksLikeFile(request.url)) {
        return reply.status(404).type('text/plain; charset=utf-8').send('Not found.');
      }
      void reply.header('cache-control', 'no-cache').type('text/html');
      return reply.sendFile('index.html', { cacheControl: false });
    },
  );
  return true;
}

/** The file under `root` that this URL names, relative to root, or null (never outside root). */
async function existingFile(root: string, url: string): Promise<string | null> {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return null;
  }
  if (pathname.includes('\u0000')) return null;
  const relative = path.posix.normalize(pathname).replace(/^\/+/, '');
  if (relative === '' || relative.startsWith('..')) return null;
  const absolute = path.join(root, relative);
  if (!absolute.startsWith(root + path.sep)) return null;
  try {
    return (await stat(absolute)).isFile() ? relative : null;
  } catch {
    return null;
  }
}

/** `/assets/index-1a2b.js`, `/favicon.ico`: a last path segment with an extension names a file, not a page. */
export function looksLikeFile(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(last);
}
