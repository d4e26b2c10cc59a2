import { randomUUID } from 'node:crypto';
import { expectAccessibleEverywhere } from './support/a11y.ts';
import {
  checkInBody,
  deviceContents,
  outboxOwnerOf,
  queueEntry,
  waitForServiceWorker,
} from './support/device.ts';
import { expect, signIn, signInTo, test, DEMO_PASSWORD, type Page } from './support/fixtures.ts';

/**
 * Signing out leaves nothing personal in the browser: not the device store
 * (offline copies, entries not sent), not Cache Storage (only the app's own
 * files stay), not web storage. Entries not sent yet are first sent, or the
 * person is told how many would be lost. A session that ends by itself keeps
 * the entries: they go once the person signs in again.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

/** Makes the check-in route unreachable (a failed connection), everything else as it is. */
async function cutCheckIns(page: Page): Promise<void> {
  await page.route('**/api/me/check-ins', (route) =>
    route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.fallback(),
  );
}

test('signing out deletes everything personal from the device, after asking about unsent entries', async ({
  page,
}) => {
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.getByRole('banner').getByRole('link', { name: 'My safety plan' }).click();
  await expect(page.getByText('Not answering messages')).toBeVisible();
  await waitForServiceWorker(page);
  const owner = await outboxOwnerOf(page);
  await page.evaluate(() => sessionStorage.setItem('draft', 'something typed'));

  await cutCheckIns(page);
  await queueEntry(page, owner, '/api/me/check-ins', checkInBody(randomUUID(), 'Unsent.'));
  const before = await deviceContents(page);
  expect(before.outbox).toHaveLength(1);
  expect(before.saved).toEqual(expect.arrayContaining(['session']));

  // Sending first fails: the person is told what would be lost, and may wait.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Not everything has been sent' });
  await expect(dialog).toContainText(
    '1 entry has not been sent yet and will be deleted from this device if you sign out now.',
  );
  await expectAccessibleEverywhere(page);
  await dialog.getByRole('button', { name: 'Stay signed in and wait' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
  expect((await deviceContents(page)).outbox).toHaveLength(1);

  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await dialog.getByRole('button', { name: 'Sign out anyway' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');

  const after = await deviceContents(page);
  expect(after.outbox).toEqual([]);
  // The crisis help of the sign-in page may be kept again (the same for everyone); nothing else.
  expect(after.saved.filter((key) => key !== 'crisis-resources')).toEqual([]);
  expect(after.webStorage).toBe(0);
  for (const [name, paths] of Object.entries(after.caches)) {
    expect(name).toMatch(/^tandem-app-/);
    expect(paths.filter((path) => path.startsWith('/api'))).toEqual([]);
  }
  // Back does not show the plan again: the area asks to sign in.
  await page.goBack();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByText('Not answering messages')).toHaveCount(0);
});

test('unsent entries are sent before signing out when they can be', async ({ page }) => {
  await signInTo(page, 'jordan@demo.tandem.test', /\/client$/);
  const owner = await outboxOwnerOf(page);
  const id = randomUUID();
  await queueEntry(page, owner, '/api/me/check-ins', checkInBody(id, 'Sent at sign-out.'));
  const posted = page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/me/check-ins') && response.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  expect((await posted).status()).toBeLessThan(300);
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await deviceContents(page)).outbox).toEqual([]);
});

test('a session that ends by itself keeps unsent entries, sent after signing in again', async ({
  page,
  context,
}) => {
  await signInTo(page, 'jordan@demo.tandem.test', /\/client$/);
  const owner = await outboxOwnerOf(page);
  await cutCheckIns(page);
  const id = randomUUID();
  await queueEntry(page, owner, '/api/me/check-ins', checkInBody(id, 'Kept over a timeout.'));

  // The session ends (as after the idle timeout): the next read answers 401.
  await context.clearCookies();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'My progress' })
    .click();
  await expect(page).toHaveURL(/\/sign-in$/);
  expect((await deviceContents(page)).outbox.map((item) => item.id)).toEqual([id]);

  await page.unrouteAll();
  await signIn(page, 'jordan@demo.tandem.test', DEMO_PASSWORD);
  await expect.poll(async () => (await deviceContents(page)).outbox.length).toBe(0);
  const ids = await page.evaluate(async () => {
    const answer = (await (await fetch('/api/me/check-ins')).json()) as {
      checkIns: { id: string }[];
    };
    return answer.checkIns.map((checkIn) => checkIn.id);
  });
  expect(ids.filter((each) => each === id)).toHaveLength(1);
});
