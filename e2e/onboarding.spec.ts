import {
  DEMO_PASSWORD,
  expect,
  expectAccessible,
  signIn,
  test,
  watchThirdPartyRequests,
} from './support/fixtures.ts';

/**
 * The whole way into Tandem, as people do it: an admin creates a therapist, the
 * therapist sets a password from the e-mail caught by a real SMTP server, invites a
 * client, the client accepts the invitation and the consent text, signs in and out.
 * Every page on the way passes axe-core with zero violations, and no page asks any
 * origin but Tandem's own.
 */
test.describe.configure({ mode: 'serial' });

const therapistEmail = 'new.therapist@clinic.test';
const clientEmail = 'new.client@clinic.test';
const therapistPassword = 'therapist password 1';
const clientPassword = 'client password 1234';

test('an admin creates a therapist, who sets a password from the e-mailed link', async ({
  page,
  tandem,
  browser,
}) => {
  const foreign = watchThirdPartyRequests(page, tandem.url);
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page);

  await signIn(page, 'admin@demo.tandem.test', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByText('Demo practice', { exact: false }).first()).toBeVisible();
  await expectAccessible(page);

  const mailsBefore = tandem.mails.length;
  await page.getByLabel('Display name').fill('Nova Therapist');
  await page.getByLabel('Email').fill(therapistEmail);
  await page.getByLabel('Role').selectOption('therapist');
  await page.getByRole('button', { name: 'Create user' }).click();
  await expect(page.getByRole('cell', { name: therapistEmail })).toBeVisible();

  const link = await tandem.linkFor(therapistEmail, mailsBefore);
  const therapistContext = await browser.newContext();
  const therapistPage = await therapistContext.newPage();
  await therapistPage.goto(link);
  await expect(therapistPage.getByLabel('New password', { exact: true })).toBeVisible();
  await expectAccessible(therapistPage);
  await therapistPage.getByLabel('New password', { exact: true }).fill(therapistPassword);
  await therapistPage.getByLabel('Confirm new password').fill(therapistPassword);
  await therapistPage.getByRole('button', { name: 'Set password and continue' }).click();
  await expect(therapistPage).toHaveURL(/\/therapist$/);
  // The token was in the fragment; after accepting, it is gone from the address bar.
  expect(therapistPage.url()).not.toContain('token=');
  await therapistContext.close();
  expect(foreign).toEqual([]);
});

test('the therapist invites a client, who accepts the consent text and signs in and out', async ({
  page,
  tandem,
  browser,
}) => {
  await signIn(page, therapistEmail, therapistPassword);
  await expect(page).toHaveURL(/\/therapist$/);
  await expectAccessible(page);

  const mailsBefore = tandem.mails.length;
  await page.getByLabel('Display name').fill('Kai Client');
  await page.getByLabel('Email').fill(clientEmail);
  await page.getByRole('button', { name: 'Invite client' }).click();
  await expect(page.getByRole('cell', { name: 'Kai Client' })).toBeVisible();
  await expectAccessible(page);

  const link = await tandem.linkFor(clientEmail, mailsBefore);
  const mail = tandem.mails.find((m) => m.to.includes(clientEmail));
  expect(mail?.raw).not.toContain('Kai');

  const clientContext = await browser.newContext();
  const client = await clientContext.newPage();
  const foreign = watchThirdPartyRequests(client, tandem.url);
  await client.goto(link);
  await expect(client.getByText('not a crisis service').first()).toBeVisible();
  await expectAccessible(client);
  await client.getByLabel('New password', { exact: true }).fill(clientPassword);
  await client.getByLabel('Confirm new password').fill(clientPassword);
  await client.getByRole('button', { name: 'Set password and continue' }).click();
  // Consent is required: the form says so next to the box, marks it invalid and moves focus to it.
  const consentBox = client.getByLabel('I have read and accept');
  await expect(consentBox).toHaveAttribute('aria-invalid', 'true');
  await expect(consentBox).toBeFocused();
  await expect(client.getByText('please tick the box')).toBeVisible();
  await expectAccessible(client);
  await consentBox.check();
  await client.getByRole('button', { name: 'Set password and continue' }).click();
  await expect(client).toHaveURL(/\/client$/);
  await expect(client.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(client.getByText('Need help now?').first()).toBeVisible();
  await expectAccessible(client);

  await client.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(client).toHaveURL(/\/sign-in/);
  await signIn(client, clientEmail, clientPassword);
  await expect(client).toHaveURL(/\/client$/);
  await client.getByRole('button', { name: 'Sign out' }).first().click();
  await expect(client).toHaveURL(/\/sign-in/);
  expect(foreign).toEqual([]);
  await clientContext.close();
});

test('a wrong password says so without telling whether the address exists', async ({ page }) => {
  await signIn(page, 'nobody@clinic.test', 'wrong password');
  const unknown = await page.getByRole('alert').first().textContent();
  await signIn(page, therapistEmail, 'wrong password');
  await expect(page.getByRole('alert').first()).toHaveText(unknown ?? '');
  await expectAccessible(page);
});
