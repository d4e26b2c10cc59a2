import { getInstrument } from '@tandem/instruments';
import type { AlertRow } from './alerts.repo.ts';

/**
 * What an alert says beyond its stored row: the instrument's title, the item's
 * text and the label of the answer given, from the definition the answer was
 * given to. An item the definition no longer knows still shows its id and
 * value, never nothing.
 */
export interface AlertView extends AlertRow {
  instrumentTitle: string;
  itemText: string;
  answerLabel: string | null;
}

export function viewAlert(row: AlertRow): AlertView {
  const definition = getInstrument(row.instrumentId);
  const item = definition?.items.find((i) => i.id === row.itemId);
  return {
    ...row,
    instrumentTitle: definition?.title ?? row.instrumentId,
    itemText: item?.text ?? `Item ${row.itemId}`,
    answerLabel: item?.options.find((o) => o.value === row.answerValue)?.label ?? null,
  };
}
