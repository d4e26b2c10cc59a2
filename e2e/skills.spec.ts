import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * The skills library: paced breathing with reduced motion (a count in words,
 * the phase announced politely, no animation), grounding step by step, and
 * logging a practice that then shows in "What helps you most".
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

test('breathing with reduced motion, and logging a practice', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await signInTo(page, 'jordan@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'Skills', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Skills' })).toBeVisible();
  await expect(page.getByText('Once you log a few practices')).toBeVisible();
  await expectAccessibleEverywhere(page);

  await page.getByRole('link', { name: 'Paced breathing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Paced breathing' })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: 'Start breathing' }).click();

  // The phase is in a polite live region; the count is shown, outside it.
  const phase = page.locator('.breathing__phase');
  await expect(phase).toHaveAttribute('aria-live', 'polite');
  await expect(phase).toHaveText('Breathe in');
  await expect(page.getByTestId('breathing-count')).toHaveText(/^[1-4] of 4$/);
  await expect(phase).not.toContainText(/\d/);
  // Nothing moves: the circle has no transition or transform with reduced motion.
  const circle = page.locator('.breathing__circle');
  await expect(circle).toHaveCSS('transition-duration', '0s');
  await expect(circle).toHaveCSS('transform', 'none');
  await expect(phase).toHaveText('Breathe out', { timeout: 8_000 });
  await expect(page.getByTestId('breathing-count')).toHaveText(/^[1-6] of 6$/);
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(phase).toHaveText('');

  // Log a practice: a problem is said in words; then it is saved.
  await page.getByLabel('Distress before (0–100)').fill('120');
  await page.getByLabel('Distress after (0–100)').fill('40');
  await page.getByRole('button', { name: 'Save practice' }).click();
  await expect(page.getByText('Enter a number from 0 to 100.')).toBeVisible();
  await expect(page.getByLabel('Distress before (0–100)')).toBeFocused();
  await page.getByLabel('Distress before (0–100)').fill('70');
  await page.getByLabel('A note (optional)').fill('Did it on the bus.');
  await page.getByRole('radio', { name: 'Me and my care team' }).check();
  await page.getByRole('button', { name: 'Save practice' }).click();
  await expect(page.getByRole('status')).toHaveText('Practice saved.');
  await expectAccessibleEverywhere(page);

  // What helps most now lists it.
  await page.getByRole('link', { name: 'All skills' }).click();
  const helps = page.getByRole('region', { name: 'What helps you most' });
  await expect(helps).toContainText('Paced breathing: distress down 30 on average (1 practice)');
  await expectAccessibleEverywhere(page);

  // Grounding, step by step.
  await page.getByRole('link', { name: 'Grounding with your senses (5-4-3-2-1)' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByText('Name five things you can see')).toBeFocused();
  await expect(page.getByText('Step 1 of 5')).toBeVisible();
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Notice four things you can feel')).toBeFocused();
  await expectAccessibleEverywhere(page);
});
