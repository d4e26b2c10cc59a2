import {
  scoreResponse,
  type InstrumentDefinition,
  type ScoreResult,
  type Sex,
} from '@tandem/instruments';
import { CsvSyntaxError, formatCsvRow, parseCsv } from './csv.ts';

export interface ScoredCsv {
  /** The input columns followed by the score columns, one line per input row. */
  readonly csv: string;
  /** Problems by row, e.g. `row 4: item "3" must be …`; empty when every row scored. */
  readonly problems: readonly string[];
  /** Columns named after no item, or items without a column: worth a warning. */
  readonly warnings: readonly string[];
}

/** Anything that stops the whole file from being read (no header, bad quoting). */
export class CsvFileError extends Error {}

/**
 * Scores a CSV export: one row per response, one column per item id (other
 * columns pass through unchanged). A row that cannot be scored keeps its
 * place with valid=false and its reason, and is reported; it never stops the
 * rows after it.
 */
export function scoreCsv(definition: InstrumentDefinition, text: string, sex?: Sex): ScoredCsv {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new CsvFileError(error.message);
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new CsvFileError('the CSV file is empty');
  const itemIds = new Set(definition.items.map((item) => item.id));
  const itemColumns = header.fields.flatMap((name, column) =>
    itemIds.has(name.trim()) ? [{ id: name.trim(), column }] : [],
  );
  if (itemColumns.length === 0) {
    const ids = definition.items.map((item) => item.id).join(', ');
    throw new CsvFileError(
      `no column of the header is an item of ${definition.shortTitle} (item ids: ${ids})`,
    );
  }
  const present = new Set(itemColumns.map((entry) => entry.id));
  const warnings = definition.items
    .filter((item) => item.scored && !present.has(item.id))
    .map((item) => `no column for item "${item.id}": every row counts it as unanswered`);

  const subscaleIds = definition.subscales.map((scale) => scale.id);
  const scoreColumns = ['total', 'band', 'prorated', 'valid', 'reason', ...subscaleIds, 'critical'];
  const lines = [formatCsvRow([...header.fields, ...scoreColumns])];
  const problems: string[] = [];
  for (const record of rows) {
    const { result, problem } = scoreRow(
      definition,
      header.fields.length,
      itemColumns,
      record.fields,
      sex,
    );
    if (problem) problems.push(`row ${record.row}: ${problem}`);
    lines.push(
      formatCsvRow([
        ...alignedFields(record.fields, header.fields.length),
        result?.total ?? null,
        result?.band?.label ?? null,
        result?.prorated ?? false,
        result?.valid ?? false,
        result?.reason ?? problem,
        ...subscaleIds.map((id) => result?.subscales[id]?.total ?? null),
        result?.critical.join(' ') ?? null,
      ]),
    );
  }
  return { csv: `${lines.join('\n')}\n`, problems, warnings };
}

/**
 * A row's own cells cut or padded to the header's width, so the score
 * columns always sit under their headings. A row of the wrong width is
 * reported and not scored; cells beyond the header are not copied.
 */
function alignedFields(fields: readonly string[], width: number): readonly string[] {
  if (fields.length === width) return fields;
  if (fields.length > width) return fields.slice(0, width);
  return [...fields, ...Array.from({ length: width - fields.length }, () => '')];
}

function scoreRow(
  definition: InstrumentDefinition,
  width: number,
  itemColumns: readonly { id: string; column: number }[],
  fields: readonly string[],
  sex: Sex | undefined,
): { result: ScoreResult | null; problem: string | null } {
  if (fields.length !== width) {
    const dropped = fields.length > width ? '; the cells beyond the header are not copied' : '';
    return {
      result: null,
      problem: `has ${fields.length} fields, the header has ${width}${dropped}`,
    };
  }
  const answers: Record<string, number | null> = {};
  for (const { id, column } of itemColumns) {
    const cell = (fields[column] ?? '').trim();
    if (cell === '') {
      answers[id] = null;
    } else if (/^-?\d+(\.\d+)?$/.test(cell)) {
      answers[id] = Number(cell);
    } else {
      return { result: null, problem: `item "${id}" must be a number, got "${cell}"` };
    }
  }
  const result = scoreResponse(definition, answers, sex === undefined ? {} : { sex });
  return { result, problem: result.valid ? null : result.reason };
}
