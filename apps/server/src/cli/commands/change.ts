import { parseArgs } from 'node:util';
import {
  NHS_TALKING_THERAPIES_THRESHOLDS,
  changeForInstrument,
  getInstrument,
  nhsTalkingTherapiesOutcome,
  type ChangeInputError,
  type InstrumentChange,
  type NhsTalkingTherapiesOutcome,
} from '@tandem/instruments';
import type { Command, CommandIo } from '../command.ts';

const HELP = `Usage:
  tandem change <instrument> --before N --after M [--json]
  tandem change nhs-tt --phq9 FIRST,LAST --gad7 FIRST,LAST [--json]

The first form gives the Jacobson–Truax reliable change index, the
clinical-significance cut-offs a, b, c and the category (recovered, improved,
unchanged, deteriorated) from the instrument's cited constants, and any
published reliable-change threshold. The second gives the NHS Talking
Therapies paired outcomes (caseness, recovery, reliable improvement,
deterioration and recovery) for PHQ-9 with GAD-7.
Exit status: 0 computed, 1 invalid numbers, 2 usage error.`;

const OPTIONS = {
  before: { type: 'string' },
  after: { type: 'string' },
  phq9: { type: 'string' },
  gad7: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

class UsageError extends Error {}

export const command: Command = {
  name: 'change',
  summary: 'Reliable and clinically significant change; NHS Talking Therapies outcomes',
  run: (argv, io) => {
    try {
      return Promise.resolve(run(argv, io));
    } catch (error) {
      if (error instanceof UsageError || isParseArgsError(error)) {
        io.stderr(`tandem change: ${(error as Error).message}\n\n${HELP}`);
        return Promise.resolve(2);
      }
      throw error;
    }
  },
};

function run(argv: string[], io: CommandIo): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError('name one instrument, or nhs-tt');
  const target = positionals[0] as string;
  if (target === 'nhs-tt') {
    if (values.phq9 === undefined || values.gad7 === undefined)
      throw new UsageError('nhs-tt needs --phq9 FIRST,LAST and --gad7 FIRST,LAST');
    const phq9 = parsePair(values.phq9, 'phq9');
    const gad7 = parsePair(values.gad7, 'gad7');
    const errors = [...phq9.errors, ...gad7.errors];
    if (errors.length > 0) return reportErrors(io, errors);
    const result = nhsTalkingTherapiesOutcome({ phq9: phq9.pair, gad7: gad7.pair });
    if (!result.ok) return reportErrors(io, result.errors);
    io.stdout(
      values.json
        ? JSON.stringify({ ...result.value, rules: NHS_TALKING_THERAPIES_THRESHOLDS })
        : describeNhs(result.value),
    );
    return 0;
  }
  const definition = getInstrument(target);
  if (!definition)
    throw new UsageError(`unknown instrument "${target}"; \`tandem instruments\` lists them`);
  if (values.before === undefined || values.after === undefined)
    throw new UsageError('give --before N and --after M');
  const before = parseNumber(values.before, 'before');
  const after = parseNumber(values.after, 'after');
  const numberErrors = [before, after].filter(
    (value): value is ChangeInputError => typeof value !== 'number',
  );
  if (numberErrors.length > 0) return reportErrors(io, numberErrors);
  const result = changeForInstrument(definition, before, after);
  if (!result.ok) return reportErrors(io, result.errors);
  io.stdout(
    values.json
      ? JSON.stringify(result.value)
      : describeChange(definition.shortTitle, result.value),
  );
  return 0;
}

/** How the command line names an input field: `before` → `--before`, `phq9.last` → `--phq9 LAST`. */
function optionLabel(field: string): string {
  const [option, part] = field.split('.');
  return part === undefined ? `--${option}` : `--${option} ${part.toUpperCase()}`;
}

/** Accepts plain decimal numbers only: "12", "9.5"; not "", "1e3", "0x10". */
function parseNumber(text: string, field: string): number | ChangeInputError {
  const trimmed = text.trim();
  return /^-?\d+(\.\d+)?$/.test(trimmed)
    ? Number(trimmed)
    : { field, message: `${field} must be a number, got "${text}"` };
}

function parsePair(
  text: string,
  option: string,
): { pair: { first: number; last: number }; errors: ChangeInputError[] } {
  const parts = text.split(',');
  if (parts.length !== 2) {
    return {
      pair: { first: 0, last: 0 },
      errors: [
        { field: option, message: `${option} must be FIRST,LAST, e.g. 16,8; got "${text}"` },
      ],
    };
  }
  const first = parseNumber(parts[0] ?? '', `${option}.first`);
  const last = parseNumber(parts[1] ?? '', `${option}.last`);
  const errors = [first, last].filter(
    (value): value is ChangeInputError => typeof value !== 'number',
  );
  return {
    pair: {
      first: typeof first === 'number' ? first : 0,
      last: typeof last === 'number' ? last : 0,
    },
    errors,
  };
}

/** Each problem once, naming the option at fault: `--phq9 LAST must be between 0 and 27, got 30`. */
function reportErrors(io: CommandIo, errors: readonly ChangeInputError[]): number {
  for (const error of errors) {
    const label = optionLabel(error.field);
    const text = error.message.startsWith(error.field)
      ? `${label}${error.message.slice(error.field.length)}`
      : `${label}: ${error.message}`;
    io.stderr(`tandem change: ${text}`);
  }
  return 1;
}

function describeChange(shortTitle: string, change: InstrumentChange): string {
  const round = (value: number): string => String(Math.round(value * 1000) / 1000);
  const lines = [
    `${shortTitle} ${change.before} → ${change.after} (change ${change.change}; ${change.betterDirection} is better)`,
  ];
  const jt = change.jacobsonTruax;
  if (jt) {
    lines.push(
      `Jacobson–Truax: RCI ${round(jt.rci)}, reliable beyond ${round(jt.thresholdPoints)} points: ${jt.direction}`,
    );
  }
  if (change.cutoffs) {
    const { a, b, c } = change.cutoffs;
    lines.push(`cut-offs a ${round(a)}, b ${round(b)}, c ${round(c)} (c used)`);
  }
  if (change.publishedReliableChange) {
    const published = change.publishedReliableChange;
    lines.push(
      `published threshold ${published.points} points (${published.source}): ${published.direction}`,
    );
  }
  if (change.publishedCutoff) {
    const cutoff = change.publishedCutoff;
    lines.push(
      `published cut-off ${cutoff.functional} ${cutoff.value} is functional (${cutoff.source})`,
    );
  }
  lines.push(`category: ${change.category ?? 'not computable'}`);
  return [...lines, ...change.notes].join('\n');
}

function describeNhs(outcome: NhsTalkingTherapiesOutcome): string {
  const yesNo = (value: boolean | null): string =>
    value === null ? 'not applicable' : value ? 'yes' : 'no';
  return [
    `PHQ-9 ${outcome.phq9.first} → ${outcome.phq9.last}, GAD-7 ${outcome.gad7.first} → ${outcome.gad7.last}`,
    `caseness at start: ${yesNo(outcome.casenessAtStart)}`,
    `recovery: ${yesNo(outcome.recovery)}`,
    `reliable improvement: ${yesNo(outcome.reliableImprovement)}`,
    `reliable deterioration: ${yesNo(outcome.reliableDeterioration)}`,
    `reliable recovery: ${yesNo(outcome.reliableRecovery)}`,
    ...outcome.notes,
  ].join('\n');
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')
  );
}
