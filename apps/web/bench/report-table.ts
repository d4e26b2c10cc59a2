import type { PageFigures } from './audit-page.ts';

export interface PageReport extends PageFigures {
  page: string;
}

const columns: Array<[heading: string, cell: (row: PageReport) => string]> = [
  ['page', (row) => row.page],
  ['performance', (row) => String(row.performance)],
  ['accessibility', (row) => String(row.accessibility)],
  ['LCP', (row) => `${(row.lcpMs / 1000).toFixed(2)} s`],
  ['FCP', (row) => `${(row.fcpMs / 1000).toFixed(2)} s`],
  ['TBT', (row) => `${Math.round(row.tbtMs)} ms`],
  ['CLS', (row) => row.cls.toFixed(3)],
  ['transfer', (row) => `${(row.transferBytes / 1024).toFixed(1)} KB`],
];

/** A Markdown table (it pastes straight into docs/benchmarks.md), columns padded for the terminal. */
export function formatTable(rows: readonly PageReport[]): string {
  const cells = [
    columns.map(([heading]) => heading),
    ...rows.map((row) => columns.map(([, cell]) => cell(row))),
  ];
  const widths = columns.map((_column, index) =>
    Math.max(...cells.map((line) => line[index]?.length ?? 0)),
  );
  const line = (values: string[]) =>
    `| ${values.map((value, index) => (index === 0 ? value.padEnd(widths[index] ?? 0) : value.padStart(widths[index] ?? 0))).join(' | ')} |`;
  const rule = `|${widths.map((width, index) => (index === 0 ? `${'-'.repeat(width + 1)}-` : `${'-'.repeat(width + 1)}:`)).join('|')}|`;
  const [header = [], ...body] = cells;
  return [line(header), rule, ...body.map(line)].join('\n');
}
