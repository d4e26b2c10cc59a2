import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/**
 * Serves the built web app from the same origin as the API (no CORS, no
 * third-party origins). Unknown non-API paths get index.html so the client
 * router can handle them.
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
      return reply.type('text/html').sendFile('index.html');
    },
  );
  return true;
}
