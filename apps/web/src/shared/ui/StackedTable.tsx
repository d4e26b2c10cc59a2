import type { ReactNode } from 'react';
import { TableRegion } from './TableRegion.tsx';

export interface StackedColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** A cell that does not apply to this row: the card layout leaves it out. */
  notApplicable?: (row: Row) => boolean;
}

interface StackedTableProps<Row> {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Id of the heading that names the table. */
  labelledBy: string;
  /** The first column, read out as each row's header (a person's name). */
  rowHeader: StackedColumn<Row>;
  columns: readonly StackedColumn<Row>[];
  /** Buttons for one row; no actions column without it. */
  actions?: (row: Row) => ReactNode;
}

/**
 * A data table whose rows become small cards where space is narrow (a phone,
 * or text at 200%; see `.table--stack` in components.css). The explicit table
 * roles keep it a table for screen readers in the card layout (some browsers
 * drop table semantics when CSS changes `display`), and each cell's
 * `data-label` names it on its card.
 */
export function StackedTable<Row>({
  rows,
  rowKey,
  labelledBy,
  rowHeader,
  columns,
  actions,
}: StackedTableProps<Row>) {
  return (
    <TableRegion labelledBy={labelledBy}>
      <table className="table table--stack" role="table" aria-labelledby={labelledBy}>
        <thead role="rowgroup">
          <tr role="row">
            {[rowHeader, ...columns].map((column) => (
              <th key={column.header} scope="col" role="columnheader">
                {column.header}
              </th>
            ))}
            {actions && (
              <th scope="col" role="columnheader">
                Actions
              </th>
            )}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row) => (
            <tr key={rowKey(row)} role="row">
              <th scope="row" role="rowheader">
                {rowHeader.cell(row)}
              </th>
              {columns.map((column) => (
                <td
                  key={column.header}
                  role="cell"
                  data-label={column.header}
                  className={
                    column.notApplicable?.(row) ? 'table__cell--not-applicable' : undefined
                  }
                >
                  {column.cell(row)}
                </td>
              ))}
              {actions && (
                <td role="cell" className="table__actions-cell">
                  <div className="table__actions">{actions(row)}</div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}
