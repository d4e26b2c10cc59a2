import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * Between sessions on a phone: Alex checks in from the home page (by
 * keyboard for the mood), writes one private and one shared journal entry; the
 * therapist then sees on Alex's page what was shared and nothing private.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const privateWords = `Only for me ${Date.now()}`;
const sharedWords = `For my therapist ${Date.now()}`;
const sharedNote = `Slept badly, better after a walk ${Date.now()}`;

test('a client checks in and keeps a journal, each entry private or shared', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await page.getByRole('main').getByRole('link', { name: 'Check-in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  // Save without a mood: the form says what to fix and puts the focus there.
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(page.getByText('Choose a number for your mood.')).toBeVisible();
  await expect(page.getByRole('radio', { name: '0, very low' })).toBeFocused();
  // The mood by keyboard: arrow keys move along the scale.
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '4, low' })).toBeChecked();

  await page.getByRole('checkbox', { name: 'Anxious' }).check();
  await page.getByLabel('How strong is “Anxious”?').selectOption('7');
  await page.getByLabel('Hours of sleep last night (optional)').fill('5.5');
  await page.getByLabel('Add your own: What I did').fill('Walked the dog');
  await page.getByRole('button', { name: 'Add to What I did' }).click();
  await expect(page.getByRole('checkbox', { name: 'Walked the dog' })).toBeChecked();
  await page.getByLabel('A note (optional)').fill(sharedNote);
  await page.getByRole('checkbox', { name: 'Share this check-in with my therapist' }).check();
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved. Thank you for checking in.' }),
  ).toBeVisible();
  const recent = page.getByRole('region', { name: 'Recent check-ins' });
  await expect(recent.getByText(sharedNote)).toBeVisible();
  await expect(recent.getByRole('listitem').first()).toContainText(
    'Who can see this: You and your therapist',
  );
  await expectAccessibleEverywhere(page);

  await page.getByRole('navigation').getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await page.getByLabel('Write').fill(privateWords);
  await page.getByRole('button', { name: 'Save entry' }).click();
  await expect(
    page.getByRole('region', { name: 'My entries' }).getByText(privateWords),
  ).toBeVisible();
  await page.getByLabel('Write').fill(sharedWords);
  await page.getByRole('checkbox', { name: 'Share this entry with my therapist' }).check();
  await page.getByRole('button', { name: 'Save entry' }).click();
  const entries = page.getByRole('region', { name: 'My entries' });
  await expect(entries.getByText(sharedWords)).toBeVisible();
  await expect(entries.getByRole('listitem').filter({ hasText: privateWords })).toContainText(
    'Who can see this: Only you',
  );
  await expectAccessibleEverywhere(page);
});

test('the therapist sees what was shared, and nothing private', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page
    .getByRole('link', { name: /Alex Client/ })
    .first()
    .click();
  const shared = page.getByRole('region', { name: /Shared by Alex Client/ });
  await expect(shared.getByText(sharedWords)).toBeVisible();
  await expect(shared.getByText(sharedNote)).toBeVisible();
  await expect(shared.getByText(/^(Last 7 days|Since the session on .*): /)).toBeVisible();
  await expect(page.getByText(privateWords)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Safety plan' })).toBeVisible();
  // Recording today's session makes the summary start there.
  await shared.getByRole('button', { name: 'Record session' }).click();
  await expect(
    shared.getByRole('status').filter({ hasText: /Session of .* recorded\./ }),
  ).toBeVisible();
  await expect(shared.getByText(/^Since the session on /)).toBeVisible();
  await expectAccessibleEverywhere(page);
  await context.close();
});
