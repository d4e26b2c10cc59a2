import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * The problem-solving worksheet in seven steps: the problem, a goal, ideas,
 * weighing two options with how much each side matters, choosing, a plan with
 * dates, and the review left for later. The client comes back to the saved
 * entry to add what happened and what they learned.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const problem = 'I keep putting off calling the landlord about the damp.';

async function expectStep(page: Page, title: string, step: number): Promise<void> {
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
  await expect(page.getByText(`Step ${step} of 7`)).toBeVisible();
}

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
}

test('a client solves a problem step by step and adds the review later', async ({
  page,
  openContext,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'Problem-solving worksheet', exact: true }).click();
  await expect(page).toHaveURL(/\/client\/worksheets\/problem-solving$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Problem-solving worksheet' }),
  ).toBeVisible();
  // Not a trauma-informed worksheet: no content note, no Pause.
  await expect(page.getByRole('note')).toHaveCount(0);

  await expectStep(page, '1. The problem', 1);
  await expectAccessibleEverywhere(page);
  await page.getByLabel('The problem', { exact: true }).fill(problem);
  await next(page);

  await expectStep(page, '2. Your goal', 2);
  await expect(page.locator('.kept-in-view')).toContainText(problem);
  await page
    .getByLabel('My goal', { exact: true })
    .fill('The landlord knows and a repair date is set.');
  await next(page);

  await expectStep(page, '3. Ideas', 3);
  await page
    .getByLabel('My ideas', { exact: true })
    .fill('Phone; email; ask my sister to help; write a script first.');
  await next(page);

  // 4. Weighing: option 2's questions appear once it is named.
  await expectStep(page, '4. Weighing options', 4);
  await page.getByLabel('Option 1', { exact: true }).fill('Send an email tonight');
  await page
    .getByLabel('Good points of option 1', { exact: true })
    .fill('No phone call; I can take my time.');
  await page.getByLabel(/good points of option 1 matter/).fill('8');
  await page.getByLabel('Drawbacks of option 1', { exact: true }).fill('Slower answer.');
  await page.getByLabel(/drawbacks of option 1 matter/).fill('3');
  await page.getByLabel('Option 2 (you can leave this empty)').fill('Phone in the morning');
  await page.getByLabel('Good points of option 2', { exact: true }).fill('Quick.');
  await page.getByLabel(/good points of option 2 matter/).fill('6');
  await page.getByLabel('Drawbacks of option 2', { exact: true }).fill('I dread phone calls.');
  await next(page);
  // A weight left out is said in words.
  await expect(page.getByText('Write an answer to go on.')).toBeVisible();
  await page.getByLabel(/drawbacks of option 2 matter/).fill('9');
  await expectAccessibleEverywhere(page);
  await next(page);

  await expectStep(page, '5. Choosing', 5);
  await page.getByLabel('What I will try').fill('Email tonight, using a short script.');
  await next(page);

  await expectStep(page, '6. Your plan', 6);
  await page.getByLabel('Step 1', { exact: true }).fill('Write the email');
  await page.getByLabel('When I will do step 1 (a day or date)').fill('Tonight');
  await page.getByLabel('Step 2 (you can leave this empty)').fill('Send it');
  await page.getByLabel('When I will do step 2 (a day or date)').fill('Tomorrow 9am');
  await next(page);

  // 7. The review is left for later.
  await expectStep(page, '7. Looking back', 7);
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(
    page.getByRole('heading', { name: 'Well done for working it through' }),
  ).toBeFocused();
  await expectAccessibleEverywhere(page);

  // The list: every kind, who can see it, and a way back to the review.
  await page.getByRole('link', { name: 'See your worksheets' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your worksheets' })).toBeVisible();
  const card = page
    .getByRole('region', { name: 'Saved worksheets' })
    .getByRole('listitem')
    .filter({ hasText: 'Problem-solving worksheet' })
    .first();
  await expect(card).toContainText('Who can see it: Only you');
  await card.getByText('Your answers').click();
  await expect(card).toContainText(problem);
  await expect(card).toContainText('8 out of 10');
  await expectAccessibleEverywhere(page);
  await card.getByRole('link', { name: 'Come back to it: add what happened' }).click();

  await expect(page).toHaveURL(/\/client\/worksheets\/later\//);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Problem-solving worksheet: looking back' }),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page
    .getByLabel('What happened', { exact: true })
    .fill('I sent the email; they replied in two days.');
  await page
    .getByLabel('What I learned', { exact: true })
    .fill('Writing it down first made it much easier.');
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Added to your worksheet' })).toBeFocused();
  await page.getByRole('link', { name: 'See your worksheets' }).click();
  const updated = page
    .getByRole('region', { name: 'Saved worksheets' })
    .getByRole('listitem')
    .filter({ hasText: 'Problem-solving worksheet' })
    .first();
  await updated.getByText('Your answers').click();
  await expect(updated).toContainText('Writing it down first made it much easier.');
  await expect(updated.getByRole('link', { name: 'Change what happened next' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  // Shared, the care team sees it with its title and every answer.
  await updated.getByRole('button', { name: 'Share with my care team' }).click();
  await expect(updated).toContainText('Who can see it: You and your therapist');
  const therapist = await (await openContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await signInTo(therapist, 'therapist@demo.tandem.test', /\/therapist$/);
  await therapist
    .getByRole('link', { name: /Riley Client/ })
    .first()
    .click();
  const shared = therapist.getByRole('region', { name: 'Shared thought records and worksheets' });
  const item = shared.getByRole('listitem').filter({ hasText: problem });
  await expect(item.getByRole('heading', { level: 3 })).toContainText('Problem-solving worksheet');
  await expect(item).toContainText('Writing it down first made it much easier.');
  await expect(item).toContainText('9 out of 10');
  await expectAccessibleEverywhere(therapist);
});
