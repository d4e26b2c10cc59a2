import type { HierarchySave, HierarchyStep } from './exposure-api.ts';

/**
 * One edit of a hierarchy, kept as what the person meant rather than as the
 * list it produced, so that after someone else's save (412) the same edit can
 * be made again on the newer version: a merge, with nobody's change lost.
 */
export type HierarchyChange =
  | { kind: 'add'; step: HierarchyStep }
  | { kind: 'move'; stepId: string; by: -1 | 1 }
  | { kind: 'set-aside'; stepId: string; retired: boolean }
  | { kind: 'set-hierarchy-aside'; retired: boolean };

/** What an edit changes of a hierarchy. */
export type HierarchyContent = Pick<HierarchySave, 'steps' | 'retired'>;

function move<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/**
 * The hierarchy's steps and state after the change, or null when it no longer
 * applies (the step is not there, is already set aside or back, cannot move
 * further, or the hierarchy is already so).
 */
export function applyChange(
  hierarchy: { steps: readonly HierarchyStep[]; retired: boolean },
  change: HierarchyChange,
): HierarchyContent | null {
  if (change.kind === 'set-hierarchy-aside') {
    if (hierarchy.retired === change.retired) return null;
    return { steps: [...hierarchy.steps], retired: change.retired };
  }
  const steps = applyStepChange(hierarchy.steps, change);
  return steps === null ? null : { steps, retired: hierarchy.retired };
}

/** Live steps keep their order; set-aside steps stay at the end. */
function applyStepChange(
  steps: readonly HierarchyStep[],
  change: Exclude<HierarchyChange, { kind: 'set-hierarchy-aside' }>,
): HierarchyStep[] | null {
  const live = steps.filter((step) => !step.retired);
  const retired = steps.filter((step) => step.retired);
  switch (change.kind) {
    case 'add':
      if (steps.some((step) => step.id === change.step.id)) return null;
      return [...live, change.step, ...retired];
    case 'move': {
      const from = live.findIndex((step) => step.id === change.stepId);
      const to = from + change.by;
      if (from < 0 || to < 0 || to >= live.length) return null;
      return [...move(live, from, to), ...retired];
    }
    case 'set-aside': {
      const step = steps.find((s) => s.id === change.stepId);
      if (!step || step.retired === change.retired) return null;
      const others = steps.filter((s) => s.id !== step.id);
      return change.retired
        ? [...others, { ...step, retired: true }]
        : [...live, { ...step, retired: false }, ...retired.filter((s) => s.id !== step.id)];
    }
  }
}
