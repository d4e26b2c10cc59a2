import type { ItemSeries } from './measure-types.ts';

export interface ItemMovement {
  id: string;
  text: string;
  first: number | null;
  latest: number | null;
  /** latest − first, or null when either is missing. */
  change: number | null;
}

function firstValue(item: ItemSeries, fromEnd: boolean): number | null {
  const values = [...item.values].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  if (fromEnd) values.reverse();
  return values.find((entry) => entry.value !== null)?.value ?? null;
}

/**
 * How each item moved from its first answer to its latest: the items that
 * moved most come first, items that did not move (or cannot be compared) last,
 * in form order.
 */
export function itemMovements(items: readonly ItemSeries[]): ItemMovement[] {
  const movements = items.map((item) => {
    const first = firstValue(item, false);
    const latest = firstValue(item, true);
    return {
      id: item.id,
      text: item.text,
      first,
      latest,
      change: first === null || latest === null ? null : latest - first,
    };
  });
  const size = (m: ItemMovement) => (m.change === null ? -1 : Math.abs(m.change));
  return movements
    .map((movement, order) => ({ movement, order }))
    .sort((a, b) => size(b.movement) - size(a.movement) || a.order - b.order)
    .map(({ movement }) => movement);
}

export interface ItemGrid {
  /** The responses shown, oldest first. */
  columns: Array<{ responseId: string; at: string }>;
  rows: Array<{ id: string; text: string; values: Array<number | null> }>;
  /** How many older responses were left out. */
  hidden: number;
}

/** Each item over time, as a grid of the last `limit` responses. */
export function itemGrid(items: readonly ItemSeries[], limit: number): ItemGrid {
  const byResponse = new Map<string, string>();
  for (const item of items) {
    for (const entry of item.values) byResponse.set(entry.responseId, entry.at);
  }
  const all = [...byResponse]
    .map(([responseId, at]) => ({ responseId, at }))
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const columns = all.slice(Math.max(0, all.length - limit));
  return {
    columns,
    rows: items.map((item) => {
      const values = new Map(item.values.map((entry) => [entry.responseId, entry.value]));
      return {
        id: item.id,
        text: item.text,
        values: columns.map((column) => values.get(column.responseId) ?? null),
      };
    }),
    hidden: all.length - columns.length,
  };
}
