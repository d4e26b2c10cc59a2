import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * Exposure work: a client makes a hierarchy for one fear, adds and reorders
 * steps by keyboard-operable buttons, records a practice of a step with SUDS
 * before, at the peak and after, and sees the practice as a chart with a
 * table of the same numbers. A content note comes first and "Pause" is
 * always in reach.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

test('a client makes a hierarchy, practises a step and sees its chart', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'My fear hierarchies' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Face fears, step by step' }),
  ).toBeVisible();
  await expect(page.getByRole('note')).toContainText('You are in charge of the pace');
  await expect(page.getByRole('button', { name: 'Pause – I need to stop' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  // A name is needed; the problem names the field and focuses it.
  await page.getByRole('button', { name: 'Make hierarchy' }).click();
  await expect(page.getByLabel('A short name for the fear')).toBeFocused();
  const name = `Busy shops ${Date.now() % 100000}`;
  await page.getByLabel('A short name for the fear').fill(name);
  await page.getByLabel('A first situation (optional)').fill('Walk past a busy shop');
  await page.getByLabel('Distress you expect from it (0–100)').fill('30');
  await page.getByRole('button', { name: 'Make hierarchy' }).click();
  const card = page.getByRole('region', { name });
  await expect(card).toBeVisible();

  // Add a second step, then move it up by keyboard.
  await card.getByLabel('A situation to face').fill('Queue at a busy till');
  await card.getByLabel('Distress you expect (0–100)').fill('60');
  await card.getByRole('button', { name: 'Add step' }).click();
  await expect(card.getByRole('listitem')).toHaveCount(2);
  const up = card.getByRole('button', { name: 'Move up: Queue at a busy till' });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('listitem').first()).toContainText('Queue at a busy till');
  await expect(page.getByRole('status').filter({ hasText: 'Moved' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  // Practise the step "Walk past a busy shop".
  await card.getByRole('link', { name: 'Practise this step: Walk past a busy shop' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Practise: Walk past a busy shop' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause – I need to stop' })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.getByLabel('What do you expect will happen? (optional)').fill('People will stare.');
  await page.getByLabel('Distress just before you start (0–100)').fill('55');
  await page.getByLabel('Highest distress during it (0–100)').fill('140');
  await page.getByLabel('Distress at the end (0–100)').fill('25');
  await page.getByLabel('How many minutes it lasted').fill('20');
  await page.getByRole('button', { name: 'Save practice' }).click();
  await expect(page.getByLabel('Highest distress during it (0–100)')).toBeFocused();
  await page.getByLabel('Highest distress during it (0–100)').fill('70');
  await page.getByRole('button', { name: 'Add a rating along the way' }).click();
  await expect(page.getByLabel('Reading 1: minute')).toBeFocused();
  await page.getByLabel('Reading 1: minute').fill('5');
  await page.getByLabel('Reading 1: distress (0–100)').fill('65');
  await page.getByLabel('What actually happened? (optional)').fill('Nobody looked.');
  await page
    .getByLabel('How much did what you feared come true? 0 not at all, 100 completely (optional)')
    .fill('5');
  await page.getByRole('button', { name: 'Save practice' }).click();
  await expect(page.getByRole('heading', { name: 'Practice saved' })).toBeFocused();

  // The chart has a name, and a table has the same numbers.
  await expect(page.getByRole('img', { name: /Distress over 20 minutes/ })).toBeVisible();
  const during = page.getByRole('region', { name: 'Your distress during this practice' });
  await expect(during.getByRole('row', { name: /Before 55/ })).toBeVisible();
  await expect(during.getByRole('row', { name: /During, minute 5 65/ })).toBeVisible();
  await expect(during.getByRole('row', { name: /Peak 70/ })).toBeVisible();
  await expect(during.getByRole('row', { name: /After, minute 20 25/ })).toBeVisible();
  const across = page.getByRole('region', { name: 'This step, practice by practice' });
  await expect(across.getByRole('row', { name: /55 70 25 5/ })).toBeVisible();
  await expectAccessibleEverywhere(page);
});

test('the therapist sees the hierarchy and the shared practices, never a private one', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page
    .getByRole('link', { name: /Alex Client/ })
    .first()
    .click();
  const section = page.getByRole('region', { name: 'Exposure work' });
  await expect(section.getByRole('heading', { name: 'Lifts' })).toBeVisible();
  await expect(
    section.getByRole('button', {
      name: 'Move down: Stand by a lift and watch the doors open and close',
    }),
  ).toBeVisible();
  // Two of the three practices of the first step were shared (the demo's third is private).
  const first = section.getByRole('region', {
    name: 'Shared practices: Stand by a lift and watch the doors open and close',
  });
  await expect(first.getByRole('row')).toHaveCount(3);
  await expect(section.getByRole('img', { name: /over 2 practices/ }).first()).toBeVisible();
  await expectAccessibleEverywhere(page);
  await context.close();
});

test('an edit made on an older copy is merged with the newer one, and nothing is lost', async ({
  page,
  browser,
}) => {
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.goto('/client/exposure');
  const name = `Crowded trains ${Date.now() % 100000}`;
  await page.getByLabel('A short name for the fear').fill(name);
  await page.getByLabel('A first situation (optional)').fill('Stand on a quiet platform');
  await page.getByLabel('Distress you expect from it (0–100)').fill('20');
  await page.getByRole('button', { name: 'Make hierarchy' }).click();
  const card = page.getByRole('region', { name });
  await card.getByLabel('A situation to face').fill('Ride one stop at rush hour');
  await card.getByLabel('Distress you expect (0–100)').fill('70');
  await card.getByRole('button', { name: 'Add step' }).click();
  await expect(card.getByRole('listitem')).toHaveCount(2);

  // Meanwhile, on another device, a step is added to the same hierarchy.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInTo(otherPage, 'riley@demo.tandem.test', /\/client$/);
  await otherPage.goto('/client/exposure');
  const otherCard = otherPage.getByRole('region', { name });
  await otherCard.getByLabel('A situation to face').fill('Ride one stop off-peak');
  await otherCard.getByLabel('Distress you expect (0–100)').fill('45');
  await otherCard.getByRole('button', { name: 'Add step' }).click();
  await expect(otherCard.getByRole('listitem')).toHaveCount(3);
  await other.close();

  // This page still shows the older copy; moving a step there keeps the other step too.
  await expect(card.getByRole('listitem')).toHaveCount(2);
  await card.getByRole('button', { name: 'Move up: Ride one stop at rush hour' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'both changes are kept' })).toBeVisible();
  await expect(card.getByRole('listitem')).toHaveCount(3);
  await expect(card.getByRole('listitem').nth(0)).toContainText('Ride one stop at rush hour');
  await expect(card.getByRole('listitem').nth(1)).toContainText('Stand on a quiet platform');
  await expect(card.getByRole('listitem').nth(2)).toContainText('Ride one stop off-peak');
  await expectAccessibleEverywhere(page);

  // Worked through for now: set aside, kept with its steps, and brought back.
  await card.getByRole('button', { name: 'Set this hierarchy aside' }).click();
  await expect(card).toBeHidden();
  const setAside = page.getByText(/^Hierarchies set aside \(\d+\)$/);
  await expect(setAside).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Set aside “${name}”` })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByText(`${name} (3 steps)`)).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: `Bring back: ${name}` }).click();
  await expect(card.getByRole('listitem')).toHaveCount(3);
  await expect(
    page.getByRole('status').filter({ hasText: `Brought back “${name}”` }),
  ).toBeVisible();
});
