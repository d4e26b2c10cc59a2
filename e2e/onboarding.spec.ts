import { expectAccessible, expectAccessibleEverywhere } from './support/a11y.ts';
import { DEMO_PASSWORD, expect, signIn, test } from './support/fixtures.ts';

/**
 * The whole way into Tandem, as people do it: an admin creates a therapist, the
 * therapist sets a password from the e-mail caught by a real SMTP server, invites a
 * client, the client accepts the invitation and the consent text, signs in and out.
 * Every page on the way passes axe-core; the fixtures fail the test if any page
 * asks another origin, breaks the Content-Security-Policy or throws.
 */
test.describe.configure({ mode: 'serial' });

const therapistEmail = 'new.therapist@clinic.test';
const clientEmail = 'new.client@clinic.test';
const therapistPassword = 'therapist password 1';
const clientPassword = 'client password 1234';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('an admin creates a therapist, who sets a password from the e-mailed link', async ({
  page,
  tandem,
  openContext,
}) => {
  await signIn(page, 'admin@demo.tandem.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('banner')).toContainText('Demo: made-up people and data');

  const mailsBefore = tandem.mails.length;
  await page.getByRole('button', { name: 'Add a staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await expect(dialog.getByLabel('Display name')).toBeFocused();
  await dialog.getByLabel('Display name').fill('Nova Therapist');
  await dialog.getByLabel('Email').fill(therapistEmail);
  await dialog.getByLabel('Role').selectOption('therapist');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('status').filter({ hasText: 'Nova Therapist is added' }),
  ).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Nova Therapist' })).toBeVisible();
  // Focus went back to the button that opened the dialog.
  await expect(page.getByRole('button', { name: 'Add a staff member' })).toBeFocused();

  const link = await tandem.linkFor(therapistEmail, mailsBefore);
  // The token travels in the fragment, which browsers never send to a server.
  expect(new URL(link).search).toBe('');
  expect(new URL(link).hash).toMatch(/^#token=/);

  const therapistPage = await (await openContext()).newPage();
  await therapistPage.goto(link);
  await expect(
    therapistPage.getByRole('heading', { level: 1, name: 'Your invitation to Tandem' }),
  ).toBeVisible();
  // The page cannot know whether the address uses Tandem already: the person says which applies.
  const choice = therapistPage.getByRole('group', { name: 'Do you already use Tandem?' });
  await expect(choice.getByRole('radio')).toHaveCount(2);
  await expect(therapistPage.locator('input[type="password"]')).toHaveCount(0);
  await expectAccessible(therapistPage);

  // The wrong choice: this address has no Tandem password. The server says what to do, at the field.
  await choice.getByLabel('I already use Tandem with this address').check();
  const existing = therapistPage.getByLabel('Your Tandem password');
  await expect(existing).toHaveAttribute('autocomplete', 'current-password');
  await existing.fill('a password from elsewhere');
  const [refused] = await Promise.all([
    therapistPage.waitForResponse((r) => r.url().endsWith('/api/invitations/accept')),
    therapistPage.getByRole('button', { name: 'Join Demo practice (sample data)' }).click(),
  ]);
  const error = (await refused.json()) as { code: string; message: string; path?: string };
  expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', path: 'password' });
  expect(error.message).toContain('I’m new');
  await expect(existing).toBeFocused();
  await expect(existing).toHaveAttribute('aria-invalid', 'true');
  await expect(existing).toHaveAccessibleDescription(
    new RegExp(`Error: ${escape(error.message)}$`),
  );
  await expectAccessible(therapistPage);

  await choice.getByLabel('I’m new to Tandem').check();
  const newPassword = therapistPage.getByLabel('New password', { exact: true });
  // Nothing typed for the other choice is carried over.
  await expect(newPassword).toHaveValue('');
  await expect(newPassword).toHaveAttribute('autocomplete', 'new-password');
  await newPassword.fill(therapistPassword);
  await therapistPage.getByLabel('Confirm new password').fill(therapistPassword);
  await therapistPage.getByRole('button', { name: 'Set password and join' }).click();
  await expect(therapistPage).toHaveURL(/\/therapist$/);
  // After accepting, the token is gone from the address bar and from the history entry.
  expect(therapistPage.url()).not.toContain('token=');
});

test('the therapist invites a client, who accepts the consent text and signs in and out', async ({
  page,
  tandem,
  openContext,
  problems,
}) => {
  // The whole journey, with two pages checked six ways each by axe-core.
  test.slow();
  await signIn(page, therapistEmail, therapistPassword);
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByText('No clients yet.')).toBeVisible();

  const mailsBefore = tandem.mails.length;
  const invites: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/clients/invite')) invites.push(request.method());
  });
  await page.getByRole('button', { name: 'Invite a client' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a client' });
  await dialog.getByLabel('Display name').fill('Kai Client');
  await dialog.getByLabel('Email').fill(clientEmail);
  // An impatient double click sends one invitation, not two.
  await dialog.getByRole('button', { name: 'Send invitation' }).dblclick();
  await expect(page.getByRole('rowheader', { name: 'Kai Client' })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`Invitation sent to ${clientEmail}`);
  expect(invites).toEqual(['POST']);

  const link = await tandem.linkFor(clientEmail, mailsBefore);
  const mail = tandem.mails.slice(mailsBefore).find((m) => m.to.includes(clientEmail));
  // E-mails carry no clinical content, and not even the client's name.
  expect(mail?.raw).not.toContain('Kai');
  expect(tandem.mails.slice(mailsBefore).filter((m) => m.to.includes(clientEmail))).toHaveLength(1);

  const clientContext = await openContext();
  const client = await clientContext.newPage();
  await client.goto(link);
  await expect(client.getByText('Tandem is not a crisis service').first()).toBeVisible();
  await expect(client.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
  await client.getByLabel('I’m new to Tandem').check();
  await expectAccessibleEverywhere(client);
  const newPassword = client.getByLabel('New password', { exact: true });
  await newPassword.fill(clientPassword);
  await client.getByLabel('Confirm new password').fill(clientPassword);
  await client.getByRole('button', { name: 'Set password and join' }).click();
  // Consent is required: the form says so next to the box, marks it invalid and moves focus to it.
  const consentBox = client.getByLabel('I have read and accept');
  await expect(consentBox).toHaveAttribute('aria-invalid', 'true');
  await expect(consentBox).toBeFocused();
  await expect(consentBox).toHaveAccessibleDescription(/please tick the box/);
  await expectAccessible(client);
  await consentBox.check();

  // A password everyone tries first is refused by the server, at the field.
  await newPassword.fill('password1234');
  await client.getByLabel('Confirm new password').fill('password1234');
  await client.getByRole('button', { name: 'Set password and join' }).click();
  await expect(newPassword).toBeFocused();
  await expect(newPassword).toHaveAccessibleDescription(/Error: .*most common/);
  await newPassword.fill(clientPassword);
  await client.getByLabel('Confirm new password').fill(clientPassword);
  await client.getByRole('button', { name: 'Set password and join' }).click();
  await expect(client).toHaveURL(/\/client$/);
  await expect(client.getByRole('heading', { name: 'Nothing to do right now' })).toBeVisible();
  await expect(client.getByText('Nova Therapist')).toBeVisible();
  await expect(client.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
  await expectAccessibleEverywhere(client);

  await client.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(client).toHaveURL(/\/sign-in$/);
  await expect(client.getByRole('status')).toHaveText('You have signed out.');
  await signIn(client, clientEmail, clientPassword);
  await expect(client).toHaveURL(/\/client$/);
  await client.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(client).toHaveURL(/\/sign-in$/);
  // Signed out means signed out: the client area sends back to sign-in.
  await client.goto('/client');
  await expect(client).toHaveURL(/\/sign-in$/);

  // No request from any page carried the one-time token (or anything else) in its URL.
  const token = new URL(link).hash.slice('#token='.length);
  const urls = problems.flatMap((p) => p.requestedUrls);
  expect(urls.filter((url) => url.includes(token))).toEqual([]);
  expect(urls.filter((url) => url.includes('new.client'))).toEqual([]);
});

test('a wrong password says so without telling whether the address exists', async ({ page }) => {
  await signIn(page, 'nobody@clinic.test', 'wrong password');
  const unknown = await page.getByRole('alert').first().textContent();
  expect(unknown).toMatch(/not correct/);
  await signIn(page, therapistEmail, 'wrong password');
  await expect(page.getByRole('alert').first()).toHaveText(unknown ?? '');
  await expectAccessible(page);
});
