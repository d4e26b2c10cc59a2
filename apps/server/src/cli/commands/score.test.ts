import { readFile } from 'node:fs/promises';
import { getInstrument, toQuestionnaire } from '@tandem/instruments';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { command } from './score.ts';

const fixtures =
  process.env.TANDEM_FHIR_FIXTURES ??
  new URL('../../../../../../shared/fixtures/fhir/', import.meta.url).pathname;

/** The keys `tandem score --json` prints, in order (the contract). */
const documentedKeys = [
  'instrument',
  'total',
  'band',
  'prorated',
  'valid',
  'reason',
  'subscales',
  'critical',
];

/** Captured io; `files` are served by path, anything else is read from disk. */
function capture(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => files[path] ?? (await readFile(path, 'utf8')),
  };
  return { io, out, err, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at /);
const all = (value: number) =>
  JSON.stringify(
    Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((id) => [id, value])),
  );

describe('tandem score <instrument> --answers', () => {
  it('prints exactly the documented JSON', async () => {
    const run = capture();
    const answers = JSON.stringify({
      '1': 1,
      '2': 2,
      '3': 3,
      '4': 1,
      '5': 2,
      '6': 3,
      '7': 0,
      '8': 1,
      '9': 2,
      '10': 0,
    });
    expect(await command.run(['phq-9', '--answers', answers, '--json'], run.io)).toBe(0);
    const printed = JSON.parse(run.stdout()) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(documentedKeys);
    expect(printed).toMatchObject({
      instrument: 'phq-9',
      total: 15,
      band: { id: 'moderately-severe' },
      prorated: false,
      valid: true,
      reason: null,
      critical: ['9'],
    });
  });

  it('keeps a prorated total exact', async () => {
    const run = capture();
    const answers = JSON.stringify({
      '1': 2,
      '2': 2,
      '3': 1,
      '4': 1,
      '5': 2,
      '6': 2,
      '7': 2,
      '8': 1,
    });
    expect(await command.run(['phq-9', '--answers', answers, '--json'], run.io)).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({ total: 14.625, prorated: true, valid: true });
  });

  it('explains a response that cannot be scored, and exits 1', async () => {
    const run = capture();
    expect(await command.run(['phq-9', '--answers', '{"1":1,"2":1,"3":1}', '--json'], run.io)).toBe(
      1,
    );
    const printed = JSON.parse(run.stdout()) as { valid: boolean; reason: string };
    expect(printed.valid).toBe(false);
    expect(printed.reason).toMatch(/unanswered/);
  });

  it('names the item whose value is wrong', async () => {
    const run = capture();
    expect(
      await command.run(['phq-9', '--answers', '{"1":"often","11":2}', '--json'], run.io),
    ).toBe(1);
    expect(run.stderr()).toMatch(/"1"/);
    expect(run.stderr()).toMatch(/"11"/);
    noStackTrace(run.stderr());
  });

  it('says plainly when --answers is not JSON', async () => {
    const run = capture();
    expect(await command.run(['phq-9', '--answers', '{1:2}'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/--answers is not valid JSON/);
    noStackTrace(run.stderr());
  });

  it('rejects unknown instruments and options with the usage text', async () => {
    for (const argv of [
      ['phq-99', '--answers', '{}'],
      ['phq-9', '--answer', '{}'],
      ['phq-9'],
      [],
    ]) {
      const run = capture();
      expect(await command.run(argv, run.io)).toBe(2);
      expect(run.stderr()).toMatch(/Usage:/);
      noStackTrace(run.stderr());
    }
  });

  it('prints a human reading without --json, critical item included', async () => {
    const run = capture();
    expect(await command.run(['phq-9', '--answers', all(3)], run.io)).toBe(0);
    expect(run.stdout()).toMatch(/PHQ-9 total 27 \(Severe\)/);
    expect(run.stdout()).toMatch(/critical items answered positively: 9/);
  });
});

describe('tandem score <instrument> --csv', () => {
  const csv = [
    'respondent,1,2,3,4,5,6,7,8,9,date',
    'a,1,1,1,1,1,1,1,1,1,2024-01-01',
    'b,3,3,3,3,3,3,3,3,x,2024-01-02',
    'c,1,1,,,,,,1,1,2024-01-03',
    'd,1,1',
    '"e, quoted",0,0,0,0,0,0,0,1,,2024-01-05',
  ].join('\r\n');

  it('scores every row, reports bad rows by number and goes on', async () => {
    const run = capture({ 'in.csv': csv });
    expect(await command.run(['phq-9', '--csv', 'in.csv'], run.io)).toBe(1);
    const lines = run.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe(
      'respondent,1,2,3,4,5,6,7,8,9,date,total,band,prorated,valid,reason,critical',
    );
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe('a,1,1,1,1,1,1,1,1,1,2024-01-01,9,Mild,false,true,,9');
    // A short row is padded to the header's width, so its score columns line up.
    expect(lines[4]).toBe('d,1,1,,,,,,,,,,,false,false,"has 3 fields, the header has 11",');
    expect(lines[5]).toBe('"e, quoted",0,0,0,0,0,0,0,1,,2024-01-05,1.125,Minimal,true,true,,');
    expect(lines[2]).toBe(
      'b,3,3,3,3,3,3,3,3,x,2024-01-02,,,false,false,"item ""9"" must be a number, got ""x""",',
    );
    const problems = run.err.filter((line) => line.includes('row '));
    expect(problems.map((line) => /row (\d+)/.exec(line)?.[1])).toEqual(['3', '4', '5']);
    noStackTrace(run.stderr());
  });

  it('cuts a row longer than the header to its width and says so', async () => {
    const run = capture({ 'in.csv': '1,2\n1,1,extra\n' });
    expect(await command.run(['phq-2', '--csv', 'in.csv'], run.io)).toBe(1);
    expect(run.stdout().trimEnd().split('\n')[1]).toBe(
      '1,1,,,false,false,"has 3 fields, the header has 2; the cells beyond the header are not copied",',
    );
    expect(run.stderr()).toMatch(/row 2: has 3 fields/);
  });

  it('refuses a file with no item columns', async () => {
    const run = capture({ 'in.csv': 'name,score\nx,1\n' });
    expect(await command.run(['phq-9', '--csv', 'in.csv'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/no column of the header is an item of PHQ-9/);
  });

  it('says which file it cannot read', async () => {
    const run = capture();
    expect(await command.run(['phq-9', '--csv', '/nonexistent/in.csv'], run.io)).toBe(1);
    expect(run.stderr()).toMatch(/--csv: cannot read \/nonexistent\/in.csv \(ENOENT\)/);
    noStackTrace(run.stderr());
  });
});

describe('tandem score --questionnaire --response', () => {
  const sdcArgv = [
    '--questionnaire',
    `${fixtures}/questionnaires/sdc-questionnaire-PHQ9.R4.json`,
    '--response',
    `${fixtures}/questionnaire-responses/sdc-questionnaireresponse-PHQ9.R4.json`,
    '--json',
  ];

  it('recomputes the SDC PHQ-9 example to 10 (it states 13), printing the documented keys', async () => {
    const run = capture();
    expect(await command.run(sdcArgv, run.io)).toBe(0);
    const printed = JSON.parse(run.stdout()) as Record<string, unknown>;
    expect(Object.keys(printed)).toEqual(documentedKeys);
    expect(printed).toMatchObject({ total: 10, valid: true, reason: null });
  });

  it('with --details, shows the stated total beside the recomputed one', async () => {
    const run = capture();
    expect(await command.run([...sdcArgv, '--details'], run.io)).toBe(0);
    const printed = JSON.parse(run.stdout()) as {
      total: number;
      fhir: { calculated: { value: unknown; stated: unknown }[] };
    };
    expect(printed.total).toBe(10);
    expect(printed.fhir.calculated[0]).toMatchObject({
      value: 10,
      stated: { value: 13, unit: '{score}' },
    });
  });

  it('rejects an unknown linkId, naming it', async () => {
    const run = capture();
    const argv = [
      '--questionnaire',
      `${fixtures}/questionnaires/fhirpathjs-phq9.R4.json`,
      '--response',
      `${fixtures}/questionnaire-responses/fhirpathjs-phq9-response-unlinked-answers.R4.json`,
      '--json',
    ];
    expect(await command.run(argv, run.io)).toBe(1);
    expect(run.stderr()).toMatch(/item "\/44250-9-unlinked-item"/);
    noStackTrace(run.stderr());
  });

  const phq9Response = (questionnaire?: string) => ({
    resourceType: 'QuestionnaireResponse',
    ...(questionnaire === undefined ? {} : { questionnaire }),
    status: 'completed',
    item: ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((linkId) => ({
      linkId,
      answer: [
        { valueCoding: { system: 'http://tandem.health/fhir/CodeSystem/option-value', code: '2' } },
      ],
    })),
  });
  const builtInResponse = JSON.stringify(
    phq9Response('http://tandem.health/fhir/Questionnaire/phq-9|1.0.0'),
  );

  it('scores against a built-in instrument by id, with bands and critical items', async () => {
    const run = capture({ 'qr.json': builtInResponse });
    expect(
      await command.run(['--questionnaire', 'phq-9', '--response', 'qr.json', '--json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({
      instrument: 'phq-9',
      total: 18,
      band: { id: 'moderately-severe' },
      critical: ['9'],
    });
  });

  it('recognises a Questionnaire exported by Tandem and uses the built-in scorer', async () => {
    const phq9 = getInstrument('phq-9');
    if (!phq9) throw new Error('PHQ-9 missing');
    const run = capture({
      'q.json': JSON.stringify(toQuestionnaire(phq9)),
      'qr.json': builtInResponse,
    });
    expect(
      await command.run(['--questionnaire', 'q.json', '--response', 'qr.json', '--json'], run.io),
    ).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({
      instrument: 'phq-9',
      total: 18,
      band: { id: 'moderately-severe' },
    });
  });

  it('refuses a PHQ-9 response scored as CORE-10, and says why', async () => {
    const run = capture({ 'qr.json': builtInResponse });
    expect(
      await command.run(['--questionnaire', 'core-10', '--response', 'qr.json', '--json'], run.io),
    ).toBe(1);
    expect(run.stdout()).toBe('');
    expect(run.stderr()).toMatch(
      /answers "http:\/\/tandem.health\/fhir\/Questionnaire\/phq-9", not ".*core-10" \(QUESTIONNAIRE_MISMATCH at QuestionnaireResponse.questionnaire\)/,
    );
    noStackTrace(run.stderr());
  });

  it('refuses a response that does not name its Questionnaire', async () => {
    const run = capture({ 'qr.json': JSON.stringify(phq9Response()) });
    expect(await command.run(['--questionnaire', 'core-10', '--response', 'qr.json'], run.io)).toBe(
      1,
    );
    expect(run.stderr()).toMatch(/QUESTIONNAIRE_NOT_NAMED/);
  });

  it("scores LHC-Forms' PHQ-9 as PHQ-9: band and item 9 (answered 2) as a critical item", async () => {
    const run = capture();
    const argv = [
      '--questionnaire',
      `${fixtures}/questionnaires/lforms-phq9.R4.json`,
      '--response',
      `${fixtures}/questionnaire-responses/fhirpathjs-phq9-response.R4.json`,
    ];
    expect(await command.run([...argv, '--json', '--details'], run.io)).toBe(0);
    expect(JSON.parse(run.stdout())).toMatchObject({
      instrument: 'phq-9',
      total: 15,
      band: { id: 'moderately-severe' },
      critical: ['9'],
      scoredAs: 'recognised',
      criticalAnswers: [{ itemId: '9', linkId: '/44260-8', value: 2 }],
    });
    const human = capture();
    expect(await command.run(argv, human.io)).toBe(0);
    expect(human.stdout()).toMatch(/PHQ-9 total 15 \(Moderately severe\)/);
    expect(human.stdout()).toMatch(/critical items answered positively: 9/);
    expect(human.stdout()).toMatch(/carries the PHQ-9 LOINC codes and was scored as PHQ-9/);
  });

  it('reports malformed JSON files by option', async () => {
    const run = capture({ 'q.json': '{ nope', 'qr.json': '{}' });
    expect(await command.run(['--questionnaire', 'q.json', '--response', 'qr.json'], run.io)).toBe(
      1,
    );
    expect(run.stderr()).toMatch(/--questionnaire is not valid JSON/);
  });

  it('needs both files', async () => {
    const run = capture();
    expect(await command.run(['--questionnaire', 'phq-9'], run.io)).toBe(2);
  });
});
