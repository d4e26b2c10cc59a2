// Scores one million random PHQ-9 responses with the built-in scorer and the
// same million, as FHIR QuestionnaireResponses, with FHIRPath (Tandem's import
// scorer: response validation, then the exported Questionnaire's SDC variables
// and calculatedExpression evaluated by fhirpath.js), and prints both rates
// and their ratio. A third figure, fhirpath.js on its own (its own weight(),
// no validation), is measured on a sample for comparison.
//
// Not a test: timings on shared machines are noisy, so the CPU time of this
// process is reported beside the wall-clock time.
//
//   npm run bench -w packages/instruments
//   BENCH_FHIRPATH_RESPONSES=100000 npm run bench …  (a quicker, sampled FHIRPath run)
//   BENCH_FHIRPATH_ALONE_RESPONSES=1000000 npm run bench …  (the third figure in full)
import { performance } from 'node:perf_hooks';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { Questionnaire, QuestionnaireItem } from 'fhir/r4.js';
import type { Answers } from '../src/definition/types.ts';
import { extensionUrl, optionValueSystem, scoreLinkId } from '../src/fhir-export/constants.ts';
import { toQuestionnaire } from '../src/fhir-export/to-questionnaire.ts';
import {
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
} from '../src/fhir-import/score-questionnaire-response.ts';
import { getInstrument } from '../src/registry.ts';
import { scoreResponse } from '../src/scoring/score-response.ts';

const TOTAL = 1_000_000;
const CHUNK = 10_000;

function countFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < CHUNK || value > TOTAL || value % CHUNK !== 0) {
    throw new Error(`${name} must be a multiple of ${CHUNK} from ${CHUNK} to ${TOTAL}`);
  }
  return value;
}

const FHIRPATH_COUNT = countFromEnv('BENCH_FHIRPATH_RESPONSES', TOTAL);
const ALONE_COUNT = countFromEnv('BENCH_FHIRPATH_ALONE_RESPONSES', 100_000);

const phq9 = getInstrument('phq-9');
if (!phq9) throw new Error('PHQ-9 is not registered');
const itemIds = phq9.total.items;

/** Deterministic PRNG (mulberry32) so every run scores the same responses. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The next response of the deterministic stream: nine answers 0–3. */
function answersAt(next: () => number): Answers {
  const answers: Record<string, number> = {};
  for (const id of itemIds) answers[id] = Math.floor(next() * 4);
  return answers;
}

function toResponse(answers: Answers): unknown {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    item: itemIds.map((linkId) => ({
      linkId,
      answer: [{ valueCoding: { system: optionValueSystem, code: String(answers[linkId]) } }],
    })),
  };
}

interface Timing {
  readonly count: number;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
  readonly checksum: number;
}

/**
 * Scores `count` responses of the stream in chunks: each chunk is generated
 * first (not timed), then scored (timed), so a million responses never sit
 * in memory at once and generation never counts as scoring.
 */
function timeInChunks<T>(
  count: number,
  make: (answers: Answers) => T,
  score: (input: T) => number,
): Timing {
  const next = random(42);
  let wall = 0;
  let cpu = 0;
  let checksum = 0;
  for (let done = 0; done < count; done += CHUNK) {
    const inputs: T[] = [];
    for (let index = 0; index < CHUNK; index++) inputs.push(make(answersAt(next)));
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    for (const input of inputs) checksum += score(input);
    wall += performance.now() - wallStart;
    const used = process.cpuUsage(cpuStart);
    cpu += (used.user + used.system) / 1000;
  }
  return { count, wallSeconds: wall / 1000, cpuSeconds: cpu / 1000, checksum };
}

const rate = (timing: Timing): number => timing.count / timing.wallSeconds;
const perResponse = (timing: Timing): string => {
  const micros = (timing.wallSeconds / timing.count) * 1e6;
  return micros < 10 ? `${micros.toFixed(2)} µs` : `${micros.toFixed(0)} µs`;
};

function report(label: string, timing: Timing): void {
  console.log(
    `${label.padEnd(32)} ${timing.count.toLocaleString('en').padStart(9)} responses in ${timing.wallSeconds.toFixed(2).padStart(7)} s` +
      ` (CPU ${timing.cpuSeconds.toFixed(2)} s) → ${Math.round(rate(timing)).toLocaleString('en').padStart(9)} responses/s, ${perResponse(timing)} each`,
  );
}

// --- fhirpath.js alone: a minimal SDC evaluation of the exported total item
// (its variables in order, then its calculatedExpression) with fhirpath.js's
// own weight(), which looks each answer's score up in %questionnaire.
type Evaluator = (resource: unknown, env: Record<string, unknown>, options?: object) => unknown[];

function fhirpathAlone(questionnaire: Questionnaire): (response: unknown) => number {
  const item = questionnaire.item?.find(
    (candidate: QuestionnaireItem) => candidate.linkId === scoreLinkId('total'),
  );
  const expressions = item?.extension ?? [];
  const variables = expressions
    .filter((extension) => extension.url === extensionUrl.variable)
    .map((extension) => {
      const { name = '', expression = '' } = extension.valueExpression ?? {};
      return [name, fhirpath.compile(expression, r4) as Evaluator] as const;
    });
  const calculated = expressions.find(
    (extension) => extension.url === extensionUrl.calculatedExpression,
  )?.valueExpression?.expression;
  if (calculated === undefined) throw new Error('the exported total has no calculatedExpression');
  const total = fhirpath.compile(calculated, r4) as Evaluator;
  return (response) => {
    let env: Record<string, unknown> = { resource: response, questionnaire };
    for (const [name, evaluate] of variables) {
      env = { ...env, [name]: evaluate(response, env, { resolveInternalTypes: false }) };
    }
    const [value] = total(response, env);
    return typeof value === 'number' ? value : 0;
  };
}

console.log(`PHQ-9 scoring benchmark: node ${process.version}, fhirpath.js ${fhirpath.version}`);
console.log('');

// Warm-up, so that the first timed chunk is not the JIT's.
const questionnaire = toQuestionnaire(phq9);
const prepared = prepareQuestionnaire(questionnaire);
if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
const importScore = (response: unknown): number => {
  const result = scoreQuestionnaireResponse(prepared.value, response);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.total ?? 0;
};
const alone = fhirpathAlone(questionnaire);
const warm = random(7);
for (let index = 0; index < 2000; index++) {
  const answers = answersAt(warm);
  scoreResponse(phq9, answers);
  importScore(toResponse(answers));
  alone(toResponse(answers));
}

const builtIn = timeInChunks(
  TOTAL,
  (answers) => answers,
  (answers) => scoreResponse(phq9, answers).total ?? 0,
);
report('built-in scorer', builtIn);
const viaFhirpath = timeInChunks(FHIRPATH_COUNT, toResponse, importScore);
report('FHIRPath (import scorer)', viaFhirpath);
const viaAlone = timeInChunks(ALONE_COUNT, toResponse, alone);
report('fhirpath.js alone (no validation)', viaAlone);

// Every route scores the same stream from its start: over the responses a
// route scored, its totals must add up to the built-in scorer's.
const builtInSum = (count: number): number =>
  count === TOTAL
    ? builtIn.checksum
    : timeInChunks(
        count,
        (answers) => answers,
        (answers) => scoreResponse(phq9, answers).total ?? 0,
      ).checksum;
const agreeFhirpath = Math.abs(builtInSum(FHIRPATH_COUNT) - viaFhirpath.checksum) < 1e-6;
const agreeAlone = Math.abs(builtInSum(ALONE_COUNT) - viaAlone.checksum) < 1e-6;

console.log('');
console.log(
  `ratio built-in / FHIRPath (import scorer):  ${(rate(builtIn) / rate(viaFhirpath)).toFixed(0)}×`,
);
console.log(
  `ratio built-in / fhirpath.js alone:         ${(rate(builtIn) / rate(viaAlone)).toFixed(0)}×`,
);
if (FHIRPATH_COUNT < TOTAL) {
  console.log(
    `FHIRPath (import scorer) ran on ${FHIRPATH_COUNT.toLocaleString('en')} of the ${TOTAL.toLocaleString('en')} responses ` +
      '(BENCH_FHIRPATH_RESPONSES); its rate is measured on those, not extrapolated from a smaller run.',
  );
}
if (ALONE_COUNT < TOTAL) {
  console.log(
    `fhirpath.js alone ran on the first ${ALONE_COUNT.toLocaleString('en')} responses only (BENCH_FHIRPATH_ALONE_RESPONSES=1000000 for all): ` +
      'it is a reference figure, not a route Tandem scores by.',
  );
}
console.log(
  `totals agree with the built-in scorer: FHIRPath ${agreeFhirpath ? 'yes' : 'NO'}, fhirpath.js alone ${agreeAlone ? 'yes' : 'NO'}`,
);
if (!agreeFhirpath || !agreeAlone) process.exitCode = 1;
