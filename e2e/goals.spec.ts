import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * Goals and what matters: a client sorts value cards and picks strengths,
 * writes a SMART goal with a step, describes its outcomes (Goal Attainment
 * Scaling) and rates it twice, the first for an earlier day; their goals page
 * and the therapist's client page chart the GAS T-score on the same dates as
 * the PHQ-9 (Alex, the demo client, has weeks of PHQ-9 answers).
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const title = `Swim on Saturdays ${Date.now()}`;

/** A date some days back, as a date field takes it (the browser's own zone). */
function daysAgo(days: number): string {
  const day = new Date(Date.now() - days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

test('a client sorts their values and picks strengths, and shares them', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'My values and strengths' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What matters to me' })).toBeVisible();
  // The demo sort is there already: health is on the "Very important" pile.
  const top = page.getByRole('region', { name: 'Your top values' });
  await expect(top).toContainText('Health');
  await expectAccessibleEverywhere(page);

  const courage = page.getByRole('group', { name: /^Courage:/ });
  await courage.getByRole('radio', { name: 'Very important' }).check();
  await expect(top).toContainText('Courage');
  await page.getByLabel('Add a value in your own words (optional)').fill('Being a good uncle');
  await page.getByRole('button', { name: 'Add this value' }).click();
  await expect(top).toContainText('Being a good uncle');
  await page
    .getByRole('group', { name: 'Who can see your values?' })
    .getByRole('radio', { name: 'Me and my care team' })
    .check();
  await page.getByRole('button', { name: 'Save my values' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'You and your therapist can see your values.' }),
  ).toBeVisible();

  await page.getByRole('checkbox', { name: 'Hope' }).check();
  await page.getByLabel('Add a strength in your own words (optional)').fill('I make people laugh');
  await page.getByRole('button', { name: 'Add this strength' }).click();
  await page.getByRole('button', { name: 'Save my strengths' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'can see your strengths.' }),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);

  // After a reload the sort is as saved.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Your top values' })).toContainText(
    'Being a good uncle',
  );
  await expect(page.getByRole('checkbox', { name: 'Hope' })).toBeChecked();
});

test('a client makes a goal, writes its outcomes and rates it on two days', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'My goals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My goals' })).toBeVisible();
  await expect(page.getByText('your care team can see them')).toBeVisible();
  await expectAccessibleEverywhere(page);

  // Without a name the goal is not saved, and the field says why.
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByText('Give the goal a short name.')).toBeVisible();
  await expect(page.getByLabel('Your goal, in a few words')).toBeFocused();

  await page.getByLabel('Your goal, in a few words').fill(title);
  await page.getByLabel(/^Specific:/).fill('Go to the pool on Saturday mornings.');
  await page.getByLabel(/^Relevant:/).fill('Swimming clears my head.');
  await page
    .getByLabel('Which of your values does this goal serve? (optional)')
    .selectOption('Health');
  await page.getByRole('button', { name: 'Add a step' }).click();
  await page.getByLabel('Step 1', { exact: true }).fill('Find my swimming things');
  await page.getByRole('button', { name: 'Save goal' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Goal saved.' })).toBeVisible();

  const goal = page.getByRole('region', { name: title });
  await expect(goal).toContainText('Go to the pool on Saturday mornings.');
  await expect(goal).toContainText('What it is for: Health');
  await goal.getByLabel('Find my swimming things').check();
  await expect(goal.getByLabel('Find my swimming things')).toBeChecked();

  await goal.getByLabel('0 What I expect').fill('I swim two Saturdays a month');
  await goal.getByLabel('+1 More than expected (optional)').fill('I swim three Saturdays a month');
  await goal.getByLabel('−1 Less than expected (optional)').fill('I swim one Saturday a month');
  await goal.getByRole('button', { name: 'Save the outcomes' }).click();
  await expect(goal.getByRole('heading', { name: 'Rate this goal' })).toBeVisible();
  await expectAccessibleEverywhere(page);

  // The first rating is for a week ago; the second for today.
  await goal.getByRole('radio', { name: '−1: I swim one Saturday a month' }).check();
  await goal.getByLabel('Rating an earlier day? (optional)').fill(daysAgo(7));
  await goal.getByRole('button', { name: 'Save rating' }).click();
  const ratings = goal.getByRole('table', { name: /^Ratings so far/ });
  await expect(ratings.getByRole('row')).toHaveCount(2);
  await goal.getByRole('radio', { name: '+1: I swim three Saturdays a month' }).check();
  await goal.getByRole('button', { name: 'Save rating' }).click();
  await expect(ratings.getByRole('row')).toHaveCount(3);
  await expect(ratings).toContainText('I swim three Saturdays a month');

  // One score for all goals over time, and the PHQ-9 on the same dates.
  const progress = page.getByRole('region', { name: 'How your goals are going' });
  await expect(
    progress.getByRole('img', { name: /^How your goals are going, as one score/ }),
  ).toBeVisible();
  await expect(progress.getByRole('table', { name: 'Your goal scores' })).toBeVisible();
  await expect(progress.getByRole('heading', { name: 'PHQ-9 on the same dates' })).toBeVisible();
  await expect(progress.getByRole('table', { name: 'Your PHQ-9 scores' })).toBeVisible();
  await expectAccessibleEverywhere(page);
});

test('the therapist sees the GAS T-score beside the PHQ-9, and the shared values', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page
    .getByRole('link', { name: /Alex Client/ })
    .first()
    .click();
  const section = page.getByRole('region', { name: 'Goals', exact: true });
  await expect(section.getByRole('table', { name: 'Current goals' })).toContainText(title);
  await expect(
    section.getByRole('heading', { name: 'Goal attainment (GAS T-score)' }),
  ).toBeVisible();
  await expect(
    section.getByRole('img', { name: /^Goal attainment T-score over time/ }),
  ).toBeVisible();
  await expect(section.getByRole('table', { name: 'GAS T-scores' })).toBeVisible();
  await expect(section.getByRole('heading', { name: 'PHQ-9 on the same dates' })).toBeVisible();
  await expect(section.getByRole('table', { name: 'PHQ-9 scores beside the goals' })).toBeVisible();
  // The therapist suggests a goal; it joins the client's goals.
  const suggested = `Walk with a friend ${Date.now()}`;
  await section.getByLabel('The goal, in a few words').fill(suggested);
  await section.getByRole('button', { name: 'Add the goal' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Goal added.' })).toBeVisible();
  await expect(section.getByRole('table', { name: 'Current goals' })).toContainText(suggested);
  const values = page.getByRole('region', { name: 'Values and strengths' });
  await expect(values).toContainText('Being a good uncle');
  await expect(values).toContainText('I make people laugh');
  await expectAccessibleEverywhere(page);
});

test('an admin changes the correlation between goals, and a value out of range is refused', async ({
  page,
}) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.getByRole('link', { name: 'Practice settings' }).click();
  const section = page.getByRole('region', { name: 'Goal Attainment Scaling' });
  const field = section.getByLabel('Correlation between goals (ρ)');
  await expect(field).toHaveValue('0.3');
  await expect(section).toContainText('The published default is 0.3 (Kiresuk and Sherman, 1968).');

  await field.fill('1.2');
  await section.getByRole('button', { name: 'Save the correlation' }).click();
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectAccessibleEverywhere(page);

  await field.fill('0.5');
  await section.getByRole('button', { name: 'Save the correlation' }).click();
  await expect(section.getByRole('status')).toHaveText('The correlation between goals is now 0.5.');
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Goal Attainment Scaling' }).getByLabel(/Correlation/),
  ).toHaveValue('0.5');
  // Other files read T-scores on this demo server: give the practice its default back.
  const again = page.getByRole('region', { name: 'Goal Attainment Scaling' });
  await again.getByLabel(/Correlation/).fill('0.3');
  await again.getByRole('button', { name: 'Save the correlation' }).click();
  await expect(again.getByRole('status')).toHaveText('The correlation between goals is now 0.3.');
});
