import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The text formats the build emits; images and fonts are compressed already. */
const compressible = /\.(?:js|mjs|css|html|svg|json|webmanifest)$/i;

/** Brotli and gzip copies of one file, each kept only if it is smaller than the file itself. */
export async function compressedCopies(content: Buffer): Promise<{ br?: Buffer; gz?: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        // Compressed once per build and sent to every phone: the slowest, smallest setting pays.
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  return {
    ...(br.length < content.length ? { br } : {}),
    ...(gz.length < content.length ? { gz } : {}),
  };
}

/**
 * Writes `name.br` and `name.gz` beside every text file of the build (hashed
 * chunks, CSS, index.html), so the server sends phones a quarter of the bytes
 * without compressing anything per request (apps/server/src/http/static-web.ts
 * picks the copy the browser accepts). node:zlib only: no dependency.
 */
export function precompress(): Plugin {
  return {
    name: 'tandem:precompress',
    apply: 'build',
    async writeBundle(output, bundle) {
      const outDir = output.dir;
      if (outDir === undefined) return;
      const files = Object.keys(bundle).filter((fileName) => compressible.test(fileName));
      await Promise.all(
        files.map(async (fileName) => {
          const file = path.join(outDir, fileName);
          const copies = await compressedCopies(await readFile(file));
          if (copies.br) await writeFile(`${file}.br`, copies.br);
          if (copies.gz) await writeFile(`${file}.gz`, copies.gz);
        }),
      );
    },
  };
}
