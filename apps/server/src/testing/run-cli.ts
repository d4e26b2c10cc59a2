import type { CommandIo } from '../cli/command.ts';
import { main } from '../cli/main.ts';

/**
 * Runs `tandem …` in-process against a test database, as the shell would,
 * capturing what it prints; e.g. `(await cliOn(db.url)('practice', 'list')).stdout`.
 */
export function cliOn(databaseUrl: string, extraEnv: Record<string, string> = {}) {
  return async (...argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CommandIo = {
      stdout: (t) => (stdout += `${t}\n`),
      stderr: (t) => (stderr += `${t}\n`),
      readFile: () => Promise.reject(new Error('no files here')),
      env: {
        DATABASE_URL: databaseUrl,
        TANDEM_PUBLIC_URL: 'https://tandem.example.org',
        ...extraEnv,
      },
    };
    const code = await main(argv, io);
    return { code, stdout, stderr };
  };
}
