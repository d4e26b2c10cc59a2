import { describe, expect, it } from 'vitest';
import { telHref } from './phone-link.ts';
import { planAsText, planFileName } from './plan-export.ts';
import type { Plan, PlanSection } from './plan-types.ts';

describe('planAsText', () => {
  it('writes every section, the numbers beside their names', () => {
    const sections: PlanSection[] = [
      { key: 'warningSigns', title: 'Warning signs', prompt: '', contactFields: false },
      { key: 'helpContacts', title: 'People to ask', prompt: '', contactFields: true },
    ];
    const plan: Plan = {
      kind: 'safety-plan',
      version: 2,
      updatedAt: '2026-05-01T10:00:00Z',
      updatedBy: { displayName: 'Nova Therapist', role: 'therapist' },
      content: { warningSigns: [{ text: 'Not sleeping', phone: null }], helpContacts: [] },
    };
    const text = planAsText('Safety plan', plan, sections, '1 May 2026');
    expect(text).toContain('Version 2, 1 May 2026');
    expect(text).toContain('Warning signs\n-------------\n- Not sleeping');
    expect(text).toContain('People to ask\n-------------\n(nothing written yet)');
  });
});

it('names the file neutrally, with the date only', () => {
  expect(planFileName('safety-plan', new Date(2026, 4, 1))).toBe('safety-plan-2026-05-01.txt');
});

describe('telHref', () => {
  it('makes a dialable link of a number as people write it', () => {
    expect(telHref('+44 (0)20 7946 0000')).toBe('tel:+442079460000');
    expect(telHref('0800-111 222')).toBe('tel:0800111222');
    expect(telHref('ask at reception')).toBeNull();
  });
});
