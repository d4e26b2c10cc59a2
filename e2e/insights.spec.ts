import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * The demo client Alex has six weeks of check-ins (exercise and time outside on
 * better days, poor sleep on worse ones). Their insights page shows what goes
 * together with their mood, in plain words, and lets them show one to their
 * therapist; taking it back works at once.
 */
test('a client reads their patterns and shares one with their therapist', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client/);
  await page.goto('/client/insights');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Patterns in my check-ins' }),
  ).toBeVisible();
  const exercise = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Exercise' }) });
  await expect(exercise).toContainText('On days with “Exercise”, your mood was');
  await expect(exercise).toContainText(/Based on \d+ days with it and \d+ without/);
  await expect(page.getByText(/do not show what causes what/)).toBeVisible();
  await expectAccessibleEverywhere(page);

  await exercise.getByRole('button', { name: /Show my therapist/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Shared with your therapist.' }),
  ).toBeVisible();
  const shared = page.getByRole('region', { name: 'Shared with my therapist' });
  await expect(shared.getByRole('heading', { name: 'Exercise' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  await shared
    .getByRole('button', { name: /Stop sharing/ })
    .first()
    .click();
  await expect(page.getByRole('region', { name: 'Shared with my therapist' })).toHaveCount(0);
});
