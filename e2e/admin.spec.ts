import { expect, signInTo, test, type Page } from './support/fixtures.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Sends the add-staff form and returns the API's error body. */
async function submitAndReadError(
  page: Page,
): Promise<{ code: string; message: string; path?: string }> {
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.url().endsWith('/api/admin/users') && r.request().method() === 'POST',
    ),
    page.getByRole('dialog').getByRole('button', { name: 'Add staff member' }).click(),
  ]);
  expect(response.ok()).toBe(false);
  return (await response.json()) as { code: string; message: string; path?: string };
}

test('an admin adds a supervisor, deactivates and reactivates them', async ({ page, tandem }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  const mailsBefore = tandem.mails.length;

  await page.getByRole('button', { name: 'Add a staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  // An address that has an account already: the server's error shows at the Email field.
  await dialog.getByLabel('Display name').fill('Quinn Supervisor');
  await dialog.getByLabel('Email').fill('therapist@demo.tandem.test');
  await dialog.getByLabel('Role').selectOption('supervisor');
  const emailField = dialog.getByLabel('Email');
  const duplicate = await submitAndReadError(page);
  expect(duplicate).toMatchObject({ code: 'EMAIL_IN_USE', path: 'email' });
  await expect(emailField).toBeFocused();
  await expect(emailField).toHaveAttribute('aria-invalid', 'true');
  await expect(emailField).toHaveAccessibleDescription(
    new RegExp(`Error: ${escape(duplicate.message)}$`),
  );

  // Passes the page's own quick check but not the server's: the server's words appear at the
  // field, without the "email: " prefix the API puts in front of them.
  await emailField.fill('quinn@clinic..test');
  const invalid = await submitAndReadError(page);
  expect(invalid).toMatchObject({ code: 'VALIDATION_FAILED', path: 'email' });
  await expect(emailField).toHaveAccessibleDescription(
    new RegExp(`\\. Error: ${escape(invalid.message.replace(/^email: /, ''))}$`),
  );

  await emailField.fill('quinn@clinic.test');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /Quinn Supervisor/ });
  await expect(row).toContainText('Supervisor');
  await expect(row).toContainText('Invited');
  await tandem.linkFor('quinn@clinic.test', mailsBefore);

  await page.getByRole('button', { name: 'Deactivate Quinn Supervisor' }).click();
  await page
    .getByRole('dialog', { name: 'Deactivate Quinn Supervisor?' })
    .getByRole('button', { name: 'Deactivate', exact: true })
    .click();
  await expect(page.getByRole('status')).toHaveText('Quinn Supervisor is deactivated.');
  await expect(row).toContainText('Deactivated');
  // A deactivated person's invitation link no longer works.
  const link = await tandem.linkFor('quinn@clinic.test', mailsBefore);
  const invited = await page.context().newPage();
  await invited.goto(link);
  await expect(invited.getByText('This invitation link is no longer valid')).toBeVisible();
  await invited.close();

  await page.getByRole('button', { name: 'Reactivate Quinn Supervisor' }).click();
  await page
    .getByRole('dialog', { name: 'Reactivate Quinn Supervisor?' })
    .getByRole('button', { name: 'Reactivate', exact: true })
    .click();
  await expect(page.getByRole('status')).toHaveText('Quinn Supervisor is active again.');
  await expect(row).not.toContainText('Deactivated');
});
