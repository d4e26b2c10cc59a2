import { expectAccessible } from './support/a11y.ts';
import {
  DEMO_PASSWORD,
  expect,
  restoreDemoPassword,
  signIn,
  signInTo,
  test,
} from './support/fixtures.ts';

test('a therapist archives a client and restores them', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  const riley = page.getByRole('rowheader', { name: 'Riley Client (demo)' });
  await expect(riley).toBeVisible();

  await page.getByRole('button', { name: 'Archive Riley Client (demo)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive Riley Client (demo)?' });
  // The dialog says what archiving does to the client's access, and what it keeps.
  await expect(dialog).toContainText(
    'Riley Client (demo) can no longer sign in to this practice. If they are signed in now, they are signed out at once.',
  );
  await expect(dialog).toContainText('Their record is kept, and nothing is deleted.');
  await expect(dialog).toContainText('restoring them gives their access back');
  // Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(riley).toBeVisible();

  await page.getByRole('button', { name: 'Archive Riley Client (demo)' }).click();
  await dialog.getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(riley).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    'Riley Client (demo) is archived. You find them under “Archived”.',
  );
  // Focus moves to the list heading, not to a button that no longer exists.
  await expect(page.getByRole('heading', { name: 'Active clients' })).toBeFocused();

  await page.getByRole('radio', { name: 'Archived' }).check();
  await expect(riley).toBeVisible();
  await expect(page.getByRole('row', { name: /Riley Client/ })).toContainText('Archived');
  await page.getByRole('button', { name: 'Restore Riley Client (demo)' }).click();
  const restore = page.getByRole('dialog', { name: 'Restore Riley Client (demo)?' });
  await expect(restore).toContainText('They can sign in to this practice again');
  await restore.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(riley).toHaveCount(0);
  await expect(page.getByText('No archived clients')).toBeVisible();
  await page.getByRole('radio', { name: 'Active' }).check();
  await expect(riley).toBeVisible();
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

  // Errors appear next to their field, are announced with it, and take the focus.
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByRole('button', { name: 'Save new password' }).click();
  const newPassword = page.getByLabel('New password', { exact: true });
  await expect(newPassword).toBeFocused();
  await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
  await expect(newPassword).toHaveAccessibleDescription(/Use at least 10 characters/);
  await expect(page.getByLabel('Confirm new password')).toHaveAccessibleDescription(
    /Type the new password again/,
  );
  await expectAccessible(page);

  await newPassword.fill('jordan new password');
  await page.getByLabel('Confirm new password').fill('jordan new password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText(
    'Your new password is saved. Sign in with it now.',
  );
  await signIn(page, 'jordan@demo.tandem.test', 'jordan new password');
  await expect(page).toHaveURL(/\/client$/);

  // The link worked once; opened again it explains itself and offers a new one.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto(link);
  await page.getByLabel('New password', { exact: true }).fill('jordan third password');
  await page.getByLabel('Confirm new password').fill('jordan third password');
  await page.getByRole('button', { name: 'Save new password' }).click();
  await expect(page.getByRole('alert')).toContainText('This link is no longer valid');
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await signIn(page, 'jordan@demo.tandem.test', DEMO_PASSWORD);
  await expect(page.getByRole('alert')).toContainText('not correct');

  // The demo password again, so later files can sign in as this demo client.
  await signIn(page, 'jordan@demo.tandem.test', 'jordan new password');
  await expect(page).toHaveURL(/\/(client|consent)$/);
  await restoreDemoPassword(page, 'jordan new password');
});
