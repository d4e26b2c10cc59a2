import type { WorksheetQuestionnaire } from './extensions.ts';
import { thoughtRecord } from './thought-record.ts';

/** Every worksheet Tandem offers, by the key in its URL (`GET /api/worksheets/:key`). */
export const worksheetDefinitions: Record<string, WorksheetQuestionnaire> = {
  'thought-record': thoughtRecord,
};

export const worksheetKeys = Object.keys(worksheetDefinitions) as [string, ...string[]];

export function worksheetDefinition(key: string): WorksheetQuestionnaire | undefined {
  return Object.hasOwn(worksheetDefinitions, key) ? worksheetDefinitions[key] : undefined;
}
