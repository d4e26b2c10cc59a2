import { randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import type { CommandIo } from '../cli/command.ts';
import { main } from '../cli/main.ts';
import { ownerUrlFor } from './test-database.ts';

/**
 * Runs `tandem …` in-process against a test database, as the shell would,
 * capturing what it prints; e.g. `(await cliOn(db.url)('practice', 'list')).stdout`.
 */
export function cliOn(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  const owner = ownerUrlFor(databaseUrl);
  const dataDir = path.join(os.tmpdir(), `tandem-cli-${randomBytes(6).toString('hex')}`);
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CommandIo = {
      stdout: (t) => (stdout += `${t}\n`),
      stderr: (t) => (stderr += `${t}\n`),
      readFile: () => Promise.reject(new Error('no files here')),
      env: {
        // Never the checkout's ./data (a developer's audit key and checkpoints): a folder
        // of its own, made only if a command writes there.
        TANDEM_DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        // Commands that migrate do it as the owner, as in production (ADR 0007).
        ...(owner === null ? {} : { DATABASE_OWNER_URL: owner }),
        TANDEM_PUBLIC_URL: 'https://tandem.example.org',
        ...extraEnv,
      },
    };
    const code = await main(argv, io);
    return { code, stdout, stderr };
  };
}
