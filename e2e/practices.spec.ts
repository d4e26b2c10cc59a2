import { expectAccessible, expectAccessibleEverywhere } from './support/a11y.ts';
import { DEMO_PASSWORD, expect, test, type Page } from './support/fixtures.ts';

/**
 * One address, two practices (ADR 0006). The real `tandem` commands make a
 * second practice on the running installation and invite the demo therapist as
 * its admin; the therapist joins with the password they already have and
 * switches between the practices from the header. No sign-in form is used
 * (wrong passwords here count against the same per-address limit as sign-in),
 * and each person's last switch goes back to the demo practice, which sign-in
 * then opens for the other tests.
 */
test.describe.configure({ mode: 'serial' });

const therapist = 'therapist@demo.tandem.test';
const demoPractice = 'Demo practice (sample data)';
const hillside = 'Hillside (e2e)';
/** The demo admin, whom the first test invites to Hillside as an admin too. */
const admin = 'admin@demo.tandem.test';
let adminInvitation = '';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens "Switch practice" in the header and switches, by keyboard or by mouse. */
async function switchTo(page: Page, practice: string, by: 'keyboard' | 'mouse'): Promise<void> {
  const opener = page.getByRole('banner').getByRole('button', { name: 'Switch practice' });
  const dialog = page.getByRole('dialog', { name: 'Switch practice' });
  const target = dialog.getByRole('button', { name: `Switch to ${practice}` });
  if (by === 'keyboard') {
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    // The dialog has the focus; Tab reaches the practice's button within a few steps.
    for (let i = 0; i < 4 && !(await target.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    await page.keyboard.press('Enter');
  } else {
    await opener.click();
    await target.click();
  }
  await expect(dialog).toBeHidden();
}

test('a therapist joins a second practice with their password and switches between the two', async ({
  page,
  tandem,
}) => {
  // Three pages checked six ways each by axe-core, besides the steps themselves.
  test.slow();
  const created = await tandem.cli('practice', 'create', '--name', hillside);
  expect(created.code, created.stderr).toBe(0);
  const practiceId = /with id ([0-9a-f-]{36})/.exec(created.stdout)?.[1] ?? '';
  expect(practiceId).not.toBe('');
  const invited = await tandem.cli(
    'admin',
    'create',
    '--practice-id',
    practiceId,
    '--email',
    therapist,
    '--name',
    'Taylor at Hillside',
  );
  expect(invited.code, invited.stderr).toBe(0);
  const link = /(http:\/\/\S+#token=[\w-]+)/.exec(invited.stdout)?.[1] ?? '';
  expect(link).not.toBe('');

  // The page reads as it would for anyone: the inviting practice must not learn that this
  // address uses Tandem elsewhere (its admin may hold the link). The person says which applies.
  await page.goto(link);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your invitation to Tandem' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('already have');
  const choice = page.getByRole('group', { name: 'Do you already use Tandem?' });

  // "I'm new" with an address that has a password: the server explains, at the field. (It
  // counts as a wrong password for this address, like a sign-in.)
  await choice.getByLabel('I’m new to Tandem').check();
  const newPassword = page.getByLabel('New password', { exact: true });
  await newPassword.fill('a second new password');
  await page.getByLabel('Confirm new password').fill('a second new password');
  const [wrongChoice] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/invitations/accept')),
    page.getByRole('button', { name: 'Set password and join' }).click(),
  ]);
  const choiceError = (await wrongChoice.json()) as { code: string; message: string };
  expect(choiceError).toMatchObject({ code: 'INVALID_CREDENTIALS', path: 'password' });
  expect(choiceError.message).toContain('I already use Tandem');
  await expect(newPassword).toBeFocused();
  await expect(newPassword).toHaveAccessibleDescription(
    new RegExp(`Error: ${escape(choiceError.message)}$`),
  );

  await choice.getByLabel('I already use Tandem with this address').check();
  const password = page.getByLabel('Your Tandem password');
  await expect(password).toHaveAttribute('autocomplete', 'current-password');
  await expect(page.locator('input[type="password"]')).toHaveCount(1);
  await expect(page.getByText(/at least \d+ characters/i)).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
    'href',
    '/forgot-password',
  );
  await expectAccessibleEverywhere(page);

  // A wrong password: the server's words appear at the field, which takes the focus.
  const join = page.getByRole('button', { name: `Join ${hillside}` });
  await password.fill('not my tandem password');
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/invitations/accept')),
    join.click(),
  ]);
  expect(refused.status()).toBe(401);
  const error = (await refused.json()) as { code: string; message: string; path?: string };
  expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', path: 'password' });
  await expect(password).toBeFocused();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(
    new RegExp(`Error: ${escape(error.message)}$`),
  );
  await expectAccessible(page);

  await password.fill(DEMO_PASSWORD);
  await join.click();
  await expect(page).toHaveURL(/\/admin$/);
  expect(page.url()).not.toContain('token=');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(hillside);
  await expect(banner).not.toContainText('made-up people');
  await expect(page.getByRole('rowheader', { name: 'Taylor at Hillside' })).toBeVisible();
  // Nobody of the demo practice is listed here.
  await expect(page.getByText('Sam Supervisor (demo)')).toHaveCount(0);

  // This server sends e-mail (a real SMTP server), and the confirmation says exactly that.
  // The new admin of Hillside has a Tandem account already: to the inviter that looks like any
  // other address.
  const mailsBefore = tandem.mails.length;
  await page.getByRole('button', { name: 'Add a staff member' }).click();
  const addStaff = page.getByRole('dialog', { name: 'Add a staff member' });
  await expect(addStaff.getByLabel('Email')).toHaveAccessibleDescription(
    'We email a one-time link to this address so they can join.',
  );
  await addStaff.getByLabel('Display name').fill('Ada at Hillside');
  await addStaff.getByLabel('Email').fill(admin);
  await addStaff.getByLabel('Role').selectOption('admin');
  await addStaff.getByRole('button', { name: 'Add staff member' }).click();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    `Ada at Hillside is added. Invitation sent to ${admin}.`,
  );
  adminInvitation = await tandem.linkFor(admin, mailsBefore);

  // The switcher lists both practices with the role in each, the open one marked.
  await banner.getByRole('button', { name: 'Switch practice' }).click();
  const dialog = page.getByRole('dialog', { name: 'Switch practice' });
  await expect(dialog.getByRole('listitem')).toHaveText([
    /^Demo practice \(sample data\)\s*Therapist\s*Switch/,
    /^Hillside \(e2e\)\s*Admin\s*Open now$/,
  ]);
  await expect(dialog.getByRole('listitem').filter({ hasText: hillside })).toHaveAttribute(
    'aria-current',
    'true',
  );
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // By keyboard to the demo practice: the therapist's start page, its heading focused.
  await switchTo(page, demoPractice, 'keyboard');
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your clients' })).toBeFocused();
  await expect(banner).toContainText(demoPractice);
  await expect(page.getByRole('rowheader', { name: 'Alex Client (demo)' })).toBeVisible();
  await expect(page.getByText('Ada at Hillside')).toHaveCount(0);
  await expectAccessibleEverywhere(page);

  // And back, by mouse. Switching is a write: it works with the CSRF token the last switch gave.
  await switchTo(page, hillside, 'mouse');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeFocused();
  await expect(page.getByRole('rowheader', { name: 'Ada at Hillside' })).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Account' })
    .click();
  await expect(page.getByText('You use one password for all your practices')).toBeVisible();

  await switchTo(page, demoPractice, 'mouse');
  await expect(page).toHaveURL(/\/therapist$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Your clients' })).toBeFocused();
});

test('an admin of both practices switches between the two staff pages, which start afresh', async ({
  page,
}) => {
  await page.goto(adminInvitation);
  await page.getByLabel('I already use Tandem with this address').check();
  await page.getByLabel('Your Tandem password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: `Join ${hillside}` }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('banner')).toContainText(hillside);

  const notice = page.locator('.notice[role="status"]');
  await page.getByRole('button', { name: 'Add a staff member' }).click();
  const addStaff = page.getByRole('dialog', { name: 'Add a staff member' });
  await addStaff.getByLabel('Display name').fill('Robin Hillside');
  await addStaff.getByLabel('Email').fill('robin@hillside.test');
  await addStaff.getByRole('button', { name: 'Add staff member' }).click();
  await expect(notice).toContainText('Robin Hillside is added.');

  // The same page in the other practice: its own staff, and no word of what was done in Hillside.
  await switchTo(page, demoPractice, 'mouse');
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Staff' })).toBeFocused();
  await expect(page.getByRole('banner')).toContainText(demoPractice);
  await expect(page.getByRole('rowheader', { name: 'Sam Supervisor (demo)' })).toBeVisible();
  await expect(page.getByText('Robin Hillside')).toHaveCount(0);
  await expect(notice).toHaveText('');
});
