import { DEMO_PASSWORD, expect, expectAccessible, signIn, test } from './support/fixtures.ts';

test('a new consent version is accepted by the client before anything else', async ({
  page,
  browser,
}) => {
  await signIn(page, 'admin@demo.tandem.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto('/admin/consent');
  const text = page.getByLabel('Consent text');
  await text.fill(
    `${await text.inputValue()}\n\nNew in this version: messages to your therapist are read during working hours only.`,
  );
  await page.getByRole('button', { name: 'Save consent text' }).click();
  await expect(page.getByText(/version 2/i).first()).toBeVisible();

  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  await signIn(client, 'alex@demo.tandem.test', DEMO_PASSWORD);
  await expect(client).toHaveURL(/\/consent$/);
  await expect(client.getByText('read during working hours only')).toBeVisible();
  await expectAccessible(client);
  // Other pages wait until the new text is accepted.
  await client.goto('/client');
  await expect(client).toHaveURL(/\/consent$/);
  await client.getByLabel('I have read and accept').check();
  await client.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(client).toHaveURL(/\/client$/);
  await clientContext.close();
});
