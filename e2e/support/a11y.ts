import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.0–2.2 A and AA rules (target size included), and axe's best practices. */
const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The page as it is now must pass axe-core with zero violations. */
export async function expectAccessible(page: Page, where = ''): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe-core violations ${where}`).toEqual([]);
}

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

interface Condition {
  name: string;
  viewport: { width: number; height: number };
  /** Root font size in per cent: 200 is "text at 200%". */
  textSize: 100 | 200;
  colorScheme: 'light' | 'dark';
}

const conditions: Condition[] = [
  { name: 'phone', viewport: phone, textSize: 100, colorScheme: 'light' },
  { name: 'phone, text 200%', viewport: phone, textSize: 200, colorScheme: 'light' },
  { name: 'desktop', viewport: desktop, textSize: 100, colorScheme: 'light' },
  { name: 'desktop, text 200%', viewport: desktop, textSize: 200, colorScheme: 'light' },
  { name: 'phone, dark', viewport: phone, textSize: 100, colorScheme: 'dark' },
  { name: 'desktop, text 200%, dark', viewport: desktop, textSize: 200, colorScheme: 'dark' },
];

/**
 * Checks the page as it is now on a phone and a desktop, at 100% and 200% text
 * size, in the light and the dark colour scheme: zero axe-core violations, and
 * nothing that needs sideways scrolling (WCAG 1.4.10 reflow). Text size is set
 * on the root element through the CSSOM, which the Content-Security-Policy
 * allows (an inline style attribute in markup would be blocked); every size in
 * the stylesheets is in rem, so this is what a larger browser text size does.
 */
export async function expectAccessibleEverywhere(page: Page): Promise<void> {
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  for (const condition of conditions) {
    await page.setViewportSize(condition.viewport);
    await page.emulateMedia({ colorScheme: condition.colorScheme });
    await page.evaluate(
      (size) => document.documentElement.style.setProperty('font-size', `${size}%`),
      condition.textSize,
    );
    const where = `on "${heading}" (${condition.name})`;
    await expectAccessible(page, where);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scrolling ${where}`).toBeLessThanOrEqual(1);
  }
  await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(phone);
}
