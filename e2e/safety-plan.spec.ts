import { readFile } from 'node:fs/promises';
import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * The safety plan as a client uses it: one tap from every client screen, made
 * and changed in the plan editor, saved as a new version each time, with what
 * someone else saved meanwhile shown and kept; printed and saved as a file in
 * the browser; and "Quick exit". Alex has no safety plan in the demo; Riley's
 * (made with the therapist) is read by offline.spec.ts, so it is left alone.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

async function openSafetyPlan(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'My safety plan' }).click();
  await expect(page).toHaveURL(/\/client\/safety-plan$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My safety plan' })).toBeVisible();
}

/** A write as the signed-in person, from the same browser (cookie and CSRF token). */
async function putPlanAsSamePerson(page: Page, body: object): Promise<number> {
  return page.evaluate(async (payload) => {
    const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
    const response = await fetch('/api/me/plans/safety-plan', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify(payload),
    });
    return response.status;
  }, body);
}

test('a client starts a safety plan, saves it, and reads its history', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await openSafetyPlan(page);
  // Nothing yet: the page says in plain words what a safety plan is, and who makes it.
  await expect(page.getByRole('heading', { name: 'What is a safety plan?' })).toBeVisible();
  await expect(page.getByText('You make it together with your therapist')).toBeVisible();
  await expectAccessibleEverywhere(page);

  await page.getByRole('button', { name: 'Start the safety plan' }).click();
  const firstSign = page.getByLabel('My warning signs: Item 1');
  await expect(firstSign).toBeFocused();
  await firstSign.fill('Not sleeping');
  await page.getByRole('button', { name: 'Add an item to My warning signs' }).click();
  await expect(page.getByLabel('My warning signs: Item 2')).toBeFocused();
  await page.getByLabel('My warning signs: Item 2').fill('Cancelling plans with friends');
  // Reordering keeps the focus on the item's control.
  await page.getByRole('button', { name: 'Move up (My warning signs, item 2)' }).click();
  await expect(page.getByLabel('My warning signs: Item 1')).toHaveValue(
    'Cancelling plans with friends',
  );
  await expect(
    page.getByRole('button', { name: 'Move down (My warning signs, item 1)' }),
  ).toBeFocused();

  await page.getByRole('button', { name: 'Add an item to People I can ask for help' }).click();
  await page.getByLabel('People I can ask for help: Item 1').fill('My sister Kim');
  await page
    .getByLabel('People I can ask for help, item 1: Phone number (if any)')
    .fill('0800 123 456');
  // An empty row is not saved.
  await page.getByRole('button', { name: 'Add an item to What matters most to me' }).click();
  await expectAccessibleEverywhere(page);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved. This is version 1.',
  );
  await expect(page.getByRole('button', { name: 'Change the plan' })).toBeFocused();
  const warningSigns = page.getByRole('region', { name: 'My warning signs' });
  await expect(warningSigns.getByRole('listitem')).toHaveText([
    'Cancelling plans with friends',
    'Not sleeping',
  ]);
  // A number in the plan is a one-tap call.
  const call = page.getByRole('link', { name: 'Call 0800 123 456 (My sister Kim)' });
  await expect(call).toHaveAttribute('href', 'tel:0800123456');
  await expect(
    page
      .getByRole('region', { name: 'What matters most to me' })
      .getByText('Nothing written here yet.'),
  ).toBeVisible();

  await page.getByText('Version history').click();
  await expect(page.getByRole('listitem').filter({ hasText: /^Version 1: / })).toContainText(
    'Alex Client (demo) (client)',
  );
  await expectAccessibleEverywhere(page);
});

test('a save after someone else saved shows their change and keeps both', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await openSafetyPlan(page);
  await page.getByRole('button', { name: 'Change the plan' }).click();
  await page.getByRole('button', { name: 'Add an item to Things I can do on my own' }).click();
  await page.getByLabel('Things I can do on my own: Item 1').fill('Make tea and sit outside');

  // Meanwhile the plan changes elsewhere (another device, or the therapist in a session).
  const current = await page.evaluate(async () => {
    const answer = (await (await fetch('/api/me/plans/safety-plan')).json()) as {
      plan: { version: number; content: Record<string, unknown[]> };
    };
    return answer.plan;
  });
  expect(current.version).toBe(1);
  const status = await putPlanAsSamePerson(page, {
    baseVersion: 1,
    content: {
      ...current.content,
      reasonsForLiving: [{ text: 'My dog, Pepper', phone: null }],
    },
  });
  expect(status).toBe(200);

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByText('Someone saved a newer version while you were editing');
  await expect(conflict).toBeFocused();
  await expect(page.getByText('Added: My dog, Pepper')).toBeVisible();
  await expectAccessibleEverywhere(page);

  await page.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Both kept' })).toBeVisible();
  await expect(page.getByLabel('Things I can do on my own: Item 1')).toHaveValue(
    'Make tea and sit outside',
  );
  await expect(page.getByLabel('What matters most to me: Item 1')).toHaveValue('My dog, Pepper');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
    'Saved. This is version 3.',
  );
  await expect(page.getByText('Make tea and sit outside')).toBeVisible();
  await expect(page.getByText('My dog, Pepper')).toBeVisible();
});

test('the plan prints, and saves as a file made in the browser', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await openSafetyPlan(page);
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // The print stylesheet leaves the header, crisis panel and buttons off the paper.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(page.getByText('Not sleeping')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save as a file' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^safety-plan-\d{4}-\d{2}-\d{2}\.txt$/);
  const text = await readFile(await file.path(), 'utf8');
  expect(text).toContain('- Not sleeping');
  expect(text).toContain('- My sister Kim (phone: 0800 123 456)');
  // Made in the page: no request went to the server for it.
  expect(requests.filter((url) => url.startsWith('http'))).toEqual([]);
});

test('the coping plan is one link away, and shows who wrote it', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await openSafetyPlan(page);
  await page.getByRole('link', { name: 'My coping plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My coping plan' })).toBeVisible();
  await expect(
    page.getByText(/last changed by Taylor Therapist \(demo\) \(therapist\)/),
  ).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Call 555 0117 (Ringing my brother)' }),
  ).toHaveAttribute('href', 'tel:5550117');
  await expectAccessibleEverywhere(page);
});

test('quick exit leaves Tandem for an empty page, and Back does not return to it', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  await openSafetyPlan(page);
  await page.getByRole('button', { name: 'Quick exit' }).click();
  await expect(page).toHaveURL('about:blank');
  // The plan's page was replaced in the history: Back leads to the page before it, not the plan.
  await page.goBack();
  expect(page.url()).not.toMatch(/safety-plan/);
});
