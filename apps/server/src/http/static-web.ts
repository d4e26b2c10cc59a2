import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { publicRoute } from './access-rule.ts';
import { chooseContentCoding, type ContentCoding } from './accept-encoding.ts';

/** Build output under assets/ carries a content hash in its name: it never changes. */
const hashedAssetCaching = 'public, max-age=31536000, immutable';
/** Everything else (index.html, icons, the manifest) is checked again, so a new build is picked up at once. */
const revalidated = 'no-cache';

/**
 * The files the build writes `.br` and `.gz` copies of (apps/web/scripts/precompress-plugin.ts),
 * with the type their copies are sent as; the copies' own names would say "brotli" or "gzip".
 */
const compressibleTypes: Readonly<Record<string, string>> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const suffixOf: Record<Exclude<ContentCoding, 'identity'>, string> = { br: '.br', gzip: '.gz' };

/**
 * Serves the built web app from the same origin as the API (no CORS, no
 * third-party origins), through one route that declares its access rule like
 * every other (the app's files are public; what they show comes from the
 * API). Unknown page paths get index.html so the client router can handle
 * them; a missing file (a script of an older build, say) is a plain 404, so
 * the browser reports a missing file rather than running an HTML page as a
 * script. Files the build compressed go out as the smallest copy the browser
 * accepts (a phone on a slow connection downloads a quarter of the bytes);
 * nothing is compressed per request, and API answers never are (a secret
 * beside attacker-chosen text in a compressed answer leaks through its size).
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
        const caching = file.startsWith('assets/') ? hashedAssetCaching : revalidated;
        return sendWebFile(request, reply, root, file, caching);
      }
      if (looksLikeFile(request.url)) {
        return reply.status(404).type('text/plain; charset=utf-8').send('Not found.');
      }
      // The page for every client route: the same static file for everyone, nothing personal in it.
      return sendWebFile(request, reply, root, 'index.html', revalidated);
    },
  );
  return true;
}

/**
 * Sends `file` (relative to root), or its `.br`/`.gz` copy when the browser
 * accepts one. A range request gets the plain file: byte ranges of a
 * compressed copy would be ranges of a different representation.
 */
async function sendWebFile(
  request: FastifyRequest,
  reply: FastifyReply,
  root: string,
  file: string,
  caching: string,
): Promise<FastifyReply> {
  const type = compressibleTypes[path.extname(file).toLowerCase()];
  const copies = type === undefined ? [] : await compressedCopies(root, file);
  const coding =
    request.headers.range === undefined
      ? chooseContentCoding(request.headers['accept-encoding'], copies)
      : 'identity';
  void reply.header('cache-control', caching);
  // Caches must keep the copies apart, also the plain one a range request got.
  if (copies.length > 0) void reply.header('vary', 'Accept-Encoding');
  if (type !== undefined) void reply.header('content-type', type);
  const options = {
    cacheControl: false,
    dotfiles: 'deny',
    contentType: type === undefined,
  } as const;
  if (coding === 'identity') return reply.sendFile(file, options);
  void reply.header('content-encoding', coding);
  return reply.sendFile(file + suffixOf[coding], { ...options, acceptRanges: false });
}

/** Which compressed copies the build wrote beside `file`. */
async function compressedCopies(root: string, file: string): Promise<ContentCoding[]> {
  const codings = ['br', 'gzip'] as const;
  const present = await Promise.all(
    codings.map((coding) => isFile(path.join(root, file + suffixOf[coding]))),
  );
  return codings.filter((_coding, index) => present[index]);
}

async function isFile(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isFile();
  } catch {
    return false;
  }
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
  return (await isFile(absolute)) ? relative : null;
}

/** `/assets/index-1a2b.js`, `/favicon.ico`: a last path segment with an extension names a file, not a page. */
export function looksLikeFile(url: string): boolean {
  const pathname = url.split(/[?#]/, 1)[0] ?? '';
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return pathname.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(last);
}
