import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * A trauma-informed worksheet (the ABC worksheet) opens with a gentle content
 * note, and keeps "Pause – I need to stop" in reach. Pausing keeps the draft,
 * offers grounding and the safety plan, and the client can carry on or come
 * back later to what they wrote.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const belief = 'If I speak up, something bad will happen to me.';

test('pausing the ABC worksheet leads to grounding and the safety plan, and keeps the draft', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'ABC worksheet', exact: true }).click();
  await expect(page).toHaveURL(/\/client\/worksheets\/abc-worksheet$/);
  await expect(page.getByRole('heading', { level: 1, name: 'ABC worksheet' })).toBeVisible();

  // The content note comes first; the Pause control is there from the first step.
  const note = page.getByRole('note');
  await expect(note).toContainText('may bring up painful memories');
  await expect(note).toContainText('You are in charge of the pace');
  const pause = page.getByRole('button', { name: 'Pause – I need to stop' });
  await expect(pause).toBeVisible();
  await expectAccessibleEverywhere(page);
  // On a small screen (as at 200% zoom) it stays in the flow and never covers the text.
  await expect(page.locator('.pause-control')).toHaveCSS('position', 'static');

  await page.getByLabel('The event').fill('A loud argument next door late at night.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'B: What I told myself' }),
  ).toBeVisible();
  await expect(pause).toBeVisible();
  await page.getByLabel('My belief about it').fill(belief);

  // Pause by keyboard: the calm panel opens with focus on its heading.
  await pause.focus();
  await page.keyboard.press('Enter');
  const panelHeading = page.getByRole('heading', { name: 'You have stopped. That is fine.' });
  await expect(panelHeading).toBeFocused();
  await expect(page.getByText('What you have written so far is saved.')).toBeVisible();
  await expect(pause).toHaveAttribute('aria-expanded', 'true');
  await expectAccessibleEverywhere(page);

  // "Carry on" closes the panel and puts focus back on Pause.
  await page.getByRole('button', { name: 'Carry on when you are ready' }).click();
  await expect(panelHeading).toBeHidden();
  await expect(pause).toBeFocused();
  await expect(page.getByLabel('My belief about it')).toHaveValue(belief);

  // Pause again and go to grounding.
  await pause.click();
  await expect(panelHeading).toBeFocused();
  await page.getByRole('link', { name: /Ground yourself with your senses/ }).click();
  await expect(page).toHaveURL(/\/client\/skills\/grounding-5-4-3-2-1$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('5-4-3-2-1');

  // Back to the worksheet: the draft is kept, and the belief is in view.
  await page.goto('/client/worksheets/abc-worksheet');
  await expect(page.getByRole('heading', { level: 2, name: 'C: What followed' })).toBeVisible();
  await expect(page.locator('.kept-in-view')).toContainText(belief);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByLabel('My belief about it')).toHaveValue(belief);

  // The safety plan is one press away too.
  await pause.click();
  await page.getByRole('link', { name: 'Open your safety plan' }).click();
  await expect(page).toHaveURL(/\/client\/safety-plan$/);
});

test('the stuck points log has the note and the Pause control on every step', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.goto('/client/worksheets/stuck-points-log');
  await expect(page.getByRole('heading', { level: 1, name: 'Stuck points log' })).toBeVisible();
  await expect(page.getByRole('note')).toBeVisible();
  const pause = page.getByRole('button', { name: 'Pause – I need to stop' });
  // With room to spare, it stays in reach while the client scrolls.
  await expect(page.locator('.pause-control')).toHaveCSS('position', 'sticky');
  await page.getByLabel('My stuck point').fill('It was my fault.');
  await page.getByLabel(/How much do you believe it right now/).fill('90');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Questioning it' })).toBeVisible();
  await expect(pause).toBeVisible();
  await expectAccessibleEverywhere(page);
  await pause.click();
  await expect(
    page.getByRole('heading', { name: 'You have stopped. That is fine.' }),
  ).toBeFocused();
  await expectAccessibleEverywhere(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Questioning it' })).toBeVisible();
  await expect(page.locator('.kept-in-view')).toContainText('It was my fault.');
});
