import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

test('when a session ends, the next step leads calmly to sign-in and back to the same page', async ({
  page,
  openContext,
}) => {
  await signInTo(page, 'supervisor@demo.tandem.test', /\/supervisor$/);
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expect(page.getByText('Sam Supervisor (demo)').first()).toBeVisible();

  // The session ends on the server: here by "sign out everywhere" on another device.
  const other = await (await openContext()).newPage();
  await signInTo(other, 'supervisor@demo.tandem.test', /\/supervisor$/);
  await other.goto('/account');
  await other.getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(other).toHaveURL(/\/sign-in$/);
  await expect(other.getByRole('status')).toHaveText('You have signed out on all your devices.');

  // This tab finds out at its next request (here: changing the password), and says so without alarm.
  await page.getByLabel('Current password').fill('demo password for e2e');
  await page.getByLabel('New password', { exact: true }).fill('a new password 123');
  await page.getByLabel('Confirm new password').fill('a new password 123');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText(/signed you out.*sign in again/i);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
  // Nothing of the ended session is left on screen.
  await expect(page.getByText('Sam Supervisor (demo)')).toHaveCount(0);
  await expectAccessibleEverywhere(page);

  await page.getByLabel('Email').fill('supervisor@demo.tandem.test');
  await page.getByLabel('Password', { exact: true }).fill('demo password for e2e');
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Back on the page where the session ended, not the start page; the password is unchanged.
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
});

test('only what the person does keeps a session alive, not background refreshes', async ({
  page,
}) => {
  await page.clock.install();
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  // The caseload asks by POST (search text travels in the body), archived ones with status "archived".
  const archivedList = (request: { url(): string; postData(): string | null }) =>
    request.url().endsWith('/api/caseload') && (request.postData() ?? '').includes('"archived"');

  // A read that follows a click is marked as the person's own activity.
  const [afterClick] = await Promise.all([
    page.waitForResponse((response) => archivedList(response.request())),
    page.getByRole('radio', { name: 'Archived' }).check(),
  ]);
  expect(afterClick.request().headers()['x-user-activity']).toBe('1');
  await expect(page.getByRole('heading', { name: 'Archived clients' })).toBeVisible();

  // Two minutes without any input, then the tab becomes visible again: the refresh is not.
  await page.clock.fastForward('02:00');
  const [background] = await Promise.all([
    page.waitForRequest((request) => archivedList(request)),
    page.evaluate(() => window.dispatchEvent(new Event('visibilitychange'))),
  ]);
  expect(background.headers()['x-user-activity']).toBeUndefined();
});
