import { randomUUID } from 'node:crypto';
import { expectAccessibleEverywhere } from './support/a11y.ts';
import {
  checkInBody,
  deviceContents,
  outboxOwnerOf,
  queueEntry,
  waitForServiceWorker,
} from './support/device.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * Tandem on a phone without a connection: the app opens from the service
 * worker's copy, the safety plan and the crisis help from the device's copy
 * (saying how old it is), and an entry made offline reaches the server once,
 * after the connection is back. Riley has a safety plan in the demo.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

async function checkInIds(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const answer = (await (await fetch('/api/me/check-ins')).json()) as {
      checkIns: { id: string }[];
    };
    return answer.checkIns.map((checkIn) => checkIn.id);
  });
}

/**
 * Signs a demo client in; an earlier file (consent.spec.ts) may have published a
 * new consent text on this server, which the client then accepts first.
 */
test('the safety plan opens with the network cut, after one online visit', async ({
  page,
  context,
}) => {
  await signInTo(page, 'riley@demo.tandem.test', /\/client$/);
  await page.getByRole('banner').getByRole('link', { name: 'My safety plan' }).click();
  await expect(page.getByText('Not answering messages')).toBeVisible();
  await expect(page.getByText('A copy is kept on this device')).toBeVisible();
  await waitForServiceWorker(page);

  // The worker keeps the app's own files, never an API answer.
  const online = await deviceContents(page);
  const cached = Object.values(online.caches).flat();
  expect(cached).toContain('/index.html');
  expect(cached.filter((path) => path.startsWith('/api'))).toEqual([]);
  expect(online.saved).toEqual(
    expect.arrayContaining([
      'session',
      'crisis-resources',
      expect.stringMatching(/^plan:safety-plan@/),
    ]),
  );

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
  await expect(page.getByText(/^Saved on this device .+; you are offline\.$/)).toBeVisible();
  await expect(page.getByText('Not answering messages')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 555 0142 (Sam (friend))' })).toHaveAttribute(
    'href',
    'tel:5550142',
  );
  // Offline the plan is read only; history needs the server.
  await expect(page.getByRole('button', { name: 'Change the plan' })).toHaveCount(0);
  // Crisis help from the device's copy: the one-tap buttons still work without data.
  const help = page.getByRole('complementary', { name: 'Need help now?' });
  await expect(help.getByRole('link', { name: /^Call 911/ })).toHaveAttribute('href', 'tel:911');
  await expectAccessibleEverywhere(page);

  // A fresh start of the app (from the home screen), still without a network.
  await page.goto('/client/safety-plan');
  await expect(page.getByText(/you are offline/)).toBeVisible();

  // Back online: the server's plan replaces the copy.
  await context.setOffline(false);
  await expect(page.getByText(/you are offline/)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Change the plan' })).toBeVisible();
});

test('a check-in made offline arrives once after reconnecting', async ({ page, context }) => {
  await signInTo(page, 'jordan@demo.tandem.test', /\/client$/);
  await waitForServiceWorker(page);
  const owner = await outboxOwnerOf(page);
  const id = randomUUID();
  const body = checkInBody(id, 'Made on the bus.');
  const before = await checkInIds(page);
  expect(before).not.toContain(id);

  await context.setOffline(true);
  await queueEntry(page, owner, '/api/me/check-ins', body);
  expect((await deviceContents(page)).outbox.map((item) => item.id)).toEqual([id]);

  // Reconnecting sends it ('online'), and it leaves the device once stored.
  await context.setOffline(false);
  await expect.poll(async () => (await deviceContents(page)).outbox.length).toBe(0);
  expect((await checkInIds(page)).filter((each) => each === id)).toHaveLength(1);

  // The answer got lost and the entry was sent again: the same id, still one check-in.
  await queueEntry(page, owner, '/api/me/check-ins', body);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect.poll(async () => (await deviceContents(page)).outbox.length).toBe(0);
  expect((await checkInIds(page)).filter((each) => each === id)).toHaveLength(1);
});

test('a check-in made on the page without a connection is kept, shown as waiting, and sent once', async ({
  page,
  context,
}) => {
  await signInTo(page, 'jordan@demo.tandem.test', /\/client$/);
  await waitForServiceWorker(page);
  // One online visit keeps the page's files and the check-in's choices on the device.
  await page.goto('/client/check-in');
  await expect(page.getByRole('button', { name: 'Save check-in' })).toBeVisible();
  const note = `Written in a tunnel ${randomUUID()}`;

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Check-in' })).toBeVisible();
  await page.getByRole('radio', { name: '6, middling' }).check();
  await page.getByLabel('A note (optional)').fill(note);
  await page.getByRole('button', { name: 'Save check-in' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Saved on this phone. It will be sent when you are back online.' }),
  ).toBeVisible();
  await expect(page.getByText(/Waiting to be sent/)).toBeVisible();
  await expectAccessibleEverywhere(page);

  await context.setOffline(false);
  await expect
    .poll(async () => (await deviceContents(page)).outbox.length, { timeout: 20_000 })
    .toBe(0);
  const stored = await page.evaluate(async (text) => {
    const answer = (await (await fetch('/api/me/check-ins')).json()) as {
      checkIns: { note: string | null }[];
    };
    return answer.checkIns.filter((checkIn) => checkIn.note === text).length;
  }, note);
  expect(stored).toBe(1);
});
