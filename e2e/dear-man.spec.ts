import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * A DEAR MAN script: the client ranks what matters most this time (the second
 * question offers only what the first left), writes each part of the script,
 * sees the whole script in their words to rehearse, saves it, and later comes
 * back to rate how the conversation went. Choices are made by keyboard alone.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

const ask = `Please send someone to fix the heating by Friday ${Date.now() % 100000}.`;

async function next(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Next' }).click();
}

test('a client builds a DEAR MAN script, rehearses it and later says how it went', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await page.getByRole('link', { name: 'Ask for what I need (DEAR MAN)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DEAR MAN script' })).toBeVisible();
  await expect(
    page.getByRole('heading', { level: 2, name: 'What matters most this time' }),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);

  await page
    .getByLabel('Who is the conversation with, and what is it about?')
    .fill('My landlord, about the heating.');
  // By keyboard: focus the first choice's option and press Space.
  const first = page.getByRole('group', { name: 'What matters most this time?' });
  await first.getByRole('radio', { name: /^Getting what I ask for/ }).focus();
  await page.keyboard.press('Space');
  await expect(first.getByRole('radio', { name: /^Getting what I ask for/ })).toBeChecked();
  const second = page.getByRole('group', { name: 'And after that?' });
  await expect(second.getByRole('radio')).toHaveCount(2);
  await expect(second.getByRole('radio', { name: /^Getting what I ask for/ })).toHaveCount(0);
  await second.getByRole('radio', { name: /^Keeping my self-respect/ }).focus();
  await page.keyboard.press('Space');
  await expectAccessibleEverywhere(page);
  await next(page);

  await expect(page.getByRole('heading', { level: 2, name: 'What you will say' })).toBeVisible();
  await page
    .getByLabel('Describe', { exact: true })
    .fill('The heating has been off for two weeks.');
  await page.getByLabel('Express', { exact: true }).fill('I feel worried about the cold at night.');
  await page.getByLabel('Assert', { exact: true }).fill(ask);
  await next(page);
  // Reinforce was left out: the problem is named, and nothing moves on.
  await expect(page.getByText('Write an answer to go on.')).toBeVisible();
  await page.getByLabel('Reinforce', { exact: true }).fill('It stops the damp spreading.');
  await next(page);

  await expect(page.getByRole('heading', { level: 2, name: 'How you will say it' })).toBeVisible();
  await page.getByLabel('Stay mindful', { exact: true }).fill('Come back to: by Friday.');
  await page.getByLabel('Appear confident', { exact: true }).fill('Speak slowly, stand tall.');
  await next(page);

  // The script, in the client's words, to rehearse.
  await expect(page.getByRole('heading', { level: 2, name: 'Your script' })).toBeVisible();
  const script = page.locator('.kept-in-view');
  for (const words of [
    'The heating has been off for two weeks.',
    'I feel worried about the cold at night.',
    ask,
    'It stops the damp spreading.',
    'Come back to: by Friday.',
  ]) {
    await expect(script).toContainText(words);
  }
  await page
    .getByLabel('How ready do you feel to use it, from 0 (not at all) to 10 (completely)?')
    .fill('6');
  await expectAccessibleEverywhere(page);
  await next(page);

  await expect(
    page.getByRole('heading', { level: 2, name: 'After the conversation' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: /Well done/ })).toBeFocused();

  // Later: back from the list of worksheets, to say how it went.
  await page.getByRole('link', { name: 'See your worksheets' }).click();
  const card = page
    .getByRole('region', { name: 'Saved worksheets' })
    .getByRole('listitem')
    .filter({ hasText: 'DEAR MAN script' })
    .filter({ hasText: ask })
    .first();
  await expect(card).toContainText('Who can see it: Only you');
  await card.getByRole('link', { name: 'Come back to it: add what happened' }).click();
  await expect(page).toHaveURL(/\/client\/worksheets\/later\//);
  await page.getByLabel('How did it go?').fill('He agreed to Friday. I stayed calm.');
  await page.getByLabel(/How far did you get what you asked for\?/).fill('8');
  await page.getByLabel(/How is the relationship now\?/).fill('7');
  await page.getByLabel(/How do you feel about how you handled it\?/).fill('9');
  await expectAccessibleEverywhere(page);
  await page.getByRole('button', { name: 'Finish' }).click();
  await expect(page.getByRole('heading', { name: 'Added to your worksheet' })).toBeFocused();
  await page.getByRole('link', { name: 'See your worksheets' }).click();
  const updated = page
    .getByRole('region', { name: 'Saved worksheets' })
    .getByRole('listitem')
    .filter({ hasText: 'DEAR MAN script' })
    .filter({ hasText: ask })
    .first();
  await updated.getByText('Your answers').click();
  await expect(updated).toContainText('He agreed to Friday. I stayed calm.');
  await expect(updated).toContainText('9 out of 10');
  await expectAccessibleEverywhere(page);
});
