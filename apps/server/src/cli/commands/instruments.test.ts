import { listInstruments } from '@tandem/instruments';
import { describe, expect, it } from 'vitest';
import type { CommandIo } from '../command.ts';
import { command } from './instruments.ts';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: () => Promise.reject(new Error('no files here')),
  };
  return { io, stdout: () => out.join('\n'), stderr: () => err.join('\n') };
}

describe('tandem instruments', () => {
  it('lists every built-in instrument with its licence and status', async () => {
    const run = capture();
    expect(await command.run([], run.io)).toBe(0);
    const lines = run.stdout().split('\n');
    expect(lines[0]).toMatch(/^id\s+instrument\s+licence\s+status/);
    for (const definition of listInstruments()) {
      const line = lines.find((candidate) => candidate.startsWith(`${definition.id} `));
      expect(line).toContain(definition.licence.kind);
      expect(line).toContain(
        definition.enabledByDefault ? 'enabled' : 'disabled until an admin accepts the licence',
      );
    }
  });

  it('gives item ids and licences as JSON', async () => {
    const run = capture();
    expect(await command.run(['--json'], run.io)).toBe(0);
    const printed = JSON.parse(run.stdout()) as {
      id: string;
      itemIds: string[];
      licence: { kind: string };
    }[];
    expect(printed.map((entry) => entry.id)).toEqual(
      listInstruments().map((definition) => definition.id),
    );
    expect(printed.find((entry) => entry.id === 'phq-9')?.itemIds).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
  });

  it('gives verified LOINC codes as codes, and secondary ones only as a record', async () => {
    const run = capture();
    expect(await command.run(['--json'], run.io)).toBe(0);
    const printed = JSON.parse(run.stdout()) as {
      id: string;
      loinc: { panel?: string; total?: string } | null;
      secondaryLoinc: { code: string; codes: string }[];
    }[];
    const byId = new Map(printed.map((entry) => [entry.id, entry]));
    expect(byId.get('phq-9')?.loinc).toEqual({ panel: '44249-1', total: '44261-6' });
    expect(byId.get('phq-2')?.loinc).toBeNull();
    expect(byId.get('phq-2')?.secondaryLoinc.map((entry) => [entry.codes, entry.code])).toEqual([
      ['panel', '55757-9'],
      ['total', '55758-7'],
    ]);
    expect(byId.get('audit')?.loinc).toEqual({ total: '75624-7' });
    expect(byId.get('audit')?.secondaryLoinc).toHaveLength(10);
  });

  it('rejects unknown options', async () => {
    const run = capture();
    expect(await command.run(['--all'], run.io)).toBe(2);
    expect(run.stderr()).toMatch(/Usage:/);
  });
});
