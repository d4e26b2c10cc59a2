import { abcWorksheet } from './abc-worksheet.ts';
import { boundaries } from './boundaries.ts';
import { dearMan } from './dear-man.ts';
import type { WorksheetQuestionnaire } from './extensions.ts';
import { fast } from './fast.ts';
import { give } from './give.ts';
import { interactionLog } from './interaction-log.ts';
import { problemSolving } from './problem-solving.ts';
import { stuckPointsLog } from './stuck-points-log.ts';
import { thoughtRecord } from './thought-record.ts';
import { windowOfTolerance } from './window-of-tolerance.ts';

/** Every worksheet Tandem offers, by the key in its URL (`GET /api/worksheets/:key`). */
export const worksheetDefinitions: Record<string, WorksheetQuestionnaire> = {
  'thought-record': thoughtRecord,
  'abc-worksheet': abcWorksheet,
  'stuck-points-log': stuckPointsLog,
  'window-of-tolerance': windowOfTolerance,
  'problem-solving': problemSolving,
  'interaction-log': interactionLog,
  boundaries,
  'dear-man': dearMan,
  give,
  fast,
};

export const worksheetKeys = Object.keys(worksheetDefinitions) as [string, ...string[]];

export function worksheetDefinition(key: string): WorksheetQuestionnaire | undefined {
  return Object.hasOwn(worksheetDefinitions, key) ? worksheetDefinitions[key] : undefined;
}
