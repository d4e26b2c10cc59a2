import { expectAccessible } from './support/a11y.ts';
import { expect, signInTo, test } from './support/fixtures.ts';

/**
 * A Tandem without a mail server (no SMTP_URL): invitations wait in the admin's
 * outbox. Confirmations must say so and never claim an e-mail was sent. This
 * file gets a Tandem of its own, so it may also use up one address's
 * wrong-password limit without touching the other tests.
 */
test.use({ mailDelivery: 'outbox' });

test('an admin adding staff is told the link waits in the Outbox, and finds it there', async ({
  page,
}) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
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
  await expectAccessible(page, 'after adding staff without a mail server');

  await notice.getByRole('link', { name: 'Open the outbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeFocused();
  const message = page.getByRole('article', { name: /to noor@clinic\.test/ });
  await expect(message).toContainText('/accept-invitation#token=');
  await expect(
    message.getByRole('button', { name: 'Copy link for noor@clinic.test' }),
  ).toBeVisible();
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

  const password = page.getByLabel('Password', { exact: true });
  const join = page.getByRole('button', { name: 'Join Northside (e2e)' });
  const codes: string[] = [];
  // The limit is the sign-in limit of the address: 10 wrong tries in 15 minutes.
  for (let attempt = 1; attempt <= 11; attempt += 1) {
    await password.fill(`wrong password ${attempt}`);
    const [answer] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/invitations/accept')),
      join.click(),
    ]);
    codes.push(((await answer.json()) as { code: string }).code);
  }
  expect(codes).toEqual([...Array<string>(10).fill('INVALID_CREDENTIALS'), 'RATE_LIMITED']);
  await expect(page.getByRole('alert')).toHaveText(
    /^There were too many tries with a wrong password\. To keep your account safe, please wait 1[45] minutes and try again\.$/,
  );
  // The form-level message replaces the field's: nothing claims the password itself is wrong.
  await expect(password).not.toHaveAttribute('aria-invalid');
  await expectAccessible(page, 'after too many wrong passwords');
});
