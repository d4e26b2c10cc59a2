import { expectAccessible } from './support/a11y.ts';
import {
  DEMO_PASSWORD,
  expect,
  restoreDemoPassword,
  signIn,
  signInTo,
  test,
} from './support/fixtures.ts';

const email = 'riley@demo.tandem.test';
const newPassword = 'riley changed password';

test('a person changes their password, then signs out everywhere', async ({
  page,
  openContext,
}) => {
  await signInTo(page, email, /\/(client|consent)$/);
  const otherDevice = await (await openContext()).newPage();
  await signInTo(otherDevice, email, /\/(client|consent)$/);

  await page.goto('/account');
  const current = page.getByLabel('Current password');
  await current.fill('not my password');
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/auth/change-password')),
    page.getByRole('button', { name: 'Change password' }).click(),
  ]);
  // The server's answer names the field; the page shows it there and moves the focus to it.
  const error = (await refused.json()) as { message: string; path?: string };
  expect(error.path).toBe('currentPassword');
  await expect(current).toBeFocused();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(current).toHaveAccessibleDescription(`Error: ${error.message}`);
  await expectAccessible(page);

  // The same password again is no change: the server says so at the new password's field.
  await current.fill(DEMO_PASSWORD);
  const next = page.getByLabel('New password', { exact: true });
  await next.fill(DEMO_PASSWORD);
  await page.getByLabel('Confirm new password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(next).toBeFocused();
  await expect(next).toHaveAccessibleDescription(/Error: This is your current password\./);

  await next.fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Your password is changed. Your other devices are signed out.',
  );
  await expect(current).toHaveValue('');
  await expect(current).not.toHaveAttribute('aria-invalid');

  // The other device was signed out by the change; its next step leads to sign-in.
  await otherDevice.getByRole('link', { name: 'Account' }).click();
  await otherDevice.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(otherDevice).toHaveURL(/\/sign-in$/);
  await expect(otherDevice.getByRole('status')).toHaveText(/signed you out/);

  // This device is still signed in, until it signs out everywhere.
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out on all your devices.');
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in$/);

  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(/\/(client|consent)$/);

  // The demo password again, so later files can sign in as this demo client (offline.spec.ts).
  await restoreDemoPassword(page, newPassword);
});
