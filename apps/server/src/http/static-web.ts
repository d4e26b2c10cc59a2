import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app from the same origin as the API (no CORS, no
 * third-party origins). Unknown page paths get index.html so the client
 * router can handle them; a missing file (a script of an older build, say)
 * is a plain 404, so the browser reports a missing file rather than running
 * an HTML page as a script.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string | null): Promise<boolean> {
  if (webDist === null || !existsSync(path.join(webDist, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  app.get(
    '/*',
    { config: { access: { kind: 'public' } }, schema: { hide: true } },
    (request, reply) => {
      if (request.url.startsWith('/api/')) {
        return reply.status(404).send({ code: 'NOT_FOUND', message: 'Not found.' });
      }
      if (looksLikeFile(request.url)) {
        return reply.status(404).type('text/plain; charset=utf-8').send('Not found.');
      }
      return reply.type('text/html').sendFile('index.html');
    },
  );
  return true;
}

/** `/assets/index-1a2b.js`, `/favicon.ico`: a last path segment with an extension names a file, not a page. */
export function looksLikeFile(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(last);
}
