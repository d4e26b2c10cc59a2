import { expectAccessibleEverywhere } from './support/a11y.ts';
import { DEMO_PASSWORD, expect, signIn, test } from './support/fixtures.ts';

test('a new consent version is accepted by the client before anything else', async ({
  page,
  openContext,
}) => {
  await signIn(page, 'admin@demo.tandem.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.getByRole('link', { name: 'Consent text' }).click();
  const text = page.getByLabel('Consent text');
  await expect(page.getByText('Current version: 1')).toBeVisible();

  // Too short: the error is next to the field and nothing is saved.
  const original = await text.inputValue();
  await text.fill('Too short.');
  await page.getByRole('button', { name: 'Save consent text' }).click();
  await expect(text).toBeFocused();
  await expect(text).toHaveAccessibleDescription(/at least 50 characters/);
  await expect(page.getByText('Current version: 1')).toBeVisible();

  await text.fill(
    `${original}\n\nNew in this version\nMessages to your therapist are read during working hours only.`,
  );
  await page.getByRole('button', { name: 'Save consent text' }).click();
  await expect(page.getByRole('status')).toContainText('Saved as version 2');
  await expect(page.getByText('Current version: 2')).toBeVisible();

  const client = await (await openContext()).newPage();
  await signIn(client, 'alex@demo.tandem.test', DEMO_PASSWORD);
  await expect(client).toHaveURL(/\/consent$/);
  await expect(client.getByText('has updated this text')).toBeVisible();
  await expect(client.getByText('read during working hours only')).toBeVisible();
  await expect(client.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
  await expectAccessibleEverywhere(client);
  // Other pages wait until the new text is accepted.
  await client.goto('/client');
  await expect(client).toHaveURL(/\/consent$/);
  await client.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(client.getByLabel('I have read and accept')).toBeFocused();
  await client.getByLabel('I have read and accept').check();
  await client.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(client).toHaveURL(/\/client$/);
});
