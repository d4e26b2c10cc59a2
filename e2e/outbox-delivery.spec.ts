import { expectAccessible, expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * A Tandem without a mail server (no SMTP_URL): invitations wait in the admin's
 * outbox. Confirmations must say so and never claim an e-mail was sent. This
 * file gets a Tandem of its own, so it may also use up one address's
 * wrong-password allowance without touching the other tests.
 */
test.use({ mailDelivery: 'outbox' });

/** The invitation links the outbox lists for `address`, newest first. */
function outboxCards(page: Page, address: string) {
  return page.getByRole('article', { name: new RegExp(`to ${address.replace(/\./g, '\\.')}`) });
}

async function expectMailSetupNotice(page: Page): Promise<void> {
  const notice = page.getByRole('region', { name: 'Email is not set up' });
  await expect(notice).toContainText('Invitations wait in the Outbox for you to pass on');
  await expect(notice).toContainText('tandem user reset-password --email');
  await expect(notice).toContainText('SMTP_URL');
}

test('an admin adding staff is told the link waits in the Outbox, and finds it there', async ({
  page,
}) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await expectMailSetupNotice(page);
  await page.getByRole('button', { name: 'Add a staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await expect(dialog.getByLabel('Email')).toHaveAccessibleDescription(
    'This server does not send email: the one-time link to join waits in the Outbox for you to pass on.',
  );
  await dialog.getByLabel('Display name').fill('Noor Therapist');
  await dialog.getByLabel('Email').fill('noor@clinic.test');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.locator('.notice[role="status"]');
  await expect(notice).toHaveText(
    'Noor Therapist is added. This Tandem server does not send email, so the invitation link for noor@clinic.test is in the Outbox. Pass it on to them. Open the outbox',
  );
  await expect(notice).not.toContainText('sent');
  await expect(page.getByRole('region', { name: 'Outbox' })).toContainText(
    '1 invitation link is waiting in the Outbox.',
  );
  await expectAccessibleEverywhere(page);

  await notice.getByRole('link', { name: 'Open the outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeFocused();
  await expectMailSetupNotice(page);
  const message = outboxCards(page, 'noor@clinic.test');
  await expect(message).toContainText('/accept-invitation#token=');
  await expect(message).toContainText('Waiting for you to pass on');
  await expect(
    message.getByRole('button', { name: 'Copy link for noor@clinic.test' }),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);
});

test('the outbox says what became of each link, and an entry can be dismissed', async ({
  page,
  openContext,
}) => {
  // A therapist invites a client, then sends the invitation again: the first link is replaced.
  const therapist = await (await openContext()).newPage();
  await signInTo(therapist, 'therapist@demo.tandem.test', /\/therapist$/);
  await therapist.getByRole('button', { name: 'Invite a client' }).click();
  const invite = therapist.getByRole('dialog', { name: 'Invite a client' });
  await invite.getByLabel('Display name').fill('Sky Client');
  await invite.getByLabel('Email').fill('sky@clinic.test');
  await invite.getByRole('button', { name: 'Send invitation' }).click();
  await expect(invite).toBeHidden();
  await therapist.getByRole('button', { name: 'Resend invitation to Sky Client' }).click();
  await expect(therapist.getByRole('status')).toContainText('A new invitation link is saved.');

  // An admin adds a staff member, who joins with the link the admin passes on: it is used.
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.getByRole('button', { name: 'Add a staff member' }).click();
  const addStaff = page.getByRole('dialog', { name: 'Add a staff member' });
  await addStaff.getByLabel('Display name').fill('Rowan Therapist');
  await addStaff.getByLabel('Email').fill('rowan@clinic.test');
  await addStaff.getByRole('button', { name: 'Add staff member' }).click();
  await expect(addStaff).toBeHidden();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Outbox' })
    .click();
  const rowan = outboxCards(page, 'rowan@clinic.test');
  const link = /(http:\/\/\S+#token=[\w-]+)/.exec((await rowan.textContent()) ?? '')?.[1] ?? '';
  expect(link).not.toBe('');
  const joining = await (await openContext()).newPage();
  await joining.goto(link);
  await joining.getByLabel('I’m new to Tandem').check();
  await joining.getByLabel('New password', { exact: true }).fill('rowan joins tandem');
  await joining.getByLabel('Confirm new password').fill('rowan joins tandem');
  await joining.getByRole('button', { name: 'Set password and join' }).click();
  await expect(joining).toHaveURL(/\/therapist$/);

  await page.reload();
  await expect(rowan).toContainText('Link used');
  // A spent link is neither shown nor offered for copying.
  await expect(rowan).not.toContainText('#token=');
  await expect(rowan.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
  const sky = outboxCards(page, 'sky@clinic.test');
  await expect(sky).toHaveCount(2);
  // Newest first: the link sent again waits; the first one was replaced by it.
  await expect(sky.nth(0)).toContainText('Waiting for you to pass on');
  await expect(sky.nth(1)).toContainText('Replaced by a newer link');
  await expect(sky.nth(1)).not.toContainText('#token=');

  await sky.nth(1).getByRole('button', { name: 'Dismiss the email to sky@clinic.test' }).click();
  const dialog = page.getByRole('dialog', { name: 'Dismiss this email?' });
  await expect(dialog).toContainText('Invitation to sky@clinic.test');
  await expectAccessibleEverywhere(page);
  await dialog.getByRole('button', { name: 'Dismiss', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(sky).toHaveCount(1);
  await expect(sky).toContainText('Waiting for you to pass on');
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    'The email to sky@clinic.test is dismissed.',
  );
  await expect(page.getByRole('heading', { name: 'Emails' })).toBeFocused();
  // Dismissed for good: reading the list again does not bring it back.
  await page.reload();
  await expect(sky).toHaveCount(1);
});

test('without a mail server, a forgotten password is explained, and nothing is sent', async ({
  page,
}) => {
  await page.goto('/forgot-password');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Forgot your password?' }),
  ).toBeVisible();
  await expect(page.getByText('This Tandem cannot send email')).toBeVisible();
  await expect(page.getByText('Please contact your practice.')).toBeVisible();
  // No form that would suggest a link is on its way.
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Send reset link' })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText('on its way');
  await expectAccessibleEverywhere(page);
  await page.getByRole('link', { name: 'Back to sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeFocused();
});

test('a therapist inviting a client is told the practice admin passes the link on', async ({
  page,
}) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page.getByRole('button', { name: 'Invite a client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a client' });
  await expect(dialog).toContainText(
    'Tandem makes a one-time link for them to join. This Tandem server does not send email, so your practice admin will pass the link on.',
  );
  await expect(dialog).not.toContainText('We email');
  await dialog.getByLabel('Display name').fill('Lee Client');
  await dialog.getByLabel('Email').fill('lee@clinic.test');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  await expect(dialog).toBeHidden();
  const notice = page.locator('.notice[role="status"]');
  await expect(notice).toHaveText(
    'Invitation saved. This Tandem server does not send email, so your practice admin will pass the link on. Lee Client is in your Active list as Invited until they join.',
  );

  await page.getByRole('button', { name: 'Resend invitation to Lee Client' }).click();
  await expect(notice).toHaveText(
    'A new invitation link is saved. This Tandem server does not send email, so your practice admin will pass the link on.',
  );
  await expectAccessible(page, 'after inviting without a mail server');
});

// Last in this file: it uses up the wrong-password allowance of one address.
test('too many wrong passwords when joining with an existing account are refused plainly', async ({
  page,
  tandem,
}) => {
  const created = await tandem.cli('practice', 'create', '--name', 'Northside (e2e)');
  expect(created.code, created.stderr).toBe(0);
  const practiceId = /with id ([0-9a-f-]{36})/.exec(created.stdout)?.[1] ?? '';
  const invited = await tandem.cli(
    'admin',
    'create',
    '--practice-id',
    practiceId,
    '--email',
    'supervisor@demo.tandem.test',
    '--name',
    'Sam at Northside',
  );
  expect(invited.code, invited.stderr).toBe(0);
  const link = /(http:\/\/\S+#token=[\w-]+)/.exec(invited.stdout)?.[1] ?? '';
  await page.goto(link);

  await page.getByLabel('I already use Tandem with this address').check();
  const password = page.getByLabel('Your Tandem password');
  const join = page.getByRole('button', { name: 'Join Northside (e2e)' });
  const answers: Array<{ code: string; message: string }> = [];
  // The sign-in rule of the address: 5 wrong tries are free, then each waits longer.
  for (let attempt = 1; attempt <= 8 && answers.at(-1)?.code !== 'RATE_LIMITED'; attempt += 1) {
    await password.fill(`wrong password ${attempt}`);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/invitations/accept')),
      join.click(),
    ]);
    answers.push((await answer.json()) as { code: string; message: string });
  }
  expect(answers.slice(0, 5).map((a) => a.code)).toEqual(
    Array<string>(5).fill('INVALID_CREDENTIALS'),
  );
  const limited = answers.at(-1);
  expect(limited?.code).toBe('RATE_LIMITED');
  // The server's words, which say when to try again.
  expect(limited?.message).toMatch(/^Too many attempts\. Please try again in \d+ seconds?\.$/);
  await expect(page.getByText(limited?.message ?? '')).toBeVisible();
  await expectAccessible(page, 'after too many wrong passwords');
});
