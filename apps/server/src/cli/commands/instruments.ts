import { parseArgs } from 'node:util';
import { listInstruments, type InstrumentDefinition } from '@tandem/instruments';
import type { Command } from '../command.ts';

const HELP = `Usage: tandem instruments [--json]

Lists the built-in instruments with their licence and default status: free
instruments are enabled; the others stay disabled in a practice until its
admin accepts the licence. --json adds item ids, verified LOINC codes, codes
seen only in secondary sources (recorded, not shipped) and source keys.`;

function status(definition: InstrumentDefinition): string {
  return definition.enabledByDefault ? 'enabled' : 'disabled until an admin accepts the licence';
}

export const command: Command = {
  name: 'instruments',
  summary: 'List the built-in instruments with licence and status',
  run: (argv, io) => {
    let json: boolean;
    try {
      const { values } = parseArgs({
        args: argv,
        options: {
          json: { type: 'boolean', default: false },
          help: { type: 'boolean', short: 'h', default: false },
        },
        strict: true,
      });
      if (values.help) {
        io.stdout(HELP);
        return Promise.resolve(0);
      }
      json = values.json;
    } catch (error) {
      io.stderr(`tandem instruments: ${(error as Error).message}\n\n${HELP}`);
      return Promise.resolve(2);
    }
    const instruments = listInstruments();
    if (json) {
      io.stdout(
        JSON.stringify(
          instruments.map((definition) => ({
            id: definition.id,
            title: definition.title,
            shortTitle: definition.shortTitle,
            version: definition.version,
            licence: definition.licence,
            enabledByDefault: definition.enabledByDefault,
            status: status(definition),
            itemIds: definition.items.map((item) => item.id),
            loinc: definition.loinc ?? null,
            secondaryLoinc: definition.secondaryLoinc ?? [],
            sources: definition.sources.map((source) => source.key),
          })),
        ),
      );
      return Promise.resolve(0);
    }
    const rows = instruments.map((definition) => [
      definition.id,
      definition.shortTitle,
      definition.licence.kind,
      status(definition),
    ]);
    const header = ['id', 'instrument', 'licence', 'status (default)'];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    const line = (cells: readonly string[]): string =>
      cells
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd();
    io.stdout([line(header), ...rows.map(line)].join('\n'));
    return Promise.resolve(0);
  },
};
