import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * A whole check-in by keyboard alone on a phone-sized screen, from the home
 * page to "Saved"; then the client changes who can see it, and the therapist's
 * page follows that choice both ways.
 */
test.describe.configure({ timeout: 180_000 });

/** Presses Tab (only Tab) until the element has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, most = 150): Promise<void> {
  for (let presses = 0; presses < most; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('a check-in by keyboard alone, shared, then made private again', async ({
  page,
  openContext,
}) => {
  const note = `Quiet evening, keyboard check-in ${Date.now()}`;
  const ownTag = `Baking ${Date.now() % 10_000}`;
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);

  // The tools come after the to-do list; the check-in opens from there.
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 2, name: 'Your tools' })).toBeVisible();
  await tabTo(page, main.getByRole('link', { name: 'Check-in', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/client\/check-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();

  // Mood: one Tab into the scale, arrow keys along it.
  await tabTo(page, page.getByRole('radio', { name: '0, very low' }));
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: '6, middling' })).toBeChecked();

  // A feeling, then how strong it is.
  await tabTo(page, page.getByRole('checkbox', { name: 'Tired', exact: true }));
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Tired', exact: true })).toBeChecked();
  const strength = page.getByLabel('How strong is “Tired”?');
  await tabTo(page, strength);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(strength).toHaveValue('7');

  await tabTo(page, page.getByLabel('Hours of sleep last night (optional)'));
  await page.keyboard.type('6.5');

  // A tag of the client's own: Enter adds it without sending the form.
  await tabTo(page, page.getByLabel('Add your own: What I did'));
  await page.keyboard.type(ownTag);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { name: ownTag })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveCount(0);

  await tabTo(page, page.getByLabel('A note (optional)'));
  await page.keyboard.type(note);

  const share = page.getByRole('checkbox', { name: 'Share this check-in with my therapist' });
  await tabTo(page, share);
  await page.keyboard.press('Space');
  await expect(share).toBeChecked();
  await expect(page.getByText('You and your therapist will see it.')).toBeVisible();

  await tabTo(page, page.getByRole('button', { name: 'Save check-in' }));
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved. Thank you for checking in.' }),
  ).toBeVisible();
  // The form is ready for the next one and keeps the choice to share.
  await expect(page.getByRole('radio', { name: '6, middling' })).not.toBeChecked();
  await expect(share).toBeChecked();

  const recent = page.getByRole('region', { name: 'Recent check-ins' });
  const saved = recent.getByRole('listitem').filter({ hasText: note });
  await expect(saved).toContainText('Mood 6 of 10 (middling), 6.5 hours of sleep');
  await expect(saved).toContainText('Tired 7/10');
  await expect(saved).toContainText(ownTag);
  await expect(saved).toContainText('Who can see this: You and your therapist');
  await expectAccessibleEverywhere(page);

  // The therapist sees it on Alex's page.
  const therapistContext = await openContext({ viewport: { width: 1280, height: 800 } });
  const therapist = await therapistContext.newPage();
  await signInTo(therapist, 'therapist@demo.tandem.test', /\/therapist$/);
  await therapist
    .getByRole('link', { name: /Alex Client/ })
    .first()
    .click();
  const sharedBy = therapist.getByRole('region', { name: /Shared by Alex Client/ });
  await expect(sharedBy.getByText(note)).toBeVisible();

  // Alex changes their mind, by keyboard: the entry becomes private.
  await tabTo(page, saved.getByRole('button', { name: /^Make private\b/ }));
  await page.keyboard.press('Enter');
  await expect(saved).toContainText('Who can see this: Only you');
  await expect(saved.getByRole('button', { name: /^Share with my therapist/ })).toBeVisible();

  await therapist.reload();
  await expect(therapist.getByRole('region', { name: /Shared by Alex Client/ })).toBeVisible();
  await expect(therapist.getByText(note)).toHaveCount(0);
});
