import pino from 'pino';
import { loadConfig } from '../../config.ts';
import { formatStoppedError } from '../../db/startup-error.ts';
import { startTandem } from '../../runtime.ts';
import type { Command } from '../command.ts';

export const command: Command = {
  name: 'serve',
  summary: 'Start Tandem (HTTP, jobs; the embedded PostgreSQL unless DATABASE_URL is set)',
  async run(argv, io) {
    const usage =
      'Usage: tandem serve\n\nConfigured by environment variables (PORT, TANDEM_DATA_DIR, DATABASE_URL, …): see README.md (Configuration).';
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(usage);
      return 0;
    }
    if (argv.length > 0) {
      io.stderr(
        `tandem serve: unexpected argument "${argv[0]}"; settings are environment variables.\n\n${usage}`,
      );
      return 2;
    }
    const config = loadConfig(io.env ?? process.env);
    const log = pino({ level: config.logLevel });
    io.stdout(
      config.databaseUrl
        ? 'Connecting to PostgreSQL (DATABASE_URL)…'
        : `Starting the embedded PostgreSQL in ${config.dataDir}…`,
    );
    const tandem = await startTandem(config, log);
    if (tandem.demoCredentials) {
      io.stdout('\nA demo practice was created (sample data, clearly labelled).');
      io.stdout(
        config.demoPassword
          ? 'Demo accounts (password from TANDEM_DEMO_PASSWORD):'
          : 'Demo accounts; this password is shown only now:',
      );
      for (const account of tandem.demoCredentials) {
        io.stdout(
          `  ${account.role.padEnd(10)} ${account.email.padEnd(30)} ${config.demoPassword ? '' : account.password}`,
        );
      }
    }
    io.stdout(
      `\nTandem is running at ${tandem.url} (database: ${tandem.database.kind}). Press Ctrl-C to stop.`,
    );

    return new Promise<number>((resolve) => {
      let stopping = false;
      const stop = (signal: string) => {
        if (stopping) return;
        stopping = true;
        io.stdout(`\n${signal}: stopping Tandem…`);
        tandem
          .stop()
          .then(() => {
            io.stdout('Stopped cleanly.');
            resolve(0);
          })
          .catch((error: unknown) => {
            io.stderr(
              `Tandem did not stop cleanly: ${error instanceof Error ? error.message : String(error)}`,
            );
            resolve(1);
          });
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      // The terminal closed: stop as cleanly as for Ctrl-C rather than die mid-request.
      process.once('SIGHUP', () => stop('SIGHUP'));
      // The embedded PostgreSQL is gone for good: stop just as cleanly, say why, exit 1.
      void tandem.failed.then((error) => {
        if (stopping) return;
        stopping = true;
        io.stderr(formatStoppedError(error));
        tandem.stop().then(
          () => resolve(1),
          () => resolve(1),
        );
      });
    });
  },
};
