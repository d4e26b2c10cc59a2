import { useId } from 'react';
import { formatDate } from '../../shared/format/format-date.ts';
import { TableRegion } from '../../shared/ui/TableRegion.tsx';
import { itemGrid, itemMovements } from './item-movement.ts';
import type { ItemSeries } from './measure-types.ts';
import { movementText } from './progress-wording.ts';

const columnsShown = 8;

function value(v: number | null): string {
  return v === null ? '—' : String(v);
}

/** Which items moved since the first response, and each item over the latest responses. */
export function ItemView({
  items,
  shortTitle,
}: {
  items: readonly ItemSeries[];
  shortTitle: string;
}) {
  const movedId = useId();
  const gridId = useId();
  const movements = itemMovements(items);
  const moved = movements.filter((m) => m.change !== null && m.change !== 0);
  const grid = itemGrid(items, columnsShown);
  if (items.length === 0) return null;
  return (
    <div className="item-view">
      <h4 id={movedId}>{shortTitle}: items that moved since the first response</h4>
      {moved.length === 0 ? (
        <p>No item has moved yet.</p>
      ) : (
        <ul className="item-moves" aria-labelledby={movedId}>
          {moved.map((m) => (
            <li key={m.id}>
              <span className="item-moves__change">{movementText(m.change ?? 0)}</span>{' '}
              <span>
                Item {m.id}: {m.text} ({value(m.first)} → {value(m.latest)})
              </span>
            </li>
          ))}
        </ul>
      )}
      <h4 id={gridId}>
        {shortTitle}: each item over time
        {grid.hidden > 0 ? ` (latest ${grid.columns.length} responses)` : ''}
      </h4>
      <TableRegion labelledBy={gridId}>
        <table className="table table--compact" aria-labelledby={gridId}>
          <thead>
            <tr>
              <th scope="col">{shortTitle} item</th>
              {grid.columns.map((column) => (
                <th scope="col" key={column.responseId}>
                  {formatDate(column.at)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  {row.id}. {row.text}
                </th>
                {row.values.map((v, index) => (
                  <td key={grid.columns[index]?.responseId ?? index}>{value(v)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </div>
  );
}
