import { readFile } from 'node:fs/promises';
import { ConfigError } from '../config.ts';
import { formatStartupError, isStartupError } from '../db/startup-error.ts';
import type { Command, CommandIo } from './command.ts';
import { commands } from './commands/index.ts';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: tandem <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `tandem <command> --help` for the options of one command.',
  ].join('\n');
}

export const processIo: CommandIo = {
  stdout: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  readFile: (path) => readFile(path, 'utf8'),
  env: process.env,
};

/** node:util parseArgs refuses unknown options and stray arguments with these codes. */
function isArgumentError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS_')
  );
}

/** Runs one command; errors become a plain message and exit code, never a stack trace. */
export async function main(argv: string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(usage());
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return 0;
  }
  const command: Command | undefined = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`tandem: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isStartupError(error)) {
      io.stderr(formatStartupError(error));
      return 1;
    }
    if (error instanceof ConfigError) {
      io.stderr(`tandem: configuration error: ${error.message}`);
      return 1;
    }
    if (isArgumentError(error)) {
      io.stderr(`tandem ${name}: ${error.message}\nRun \`tandem ${name} --help\` for its options.`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`tandem ${name}: ${message}`);
    if (process.env.TANDEM_DEBUG === '1' && error instanceof Error) io.stderr(error.stack ?? '');
    return 1;
  }
}
