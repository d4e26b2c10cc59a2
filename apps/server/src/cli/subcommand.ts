import type { CommandIo } from './command.ts';

/**
 * The first argument of a command with subcommands (`tandem user
 * reset-password …`): the subcommand and the rest, or the exit code when
 * there is nothing to run (help asked for: 0; none or an unknown one: 2, with
 * the help on stderr).
 */
export function subcommandOf<S extends string>(
  argv: string[],
  io: CommandIo,
  command: { name: string; help: string; subcommands: readonly S[] },
): { sub: S; rest: string[] } | { exitCode: number } {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(command.help);
    return { exitCode: 0 };
  }
  if (sub === undefined || !(command.subcommands as readonly string[]).includes(sub)) {
    io.stderr(
      sub === undefined
        ? command.help
        : `tandem ${command.name}: unknown subcommand "${sub}"\n\n${command.help}`,
    );
    return { exitCode: 2 };
  }
  return { sub: sub as S, rest };
}
