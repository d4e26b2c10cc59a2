import { parseArgs } from 'node:util';
import { migrationStatus } from '../../db/migrate.ts';
import { migrations } from '../../db/migrations/index.ts';
import { KeyringFileError } from '../../crypto/keyring-file.ts';
import type { Command } from '../command.ts';
import { subcommandOf } from '../subcommand.ts';
import { withDatabase } from '../with-database.ts';
import { retireKey } from './keys/retire.ts';
import { rotateKeys } from './keys/rotate.ts';
import { printKeyStatus } from './keys/status.ts';

const help = `Usage:
  tandem keys status
  tandem keys rotate [--no-new-key] [--batch-size <rows>]
  tandem keys retire <key id>

The keys that encrypt free text at rest (ADR 0014; docs/operations.md,
"Encryption keys"). Only key ids are ever printed, never key material.

status   the active key, the keys held, and how many values of each encrypted
         column name each key id.
rotate   with the keyring file: adds a new key and makes it active (older keys
         stay, readable), waits for running instances to notice (twice
         TANDEM_ENCRYPTION_KEY_CHECK_SECONDS, plus a second), then re-encrypts
         every value under it, in batches, while Tandem keeps serving.
         With keys in configuration: re-encrypts under TANDEM_ENCRYPTION_KEY
         (restart every instance with it first).
         --no-new-key re-encrypts under the active key without adding one (to
         finish a rotation that was interrupted).
retire   removes a replaced key from the keyring file once no value names it.
         Backups taken while it was in use need it: keep a copy with them.

Exit code 1 when something is left to do (values that do not open, values
still under an older key, a key still in use).`;

export const command: Command = {
  name: 'keys',
  summary: 'Encryption keys of free text: `tandem keys status`, `rotate`, `retire <id>`',
  async run(argv, io) {
    const parsed = subcommandOf(argv, io, {
      name: 'keys',
      help,
      subcommands: ['status', 'rotate', 'retire'] as const,
    });
    if ('exitCode' in parsed) return parsed.exitCode;
    const { sub, rest } = parsed;
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: sub === 'retire',
      options: {
        'no-new-key': { type: 'boolean' },
        'batch-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout(help);
      return 0;
    }
    const batchSize = Number(values['batch-size'] ?? '500');
    if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
      io.stderr('tandem keys: --batch-size must be a whole number from 1 to 10000.');
      return 2;
    }
    if (sub === 'retire' && positionals.length !== 1) {
      io.stderr(`tandem keys retire: name one key id (see \`tandem keys status\`).\n\n${help}`);
      return 2;
    }
    return withDatabase(io, async ({ db }, config) => {
      const schema = await migrationStatus(db, migrations);
      if (schema.pending.length > 0) {
        io.stderr(
          `tandem keys ${sub}: this database lacks migrations of this build (${schema.pending.join(', ')}). Start Tandem or run \`tandem migrate\` first.`,
        );
        return 1;
      }
      try {
        if (sub === 'status') return await printKeyStatus(io, db, config);
        if (sub === 'rotate') {
          return await rotateKeys(io, db, config, {
            newKey: values['no-new-key'] !== true,
            batchSize,
          });
        }
        return await retireKey(io, db, config, positionals[0]!.toLowerCase());
      } catch (error) {
        if (error instanceof KeyringFileError) {
          io.stderr(`tandem keys ${sub}: ${error.message}`);
          return 1;
        }
        throw error;
      }
    });
  },
};
