import { DEMO_PASSWORD, expect, expectAccessible, signIn, test } from './support/fixtures.ts';

test('a therapist archives a client and restores them', async ({ page }) => {
  await signIn(page, 'therapist@demo.tandem.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/therapist$/);
  await page.getByRole('button', { name: 'Archive Riley Client (demo)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(page.getByRole('cell', { name: 'Riley Client (demo)' })).toHaveCount(0);
  await expect(page.getByRole('rowheader', { name: 'Riley Client (demo)' })).toHaveCount(0);

  await page
    .getByRole('radio', { name: /archived/i })
    .or(page.getByRole('tab', { name: /archived/i }))
    .first()
    .click();
  await page.getByRole('button', { name: 'Restore Riley Client (demo)' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore', exact: true }).click();
  await page
    .getByRole('radio', { name: /active/i })
    .or(page.getByRole('tab', { name: /active/i }))
    .first()
    .click();
  await expect(page.getByText('Riley Client (demo)').first()).toBeVisible();
});

test('a forgotten password is reset through the e-mailed link', async ({ page, tandem }) => {
  const before = tandem.mails.length;
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill('jordan@demo.tandem.test');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  // The same calm confirmation whether or not the address has an account.
  await expect(page.getByText('If this email address belongs to an account')).toBeVisible();
  const link = await tandem.linkFor('jordan@demo.tandem.test', before);
  expect(link).toContain('/reset-password#token=');
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('jordan new password');
  await page.getByLabel('Confirm new password').fill('jordan new password');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/sign-in/);
  await signIn(page, 'jordan@demo.tandem.test', 'jordan new password');
  await expect(page).toHaveURL(/\/client$/);
});
