import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * The CBT thought record on a phone: seven short steps, one of them by
 * keyboard alone; the automatic thought stays in view on every later step;
 * at the end the client sees how much each feeling changed, then shares the
 * record with their therapist, who sees it with the change on the client's page.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const thought = 'Everyone at the meeting thought I was useless.';

async function expectStep(page: Page, title: string, step: number): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByText(`Step ${step} of 7`)).toBeVisible();
}

async function expectThoughtInView(page: Page): Promise<void> {
  const kept = page.locator('.kept-in-view');
  await expect(kept.getByText('The automatic thought')).toBeVisible();
  await expect(kept.getByText(thought)).toBeVisible();
}

test('a client works through a thought record and sees the change', async ({
  page,
  openContext,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'Thought record', exact: true }).click();
  await expect(page).toHaveURL(/\/client\/thought-record$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Thought record' })).toBeVisible();

  // 1. The situation.
  await expectStep(page, 'What happened', 1);
  await expectAccessibleEverywhere(page);
  await page.getByLabel('The situation').fill('Team meeting; my idea got no reply.');
  await page.getByRole('button', { name: 'Next' }).click();

  // 2. Feelings, by keyboard alone: focus is on the step's heading; Tab moves on,
  // Enter goes to the next step.
  await expectStep(page, 'How you felt', 2);
  await expect(page.getByRole('heading', { level: 2, name: 'How you felt' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('A feeling, in a word or two')).toBeFocused();
  await page.keyboard.type('Anxious');
  await page.keyboard.press('Tab');
  await page.keyboard.type('80');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Another feeling (you can leave this empty)').first()).toBeFocused();
  await page.keyboard.type('Ashamed');
  await page.keyboard.press('Tab');
  await page.keyboard.type('60');
  await page.keyboard.press('Enter');

  // 3. The thought.
  await expectStep(page, 'The thought', 3);
  await page.getByLabel('The automatic thought').fill(thought);
  await page.getByRole('button', { name: 'Next' }).click();

  // 4. Thinking traps, with the thought in view.
  await expectStep(page, 'Thinking traps', 4);
  await expectThoughtInView(page);
  await page.getByRole('checkbox', { name: /Mind reading/ }).check();
  await page.getByRole('checkbox', { name: /All-or-nothing thinking/ }).check();
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: 'Next' }).click();

  // 5. Evidence; a required answer left out is said in words and focused.
  await expectStep(page, 'Looking at the evidence', 5);
  await expectThoughtInView(page);
  await page.getByLabel('What supports the thought?').fill('Nobody answered my idea.');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Write an answer to go on.')).toBeVisible();
  await expect(page.getByLabel('What does not fit the thought?')).toBeFocused();
  await page.getByLabel('What does not fit the thought?').fill('Sam thanked me afterwards.');
  await page.getByRole('button', { name: 'Next' }).click();

  // 6. A balanced thought.
  await expectStep(page, 'A balanced thought', 6);
  await expectThoughtInView(page);
  await page
    .getByLabel('The balanced thought')
    .fill('The meeting was rushed; one silence does not make me useless.');
  await page.getByRole('button', { name: 'Next' }).click();

  // 7. The same feelings again, each with its first rating beside it.
  await expectStep(page, 'Your feelings now', 7);
  await expectThoughtInView(page);
  await expect(page.getByText('Anxious: 80 before.')).toBeVisible();
  await expect(page.getByText('Ashamed: 60 before.')).toBeVisible();
  const again = page.getByLabel('How strong is this feeling now, from 0 to 100?');
  await again.nth(0).fill('35');
  await again.nth(1).fill('50');
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: 'Finish' }).click();

  // The change in each feeling.
  await expect(
    page.getByRole('heading', { name: 'Well done for working it through' }),
  ).toBeFocused();
  const changes = page.locator('.rating-changes');
  await expect(changes).toContainText('Anxious 80 → 35 (down 45)');
  await expect(changes).toContainText('Ashamed 60 → 50 (down 10)');
  await expectAccessibleEverywhere(page);

  // The list: the change, who can see it, and sharing it.
  await page.getByRole('link', { name: 'See your thought records' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your thought records' })).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: thought });
  await expect(card).toContainText('down 45');
  await expect(card).toContainText('Who can see it: Only you');
  await card.getByRole('button', { name: 'Share with my care team' }).click();
  await expect(card).toContainText('Who can see it: You and your therapist');
  await expect(page.getByRole('status')).toHaveText('Shared with your care team.');
  await expectAccessibleEverywhere(page);

  // The therapist sees it, with the change, on the client's page.
  const therapist = await (await openContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInTo(therapist, 'therapist@demo.tandem.test', /\/therapist$/);
  await therapist
    .getByRole('link', { name: /Alex Client/ })
    .first()
    .click();
  const shared = therapist.getByRole('region', { name: 'Shared thought records' });
  await expect(shared).toContainText(thought);
  await expect(shared).toContainText('Anxious 80 → 35 (down 45)');
  await expect(therapist.getByRole('region', { name: 'Skills that help' })).toBeVisible();
  await expectAccessibleEverywhere(therapist);
});
