import { planLimits } from './plan-types.ts';
import type { PlanContent, PlanItem, PlanSection } from './plan-types.ts';

/** A plan with every section present and empty: where a new plan starts. */
export function emptyContent(sections: readonly PlanSection[]): PlanContent {
  return Object.fromEntries(sections.map((section) => [section.key, []]));
}

/** Every section of `sections`, from `content` where it has it (a missing one is empty). */
export function completeContent(
  content: PlanContent | undefined,
  sections: readonly PlanSection[],
): PlanContent {
  return Object.fromEntries(
    sections.map((section) => [
      section.key,
      (content?.[section.key] ?? []).map((item) => ({ ...item })),
    ]),
  );
}

/**
 * What is sent: texts and numbers trimmed, rows left empty dropped, a number
 * only where the section takes one.
 *
 * @example cleanContent({ a: [{ text: ' Walk ', phone: '' }, { text: '', phone: null }] }, [{ key: 'a', title: '', prompt: '', contactFields: false }]) // { a: [{ text: 'Walk', phone: null }] }
 */
export function cleanContent(content: PlanContent, sections: readonly PlanSection[]): PlanContent {
  return Object.fromEntries(
    sections.map((section) => [
      section.key,
      (content[section.key] ?? [])
        .map((item) => {
          const phone = section.contactFields ? (item.phone ?? '').trim() : '';
          return { text: item.text.trim(), phone: phone === '' ? null : phone };
        })
        .filter((item) => item.text !== ''),
    ]),
  );
}

/** Two items are the same when their words and numbers are, ignoring case and spacing. */
function itemKey(item: PlanItem): string {
  const words = item.text.trim().replace(/\s+/g, ' ').toLowerCase();
  const digits = (item.phone ?? '').replace(/[^\d+]/g, '');
  return `${words}\u0000${digits}`;
}

export function sameContent(
  a: PlanContent,
  b: PlanContent,
  sections: readonly PlanSection[],
): boolean {
  return sections.every((section) => {
    const left = a[section.key] ?? [];
    const right = b[section.key] ?? [];
    return (
      left.length === right.length &&
      left.every(
        (item, index) => right[index] !== undefined && itemKey(item) === itemKey(right[index]),
      )
    );
  });
}

export interface SectionChange {
  section: PlanSection;
  added: PlanItem[];
  removed: PlanItem[];
}

/**
 * What changed from one version to another, section by section (sections
 * without a change left out). Items are compared by their words and number,
 * so a reordering is no change.
 */
export function changesBetween(
  before: PlanContent,
  after: PlanContent,
  sections: readonly PlanSection[],
): SectionChange[] {
  return sections
    .map((section) => {
      const old = before[section.key] ?? [];
      const now = after[section.key] ?? [];
      const oldKeys = new Set(old.map(itemKey));
      const nowKeys = new Set(now.map(itemKey));
      return {
        section,
        added: now.filter((item) => !oldKeys.has(itemKey(item))),
        removed: old.filter((item) => !nowKeys.has(itemKey(item))),
      };
    })
    .filter((change) => change.added.length > 0 || change.removed.length > 0);
}

export interface MergeResult {
  content: PlanContent;
  /** Items that did not fit (a section is full): shown, so nothing is lost without a word. */
  leftOut: { section: PlanSection; items: PlanItem[] }[];
}

/**
 * "Keep both": the version saved meanwhile, with this person's unsaved items
 * (those not in the version they started from) appended to each section; an
 * item already there is not added twice, and what the other person removed
 * stays removed unless this person added it. A section never grows past the
 * server's limit: what does not fit is named, never dropped without a word.
 */
export function mergeKeepingBoth(
  base: PlanContent,
  current: PlanContent,
  mine: PlanContent,
  sections: readonly PlanSection[],
): MergeResult {
  const leftOut: MergeResult['leftOut'] = [];
  const content = Object.fromEntries(
    sections.map((section) => {
      const merged = (current[section.key] ?? []).map((item) => ({ ...item }));
      const seen = new Set([...merged, ...(base[section.key] ?? [])].map(itemKey));
      const overflow: PlanItem[] = [];
      for (const item of mine[section.key] ?? []) {
        const key = itemKey(item);
        if (seen.has(key)) continue;
        seen.add(key);
        if (merged.length < planLimits.itemsPerSection) merged.push({ ...item });
        else overflow.push(item);
      }
      if (overflow.length > 0) leftOut.push({ section, items: overflow });
      return [section.key, merged];
    }),
  );
  return { content, leftOut };
}

/** Moves the item at `from` one place up (-1) or down (+1); out of range, no change. */
export function moveItem<T>(items: readonly T[], from: number, by: -1 | 1): T[] {
  const to = from + by;
  if (from < 0 || from >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}
