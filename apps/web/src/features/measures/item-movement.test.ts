import { describe, expect, it } from 'vitest';
import { itemGrid, itemMovements } from './item-movement.ts';

const at = (n: number) => `2026-01-0${n}T10:00:00Z`;
const items = [
  {
    id: '1',
    text: 'Interest',
    values: [
      { responseId: 'r2', at: at(2), value: 2 },
      { responseId: 'r1', at: at(1), value: 3 },
      { responseId: 'r3', at: at(3), value: 2 },
    ],
  },
  {
    id: '2',
    text: 'Mood',
    values: [
      { responseId: 'r1', at: at(1), value: 3 },
      { responseId: 'r2', at: at(2), value: null },
      { responseId: 'r3', at: at(3), value: 0 },
    ],
  },
  {
    id: '3',
    text: 'Sleep',
    values: [
      { responseId: 'r1', at: at(1), value: 1 },
      { responseId: 'r3', at: at(3), value: 1 },
    ],
  },
  { id: '4', text: 'Never answered', values: [{ responseId: 'r1', at: at(1), value: null }] },
];

describe('itemMovements', () => {
  it('compares the first and the latest answer and puts the biggest moves first', () => {
    expect(itemMovements(items).map((m) => [m.id, m.first, m.latest, m.change])).toEqual([
      ['2', 3, 0, -3],
      ['1', 3, 2, -1],
      ['3', 1, 1, 0],
      ['4', null, null, null],
    ]);
  });
});

describe('itemGrid', () => {
  it('lays out each item over the last responses, oldest first', () => {
    const grid = itemGrid(items, 2);
    expect(grid.columns.map((c) => c.responseId)).toEqual(['r2', 'r3']);
    expect(grid.hidden).toBe(1);
    expect(grid.rows.map((row) => row.values)).toEqual([
      [2, 2],
      [null, 0],
      [null, 1],
      [null, null],
    ]);
  });
});
