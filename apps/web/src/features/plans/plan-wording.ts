import type { PlanEditor, PlanKind } from './plan-types.ts';

export const planTitles: Record<PlanKind, string> = {
  'safety-plan': 'Safety plan',
  'coping-plan': 'Coping plan',
};

/** "Alex Morgan (therapist)": who saved a version. */
export function editorLabel(editor: PlanEditor): string {
  return `${editor.displayName} (${editor.role})`;
}
