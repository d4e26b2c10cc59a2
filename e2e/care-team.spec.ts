import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page, type TandemServer } from './support/fixtures.ts';

/**
 * The admin's Clients page and the hand-over when a therapist leaves. Two new
 * therapists join; one of them invites two clients. The admin changes a care
 * team, then deactivates that therapist and names who takes the clients over.
 * The demo practice's own clients are left as they are for the other tests.
 */
test.describe.configure({ mode: 'serial' });

const morgan = { name: 'Morgan Therapist', email: 'morgan@clinic.test' };
const parker = { name: 'Parker Therapist', email: 'parker@clinic.test' };

async function addTherapist(
  admin: Page,
  tandem: TandemServer,
  person: { name: string; email: string },
): Promise<string> {
  const before = tandem.mails.length;
  await admin.getByRole('button', { name: 'Add a staff member' }).click();
  const dialog = admin.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByLabel('Display name').fill(person.name);
  await dialog.getByLabel('Email').fill(person.email);
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  return tandem.linkFor(person.email, before);
}

async function join(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('I’m new to Tandem').check();
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Confirm new password').fill(password);
  await page.getByRole('button', { name: 'Set password and join' }).click();
  await expect(page).toHaveURL(/\/therapist$/);
}

async function openClientsPage(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Clients' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeFocused();
}

test('two therapists join, and one invites two clients', async ({ page, tandem, openContext }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  const morganLink = await addTherapist(page, tandem, morgan);
  const parkerLink = await addTherapist(page, tandem, parker);

  await join(await (await openContext()).newPage(), parkerLink, 'parker joins the practice');
  const therapist = await (await openContext()).newPage();
  await join(therapist, morganLink, 'morgan joins the practice');
  for (const client of ['Casey Client', 'Drew Client']) {
    await therapist.getByRole('button', { name: 'Invite a client' }).click();
    const dialog = therapist.getByRole('dialog', { name: 'Invite a client' });
    await dialog.getByLabel('Display name').fill(client);
    await dialog.getByLabel('Email').fill(`${client.split(' ')[0]?.toLowerCase()}@clinic.test`);
    await dialog.getByRole('button', { name: 'Send invitation' }).click();
    await expect(therapist.getByRole('rowheader', { name: client })).toBeVisible();
  }
});

test('an admin sees every client with their care team, and changes one', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await openClientsPage(page);
  const drew = page.getByRole('row', { name: /Drew Client/ });
  await expect(drew).toContainText('Invited');
  await expect(drew).toContainText(morgan.name);
  await expect(page.getByRole('row', { name: /Alex Client \(demo\)/ })).toContainText(
    'Taylor Therapist (demo)',
  );
  await expectAccessibleEverywhere(page);

  const opener = page.getByRole('button', { name: 'Change care team of Drew Client' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Care team of Drew Client' });
  const therapists = dialog.getByRole('group', { name: 'Therapists' });
  // Active therapists can be chosen; the current one is ticked.
  await expect(therapists.getByLabel('Taylor Therapist (demo)')).not.toBeChecked();
  await expect(therapists.getByLabel(morgan.name)).toBeChecked();
  await expect(therapists.getByLabel(parker.name)).not.toBeChecked();
  await expectAccessibleEverywhere(page);

  // Nobody: the error is at the group, and the focus on its first box.
  await therapists.getByLabel(morgan.name).uncheck();
  await dialog.getByRole('button', { name: 'Save care team' }).click();
  await expect(therapists).toContainText('Choose at least one therapist.');
  await expect(therapists.getByRole('checkbox').first()).toBeFocused();
  await expectAccessibleEverywhere(page);

  await therapists.getByLabel(morgan.name).check();
  await therapists.getByLabel(parker.name).check();
  await dialog.getByRole('button', { name: 'Save care team' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    `The care team of Drew Client is saved: ${morgan.name}, ${parker.name}.`,
  );
  await expect(drew).toContainText(`${morgan.name}, ${parker.name}`);
  await expect(opener).toBeFocused();
});

test('deactivating a therapist hands their clients over to the therapist the admin names', async ({
  page,
}) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.getByRole('button', { name: `Deactivate ${morgan.name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Deactivate ${morgan.name}?` });
  await expect(dialog).toContainText(`${morgan.name} is on the care team of 2 clients:`);
  await expect(dialog.getByRole('listitem')).toHaveText([
    'Casey Client (Invited)',
    'Drew Client (Invited)',
  ]);
  const successor = dialog.getByLabel('Who takes over their clients?');
  await expect(successor).toHaveValue('');
  await expectAccessibleEverywhere(page);

  // Casey has no other therapist: the server asks who takes over, at the field.
  const [refused] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/deactivate')),
    dialog.getByRole('button', { name: 'Deactivate', exact: true }).click(),
  ]);
  const error = (await refused.json()) as { code: string; message: string; path?: string };
  expect(refused.status()).toBe(409);
  expect(error).toMatchObject({ code: 'CLIENTS_NEED_THERAPIST', path: 'handOverTo' });
  await expect(successor).toBeFocused();
  await expect(successor).toHaveAttribute('aria-invalid', 'true');
  await expect(successor).toHaveAccessibleDescription(new RegExp(`Error: ${error.message}$`));
  await expectAccessibleEverywhere(page);

  await successor.selectOption({ label: parker.name });
  await dialog.getByRole('button', { name: 'Deactivate', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.notice[role="status"]')).toHaveText(
    `${morgan.name} is deactivated. Their clients now have ${parker.name} on their care team.`,
  );
  await expect(page.getByRole('row', { name: new RegExp(morgan.name) })).toContainText(
    'Deactivated',
  );

  await openClientsPage(page);
  for (const client of ['Casey Client', 'Drew Client']) {
    const row = page.getByRole('row', { name: new RegExp(client) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(parker.name);
  }
});
