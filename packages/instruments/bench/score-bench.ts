// Scores one million random PHQ-9 responses with the built-in scorer and
// compares the rate with FHIRPath scoring of the same responses against the
// exported PHQ-9 Questionnaire. FHIRPath is far slower, so it is timed on a
// sample (BENCH_FHIRPATH_SAMPLE, default 2000) and its rate extrapolated to a
// million, as the output says; BENCH_FHIRPATH_SAMPLE=1000000 runs it in full.
// Not a test: timings on shared machines are noisy. Run: npm run bench -w packages/instruments
import { performance } from 'node:perf_hooks';
import fhirpath from 'fhirpath';
import r4 from 'fhirpath/fhir-context/r4';
import type { Answers } from '../src/definition/types.ts';
import { optionValueSystem, scoreLinkId } from '../src/fhir-export/constants.ts';
import { scoreExpression } from '../src/fhir-export/score-expression.ts';
import { toQuestionnaire } from '../src/fhir-export/to-questionnaire.ts';
import {
  prepareQuestionnaire,
  scoreQuestionnaireResponse,
} from '../src/fhir-import/score-questionnaire-response.ts';
import { getInstrument } from '../src/registry.ts';
import { scoreResponse } from '../src/scoring/score-response.ts';

const TOTAL = 1_000_000;
const SAMPLE = Number(process.env.BENCH_FHIRPATH_SAMPLE ?? 2000);

const phq9 = getInstrument('phq-9');
if (!phq9) throw new Error('PHQ-9 is not registered');
const itemIds = phq9.items.map((item) => item.id);

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

function randomResponses(count: number, seed: number): Answers[] {
  const next = random(seed);
  return Array.from({ length: count }, () =>
    Object.fromEntries(itemIds.map((id) => [id, Math.floor(next() * 4)])),
  );
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

function time(
  label: string,
  count: number,
  work: () => number,
): { rate: number; checksum: number } {
  const start = performance.now();
  const checksum = work();
  const seconds = (performance.now() - start) / 1000;
  const rate = count / seconds;
  console.log(
    `${label.padEnd(34)} ${count.toLocaleString('en')} responses in ${seconds.toFixed(2)} s → ${Math.round(rate).toLocaleString('en')} responses/s`,
  );
  return { rate, checksum };
}

function extrapolate(rate: number): string {
  const seconds = TOTAL / rate;
  return seconds < 120 ? `${seconds.toFixed(0)} s` : `${(seconds / 60).toFixed(1)} min`;
}

console.log(`PHQ-9 scoring benchmark: node ${process.version}, fhirpath.js ${fhirpath.version}`);

// Built-in scorer: the full million.
const responses = randomResponses(TOTAL, 42);
for (const answers of responses.slice(0, 10_000)) scoreResponse(phq9, answers); // warm-up
const builtIn = time('built-in scorer', TOTAL, () => {
  let sum = 0;
  for (const answers of responses) sum += scoreResponse(phq9, answers).total ?? 0;
  return sum;
});

// FHIRPath: the same responses as QuestionnaireResponses, a sample of them.
const sample = responses.slice(0, SAMPLE);
const questionnaire = toQuestionnaire(phq9);
const fhirResponses = sample.map(toResponse);
const prepared = prepareQuestionnaire(questionnaire);
if (!prepared.ok) throw new Error(JSON.stringify(prepared.errors));
for (const response of fhirResponses.slice(0, 200))
  scoreQuestionnaireResponse(prepared.value, response); // warm-up

const importScorer = time('FHIRPath import scorer', SAMPLE, () => {
  let sum = 0;
  for (const response of fhirResponses) {
    const result = scoreQuestionnaireResponse(prepared.value, response);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    sum += result.value.total ?? 0;
  }
  return sum;
});

// fhirpath.js alone: the exported total expression, compiled once, with its
// own weight()/ordinal() (no validation, no copying).
const totalExpression = fhirpath.compile(scoreExpression(phq9, phq9.total), r4);
const expressionOnly = time('fhirpath.js expression alone', SAMPLE, () => {
  let sum = 0;
  for (const response of fhirResponses) {
    const [value] = totalExpression(response, { resource: response, questionnaire }) as number[];
    sum += value ?? 0;
  }
  return sum;
});

const sampleSum = sample.reduce(
  (sum, answers) => sum + (scoreResponse(phq9, answers).total ?? 0),
  0,
);
const agree =
  Math.abs(importScorer.checksum - sampleSum) < 1e-6 &&
  Math.abs(expressionOnly.checksum - sampleSum) < 1e-6;
console.log('');
console.log(
  `FHIRPath rates measured on ${SAMPLE.toLocaleString('en')} responses and extrapolated: a million would take`,
);
console.log(
  `  ≈ ${extrapolate(importScorer.rate)} with the import scorer, ≈ ${extrapolate(expressionOnly.rate)} with the expression alone.`,
);
console.log(
  `ratio built-in / FHIRPath import scorer: ${(builtIn.rate / importScorer.rate).toFixed(0)}×`,
);
console.log(
  `ratio built-in / fhirpath.js expression alone: ${(builtIn.rate / expressionOnly.rate).toFixed(0)}×`,
);
console.log(
  `totals agree on the sample: ${agree ? 'yes' : 'NO'} (score item ${scoreLinkId('total')})`,
);
if (!agree) process.exitCode = 1;
