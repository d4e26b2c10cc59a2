import { parseArgs } from 'node:util';
import {
  getInstrument,
  scoreResponse,
  type Answers,
  type InstrumentDefinition,
  type Sex,
} from '@tandem/instruments';
import type { Command, CommandIo } from '../command.ts';
import { describeIssue, responseJson, scoreFhir } from './score/score-fhir.ts';
import { CsvFileError, scoreCsv } from './score/score-csv.ts';
import { describeResponse, describeScore, scoreJson } from './score/format-score.ts';

const HELP = `Usage:
  tandem score <instrument> --answers '{"1":2,"2":0,…}' [--json] [--sex female|male]
  tandem score <instrument> --csv responses.csv [--sex female|male]
  tandem score --questionnaire <instrument id | Questionnaire.json> --response QuestionnaireResponse.json [--json] [--details]

Item ids are the instrument's own (PHQ-9: "1" … "10"); see \`tandem instruments --json\`.
--json prints {"instrument","total","band","prorated","valid","reason","subscales","critical"}.
--csv reads one row per response with one column per item id (other columns are
copied) and writes the scored CSV to standard output; rows that cannot be scored
are reported on standard error by row number (the header is row 1).
--questionnaire takes a built-in instrument id or a Questionnaire file. The
response must name the Questionnaire it answers (QuestionnaireResponse.questionnaire,
"url" or "url|version"; built-in: http://tandem.health/fhir/Questionnaire/<id>|<version>).
A Questionnaire carrying a built-in instrument's LOINC panel and item codes is
scored as that instrument; any other by its own FHIRPath. --details adds how it
was scored and, for FHIRPath, a "fhir" object (stated versus recomputed totals).
--sex is needed only for sex-specific cut-offs (AUDIT-C caseness).
Exit status: 0 scored, 1 not scorable or invalid input, 2 usage error.`;

const OPTIONS = {
  answers: { type: 'string' },
  csv: { type: 'string' },
  questionnaire: { type: 'string' },
  response: { type: 'string' },
  sex: { type: 'string' },
  json: { type: 'boolean', default: false },
  details: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** Wrong options: exit 2 with the usage text. */
class UsageError extends Error {}
/** Options fine, content not (unreadable file, malformed JSON): exit 1, message names the option. */
class InputError extends Error {}

export const command: Command = {
  name: 'score',
  summary: 'Score a response, a CSV export, or a FHIR QuestionnaireResponse',
  run: async (argv, io) => {
    try {
      return await run(argv, io);
    } catch (error) {
      if (error instanceof UsageError || isParseArgsError(error)) {
        io.stderr(`tandem score: ${(error as Error).message}\n\n${HELP}`);
        return 2;
      }
      if (error instanceof InputError) {
        io.stderr(`tandem score: ${error.message}`);
        return 1;
      }
      throw error;
    }
  },
};

async function run(argv: string[], io: CommandIo): Promise<number> {
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
  const sex = parseSex(values.sex);
  if (values.questionnaire !== undefined || values.response !== undefined) {
    if (positionals.length > 0)
      throw new UsageError('give either an instrument or --questionnaire, not both');
    return scoreFhirFiles(io, values.questionnaire, values.response, sex, {
      json: values.json,
      details: values.details,
    });
  }
  if (positionals.length !== 1)
    throw new UsageError('name one instrument, e.g. `tandem score phq-9 --answers …`');
  const definition = instrument(positionals[0] as string);
  if (values.answers !== undefined && values.csv !== undefined)
    throw new UsageError('give --answers or --csv, not both');
  if (values.csv !== undefined) return scoreCsvFile(io, definition, values.csv, sex);
  if (values.answers === undefined) throw new UsageError("give --answers '<json>' or --csv <file>");

  // scoreResponse checks every value itself (validateAnswers takes unknown
  // values) and names each bad item in `reason`.
  const answers = parseAnswers(values.answers) as Answers;
  const result = scoreResponse(definition, answers, sex === undefined ? {} : { sex });
  io.stdout(
    values.json ? JSON.stringify(scoreJson(result)) : describeScore(definition.shortTitle, result),
  );
  if (!result.valid) io.stderr(`tandem score: ${result.reason ?? 'not scorable'}`);
  return result.valid ? 0 : 1;
}

async function scoreCsvFile(
  io: CommandIo,
  definition: InstrumentDefinition,
  path: string,
  sex: Sex | undefined,
): Promise<number> {
  const text = await readInput(io, path, '--csv');
  try {
    const scored = scoreCsv(definition, text, sex);
    for (const warning of scored.warnings) io.stderr(`tandem score: ${warning}`);
    io.stdout(scored.csv);
    for (const problem of scored.problems) io.stderr(`tandem score: ${problem}`);
    return scored.problems.length === 0 ? 0 : 1;
  } catch (error) {
    if (error instanceof CsvFileError) {
      io.stderr(`tandem score: ${path}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

async function scoreFhirFiles(
  io: CommandIo,
  questionnaireArg: string | undefined,
  responsePath: string | undefined,
  sex: Sex | undefined,
  output: { readonly json: boolean; readonly details: boolean },
): Promise<number> {
  const { json } = output;
  if (questionnaireArg === undefined || responsePath === undefined) {
    throw new UsageError('--questionnaire and --response go together');
  }
  const questionnaire = getInstrument(questionnaireArg)
    ? questionnaireArg
    : parseJsonText(await readInput(io, questionnaireArg, '--questionnaire'), '--questionnaire');
  const response = parseJsonText(await readInput(io, responsePath, '--response'), '--response');
  const scored = scoreFhir(questionnaire, response, sex);
  if (scored.kind === 'invalid') {
    for (const found of scored.issues) io.stderr(`tandem score: ${describeIssue(found)}`);
    return 1;
  }
  const { result } = scored;
  io.stdout(json ? JSON.stringify(responseJson(result, output.details)) : describeResponse(result));
  if (!result.valid) io.stderr(`tandem score: ${result.reason ?? 'not scorable'}`);
  return result.valid ? 0 : 1;
}

function instrument(id: string): InstrumentDefinition {
  const definition = getInstrument(id);
  if (!definition)
    throw new UsageError(`unknown instrument "${id}"; \`tandem instruments\` lists them`);
  return definition;
}

function parseSex(value: string | undefined): Sex | undefined {
  if (value === undefined || value === 'female' || value === 'male') return value;
  throw new UsageError(`--sex must be female or male, got "${value}"`);
}

function parseAnswers(text: string): Record<string, unknown> {
  const parsed = parseJsonText(text, '--answers');
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InputError('--answers must be a JSON object of item id → value, e.g. {"1":2,"2":0}');
  }
  return parsed as Record<string, unknown>;
}

function parseJsonText(text: string, option: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${option} is not valid JSON (${(error as Error).message})`);
  }
}

async function readInput(io: CommandIo, path: string, option: string): Promise<string> {
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${option}: cannot read ${path}${code ? ` (${code})` : ''}`);
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error &&
    'code' in error &&
    String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')
  );
}
