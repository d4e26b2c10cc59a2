/** What a `tandem` subcommand gets: its arguments and the outside world, passed in so tests can capture it. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  env?: Record<string, string | undefined>;
}

export interface Command {
  name: string;
  summary: string;
  /** Resolves to the process exit code. */
  run: (argv: string[], io: CommandIo) => Promise<number>;
}
