import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * Behavioural activation: a client plans an activity with a guess of how it
 * will feel (achievement and enjoyment, 0–10), says afterwards how it was, and
 * sees the guess beside how it was. A missing answer is said in words and
 * focus goes to it. Every state of the page passes axe-core.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

test('plan an activity with a guess, say how it went, and see it beside the guess', async ({
  page,
}) => {
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'Plan activities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan activities' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  // Nothing typed: the problem is said in words, and focus goes to it.
  await page.getByRole('button', { name: 'Plan it' }).click();
  await expect(page.getByText('Say what you plan to do.')).toBeVisible();
  await expect(page.getByLabel('What will you do?')).toBeFocused();
  await expectAccessibleEverywhere(page);

  const title = `Bake bread with my neighbour ${Date.now().toString(36)}`;
  await page.getByLabel('What will you do?').fill(title);
  await page.getByLabel('At what time? (optional)').fill('15:30');
  const guessAchievement = page.getByRole('group', {
    name: 'How much will it feel like getting something done?',
  });
  const guessEnjoyment = page.getByRole('group', {
    name: 'How much do you think you will enjoy it?',
  });
  await guessAchievement.getByRole('radio', { name: '3 out of 10' }).check();
  await guessEnjoyment.getByRole('radio', { name: '2 out of 10' }).check();
  await page.getByRole('button', { name: 'Plan it' }).click();
  await expect(page.getByText('Planned. You will find it under “Planned”.')).toBeVisible();

  const planned = page.getByRole('region', { name: 'Planned' });
  const card = planned.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: title }),
  });
  await expect(card).toContainText('Today at 15:30');
  await expect(card).toContainText('Guessed before: achievement 3, enjoyment 2 (out of 10).');
  await expect(card).toContainText('Who can see it: Only you');
  await expectAccessibleEverywhere(page);

  // Afterwards: it was done, and went better than the guess.
  await card.getByRole('button', { name: `Say how it went: ${title}` }).click();
  await card.getByRole('radio', { name: 'Yes, I did it' }).check();
  await card.getByRole('button', { name: 'Save how it went' }).click();
  await expect(card.getByText('Choose a number from 0 to 10.').first()).toBeVisible();
  await expect(
    card.getByRole('group', { name: 'How much did it feel like getting something done?' }),
  ).toBeFocused();
  await expectAccessibleEverywhere(page);
  await card
    .getByRole('group', { name: 'How much did it feel like getting something done?' })
    .getByRole('radio', { name: '7 out of 10' })
    .check();
  await card
    .getByRole('group', { name: 'How much did you enjoy it?' })
    .getByRole('radio', { name: '6 out of 10' })
    .check();
  await card.getByLabel('Anything you noticed? (optional)').fill('The kitchen smelled lovely.');
  await card.getByRole('button', { name: 'Save how it went' }).click();
  await expect(page.getByText(`Saved: ${title}. Well done for doing it.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Planned' })).toBeFocused();

  // The view: the guess beside how it was; the mood comparison says what it still needs.
  const view = page.getByRole('region', { name: 'How your activities went' });
  await expect(view.getByRole('listitem').filter({ hasText: title })).toContainText(
    'achievement 3 → 7, enjoyment 2 → 6',
  );
  await expect(view).toContainText(/out of 10 for achievement; it was/);
  await expect(view).toContainText(/To compare your mood on days with and without an activity/);

  // It is kept under "Done and not done", private until shared.
  const done = page.getByRole('region', { name: 'Done and not done' });
  const doneCard = done.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: title }),
  });
  await expect(doneCard).toContainText('achievement 7, enjoyment 6');
  await expect(doneCard).toContainText('The kitchen smelled lovely.');
  await doneCard.getByRole('button', { name: `Share with my care team: ${title}` }).click();
  await expect(page.getByText('Shared with your care team.')).toBeVisible();
  await expect(doneCard).toContainText('Who can see it: You and your therapist');
  await expectAccessibleEverywhere(page);
});
