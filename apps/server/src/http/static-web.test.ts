import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeFile, serveWebApp } from './static-web.ts';

describe('looksLikeFile', () => {
  it('tells files from page paths', () => {
    expect(looksLikeFile('/assets/index-1a2b.js')).toBe(true);
    expect(looksLikeFile('/assets/')).toBe(true);
    expect(looksLikeFile('/favicon.ico?v=2')).toBe(true);
    expect(looksLikeFile('/icons/icon-192.png')).toBe(true);
    expect(looksLikeFile('/')).toBe(false);
    expect(looksLikeFile('/therapist')).toBe(false);
    expect(looksLikeFile('/reset-password?x=a.b')).toBe(false);
  });
});

const immutable = 'public, max-age=31536000, immutable';
const script = 'export const greeting = "hello from a hashed chunk";\n'.repeat(40);
const page = '<!doctype html><title>Tandem</title><div id="root"></div>';

/** A dist folder shaped like `vite build` output, copies included (no real build needed). */
async function writeBuiltFixture(dist: string): Promise<void> {
  await mkdir(path.join(dist, 'assets'));
  await mkdir(path.join(dist, 'icons'));
  const withCopies = async (file: string, text: string) => {
    await writeFile(path.join(dist, file), text);
    await writeFile(path.join(dist, `${file}.br`), brotliCompressSync(text));
    await writeFile(path.join(dist, `${file}.gz`), gzipSync(text));
  };
  await withCopies('index.html', page);
  await withCopies('assets/app-1a2b.js', script);
  // Too small to be worth a copy: the build writes none.
  await writeFile(path.join(dist, 'assets/tiny-3c4d.css'), 'a{}');
  await writeFile(path.join(dist, 'assets/logo-5e6f.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  await writeFile(path.join(dist, 'icons/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

describe('serveWebApp', () => {
  let dist: string;
  let app: FastifyInstance;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'tandem-web-'));
    await writeBuiltFixture(dist);
    app = Fastify();
    await serveWebApp(app, dist);
  });
  afterAll(async () => {
    await app.close();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'GET', url, headers });

  it('serves files, the page for client routes, and 404 for a missing file', async () => {
    const asset = await get('/assets/app-1a2b.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe(script);
    const clientRoute = await get('/therapist/clients');
    expect(clientRoute.statusCode).toBe(200);
    expect(clientRoute.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(clientRoute.body).toBe(page);
    const stale = await get('/assets/app-0-from-an-older-build.js');
    expect(stale.statusCode).toBe(404);
    expect(stale.headers['content-type']).toContain('text/plain');
    const api = await get('/api/nothing-here');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('sends the brotli copy of a hashed asset to a browser that takes it, cached for good', async () => {
    const response = await get('/assets/app-1a2b.js', {
      'accept-encoding': 'gzip, deflate, br, zstd',
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toBe(immutable);
    expect(response.headers['accept-ranges']).toBeUndefined();
    expect(Number(response.headers['content-length'])).toBe(response.rawPayload.length);
    expect(response.rawPayload.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('follows the q-values: gzip when brotli is refused or weighed lower', async () => {
    for (const header of ['gzip', 'br;q=0, gzip', 'br;q=0.5, gzip;q=0.8', 'x-gzip']) {
      const response = await get('/assets/app-1a2b.js', { 'accept-encoding': header });
      expect(response.headers['content-encoding'], header).toBe('gzip');
      expect(response.headers['content-type'], header).toBe('text/javascript; charset=utf-8');
      expect(gunzipSync(response.rawPayload).toString(), header).toBe(script);
    }
  });

  it('sends the plain file without the header, for unknown codings, and when all are refused', async () => {
    for (const header of [undefined, 'zstd', 'deflate;q=1', 'br;q=0, gzip;q=0', 'identity']) {
      const response = await get(
        '/assets/app-1a2b.js',
        header ? { 'accept-encoding': header } : {},
      );
      expect(response.statusCode, header).toBe(200);
      expect(response.headers['content-encoding'], header).toBeUndefined();
      expect(response.headers['content-type'], header).toBe('text/javascript; charset=utf-8');
      expect(response.headers.vary, header).toBe('Accept-Encoding');
      expect(response.headers['cache-control'], header).toBe(immutable);
      expect(response.body, header).toBe(script);
    }
  });

  it('answers a range request from the plain file, whatever the browser accepts', async () => {
    const response = await get('/assets/app-1a2b.js', {
      'accept-encoding': 'br, gzip',
      range: 'bytes=0-5',
    });
    expect(response.statusCode).toBe(206);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['content-range']).toBe(`bytes 0-5/${script.length}`);
    expect(response.body).toBe(script.slice(0, 6));
  });

  it('answers HEAD with the headers of the copy GET would send, and no body', async () => {
    const head = await app.inject({
      method: 'HEAD',
      url: '/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'br' },
    });
    const get = await app.inject({
      method: 'GET',
      url: '/assets/app-1a2b.js',
      headers: { 'accept-encoding': 'br' },
    });
    expect(head.statusCode).toBe(200);
    expect(head.rawPayload.length).toBe(0);
    for (const name of ['content-encoding', 'content-type', 'content-length', 'vary', 'etag']) {
      expect(head.headers[name], name).toBe(get.headers[name]);
    }
    expect(head.headers['cache-control']).toBe(immutable);
  });

  it('keeps the copies apart for caches: each has its own ETag', async () => {
    const tags = await Promise.all(
      ['br', 'gzip', 'identity'].map(
        async (coding) =>
          (await get('/assets/app-1a2b.js', { 'accept-encoding': coding })).headers.etag,
      ),
    );
    expect(new Set(tags).size).toBe(3);
  });

  it('compresses the page for client routes too, and has it revalidated on every visit', async () => {
    for (const url of ['/', '/client', '/index.html']) {
      const response = await get(url, { 'accept-encoding': 'gzip, br' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers.vary, url).toBe('Accept-Encoding');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });

  it('sends files without copies as they are, with the caching their place gives them', async () => {
    const css = await get('/assets/tiny-3c4d.css', { 'accept-encoding': 'br' });
    expect(css.headers['content-encoding']).toBeUndefined();
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(css.headers.vary).toBeUndefined();
    expect(css.headers['cache-control']).toBe(immutable);
    expect(css.body).toBe('a{}');

    const png = await get('/assets/logo-5e6f.png', { 'accept-encoding': 'br' });
    expect(png.headers['content-encoding']).toBeUndefined();
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers.vary).toBeUndefined();

    const icon = await get('/icons/icon.svg', { 'accept-encoding': 'br' });
    expect(icon.headers['content-type']).toBe('image/svg+xml');
    expect(icon.headers['cache-control']).toBe('no-cache');
  });
});
