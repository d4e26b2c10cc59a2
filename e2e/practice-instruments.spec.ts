import { expectAccessible } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

const sleepDiary = {
  resourceType: 'Questionnaire',
  url: 'https://example.org/Questionnaire/e2e-sleep',
  version: '1',
  title: 'Sleep this week',
  status: 'active',
  item: [
    {
      linkId: 'bad',
      type: 'choice',
      text: 'Nights of poor sleep',
      answerOption: [
        { valueCoding: { code: '0', display: 'None' } },
        { valueCoding: { code: '1', display: 'Some' } },
      ],
    },
  ],
};

test('an admin previews, imports and retires a practice questionnaire', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.getByRole('link', { name: 'Instruments' }).click();
  await expect(page.getByRole('heading', { name: 'Practice instruments' })).toBeVisible();

  await page.getByLabel('Questionnaire (JSON)').fill('{"resourceType":');
  await page.getByRole('button', { name: 'Check what Tandem will do' }).click();
  await expect(page.getByText('This is not JSON.')).toBeVisible();

  await page.getByLabel('Questionnaire (JSON)').fill(JSON.stringify(sleepDiary));
  await page.getByRole('button', { name: 'Check what Tandem will do' }).click();
  await expect(
    page
      .getByRole('region', { name: 'What Tandem will do' })
      .getByText('Totalled by its own scoring; no bands, no critical items, no change thresholds.'),
  ).toBeVisible();
  await expectAccessible(page, 'practice instrument preview');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(
    page.getByText('Sleep this week is imported; therapists can assign it.'),
  ).toBeVisible();
  const card = page.getByRole('listitem').filter({ hasText: 'Sleep this week (version 1)' });
  await expect(card.getByText('Can be assigned')).toBeVisible();

  await card.getByRole('button', { name: /Retire/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Retire' }).click();
  await expect(page.getByText('Sleep this week version 1 is retired.')).toBeVisible();
  await expect(card.getByText(/^Retired /)).toBeVisible();
});
