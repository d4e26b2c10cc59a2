import { describe, expect, it } from 'vitest';
import {
  changesBetween,
  cleanContent,
  completeContent,
  mergeKeepingBoth,
  moveItem,
  sameContent,
} from './plan-content.ts';
import { planLimits } from './plan-types.ts';
import type { PlanItem, PlanSection } from './plan-types.ts';

const sections: PlanSection[] = [
  { key: 'warningSigns', title: 'Warning signs', prompt: '', contactFields: false },
  { key: 'helpContacts', title: 'People I can ask for help', prompt: '', contactFields: true },
];
const item = (text: string, phone: string | null = null): PlanItem => ({ text, phone });

describe('cleanContent', () => {
  it('trims, drops empty rows, keeps numbers only where a section takes them, fills every key', () => {
    expect(
      cleanContent(
        {
          warningSigns: [item('  Not sleeping '), item('   '), item('Pacing', '0800')],
          helpContacts: [item('Sam', ' 0800 123 '), item('Jo', '  ')],
        },
        sections,
      ),
    ).toEqual({
      warningSigns: [item('Not sleeping'), item('Pacing')],
      helpContacts: [item('Sam', '0800 123'), item('Jo')],
    });
    expect(cleanContent({}, sections)).toEqual({ warningSigns: [], helpContacts: [] });
  });
});

describe('completeContent', () => {
  it('gives every section, empty where the plan has none', () => {
    expect(completeContent({ warningSigns: [item('A')] }, sections)).toEqual({
      warningSigns: [item('A')],
      helpContacts: [],
    });
    expect(completeContent(undefined, sections)).toEqual({ warningSigns: [], helpContacts: [] });
  });
});

describe('sameContent', () => {
  it('ignores case and spacing, not order', () => {
    const a = { warningSigns: [item('Not sleeping'), item('Pacing')], helpContacts: [] };
    expect(
      sameContent(
        a,
        { warningSigns: [item('not  sleeping'), item('Pacing')], helpContacts: [] },
        sections,
      ),
    ).toBe(true);
    expect(
      sameContent(
        a,
        { warningSigns: [item('Pacing'), item('Not sleeping')], helpContacts: [] },
        sections,
      ),
    ).toBe(false);
  });
});

describe('changesBetween', () => {
  it('names what was added and removed per section; a reordering is no change', () => {
    const before = { warningSigns: [item('A'), item('B')], helpContacts: [item('Sam', '1')] };
    const after = { warningSigns: [item('B'), item('A')], helpContacts: [item('Jo', '2')] };
    expect(changesBetween(before, after, sections)).toEqual([
      { section: sections[1], added: [item('Jo', '2')], removed: [item('Sam', '1')] },
    ]);
  });
});

describe('mergeKeepingBoth', () => {
  const base = { warningSigns: [item('A'), item('B')], helpContacts: [] };

  it("appends this person's new items to the newest version, without doubles", () => {
    const current = {
      warningSigns: [item('A'), item('B'), item('From therapist')],
      helpContacts: [],
    };
    const mine = {
      warningSigns: [item('A'), item('B'), item('from THERAPIST'), item('Mine')],
      helpContacts: [item('Sam', '0800')],
    };
    expect(mergeKeepingBoth(base, current, mine, sections)).toEqual({
      content: {
        warningSigns: [item('A'), item('B'), item('From therapist'), item('Mine')],
        helpContacts: [item('Sam', '0800')],
      },
      leftOut: [],
    });
  });

  it('leaves removed what the other person removed, unless this person added it', () => {
    const current = { warningSigns: [item('A')], helpContacts: [] };
    const mine = { warningSigns: [item('A'), item('B')], helpContacts: [] };
    expect(mergeKeepingBoth(base, current, mine, sections).content.warningSigns).toEqual([
      item('A'),
    ]);
  });

  it('never grows a section past the limit, and names what did not fit', () => {
    const full = Array.from({ length: planLimits.itemsPerSection }, (_, i) => item(`Item ${i}`));
    const current = { warningSigns: full, helpContacts: [] };
    const mine = { warningSigns: [item('One more')], helpContacts: [] };
    const merged = mergeKeepingBoth({}, current, mine, sections);
    expect(merged.content.warningSigns).toHaveLength(planLimits.itemsPerSection);
    expect(merged.leftOut).toEqual([{ section: sections[0], items: [item('One more')] }]);
  });
});

describe('moveItem', () => {
  it('moves one place, and leaves the list as it is at either end', () => {
    expect(moveItem(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});
