import { AppError } from '@tandem/core';
import type { HomeworkEntryKind, HomeworkToolKind } from '../../db/schema.ts';
import { skillName, skills } from '../skills/skill-catalogue.ts';
import { worksheetDefinition, worksheetDefinitions } from '../worksheets/definitions/index.ts';

/**
 * The tools a therapist may set as homework. Worksheet keys are read from the
 * worksheet definitions at run time (new worksheets become assignable with no
 * change here); skill keys from the skills catalogue; a measure is any
 * instrument the practice may assign (checked by the measures module's rules,
 * measures/assignments.service.ts `checkAssignable`).
 */
export type HomeworkTool =
  | { kind: 'check-in' }
  | { kind: 'journal' }
  | { kind: 'worksheet'; key: string }
  | { kind: 'skill'; key: string }
  | { kind: 'exposure-practice' }
  | { kind: 'goal-rating' }
  | { kind: 'activities' }
  | { kind: 'measure'; key: string }
  | { kind: 'other'; task: string };

/** The kinds whose tool is named by a key. */
export const keyedKinds: readonly HomeworkToolKind[] = ['worksheet', 'skill', 'measure'];

/** Refuses a worksheet or skill key that does not exist (VALIDATION_FAILED on `tool.key`). */
export function checkTool(tool: HomeworkTool): void {
  if (tool.kind === 'worksheet' && !worksheetDefinition(tool.key)) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'tool.key',
      message: 'There is no worksheet with this key.',
    });
  }
  if (tool.kind === 'skill' && !skills.some((skill) => skill.key === tool.key)) {
    throw new AppError('VALIDATION_FAILED', {
      path: 'tool.key',
      message: 'There is no skill with this key.',
    });
  }
}

/** What a therapist can choose from: every worksheet and skill there is now. */
export function assignableTools(): {
  worksheets: { key: string; title: string }[];
  skills: { key: string; name: string }[];
} {
  return {
    worksheets: Object.entries(worksheetDefinitions).map(([key, definition]) => ({
      key,
      title: definition.title,
    })),
    skills: skills.map((skill) => ({ key: skill.key, name: skill.name })),
  };
}

/**
 * What the tool is called, for both the client and the care team. A measure's
 * name is looked up by the caller (practice measures live in the database).
 */
export function toolName(
  kind: HomeworkToolKind,
  key: string | null,
  task: string | null,
  measureName?: string,
): string {
  switch (kind) {
    case 'check-in':
      return 'A check-in';
    case 'journal':
      return 'Writing in your journal';
    case 'worksheet':
      return worksheetDefinition(key ?? '')?.title ?? 'A worksheet';
    case 'skill':
      return skillName(key ?? '');
    case 'exposure-practice':
      return 'An exposure practice';
    case 'goal-rating':
      return 'Rating your goals';
    case 'activities':
      return 'Planning activities';
    case 'measure':
      return measureName ?? 'A questionnaire';
    case 'other':
      return task ?? '';
  }
}

/**
 * The kind of entry a tool makes, which the client may link when they say it
 * is done (and, by default, share: items made as homework default to shared).
 * Goal ratings, measures and tasks in words make no linkable entry.
 */
export function entryKindOf(kind: HomeworkToolKind): HomeworkEntryKind | null {
  switch (kind) {
    case 'check-in':
      return 'check-in';
    case 'journal':
      return 'journal';
    case 'worksheet':
      return 'worksheet';
    case 'skill':
      return 'skill-practice';
    case 'exposure-practice':
      return 'exposure-practice';
    case 'activities':
      return 'activity';
    case 'goal-rating':
    case 'measure':
    case 'other':
      return null;
  }
}
