import type { PlanContent, PlanItem, PlanSection } from './plan-types.ts';

/** An item being edited, with a key that stays with it when it moves (for React and focus). */
export interface DraftItem extends PlanItem {
  key: string;
}

export type DraftContent = Record<string, DraftItem[]>;

let lastKey = 0;
export function draftKey(): string {
  lastKey += 1;
  return `item-${lastKey}`;
}

export function toDraft(content: PlanContent, sections: readonly PlanSection[]): DraftContent {
  return Object.fromEntries(
    sections.map((section) => [
      section.key,
      (content[section.key] ?? []).map((item) => ({ ...item, key: draftKey() })),
    ]),
  );
}

export function fromDraft(draft: DraftContent): PlanContent {
  return Object.fromEntries(
    Object.entries(draft).map(([key, items]) => [
      key,
      items.map(({ text, phone }) => ({ text, phone })),
    ]),
  );
}
