import { DEMO_PASSWORD, expect, test } from './support/fixtures.ts';

test('the sign-in page says what Tandem is, and offers the demo accounts', async ({ page }) => {
  await page.goto('/sign-in');
  const main = page.getByRole('main');
  await expect(main).toContainText(
    'Tandem is a private place for the work between your therapy sessions, shared with your therapist. It is not a crisis service.',
  );

  // This Tandem has the demo practice: its accounts are listed, clearly as sample data.
  const demo = page.getByRole('region', { name: 'Demo accounts (sample data)' });
  await expect(demo).toContainText('made-up people and data');
  await expect(demo).toContainText('printed in the terminal where Tandem was started');
  await expect(demo).toContainText('TANDEM_DEMO_PASSWORD');
  await expect(demo.getByRole('listitem')).toHaveText([
    /^Admin\s*Use admin@demo\.tandem\.test$/,
    /^Supervisor\s*Use supervisor@demo\.tandem\.test$/,
    /^Therapist\s*Use therapist@demo\.tandem\.test$/,
    /^Client\s*Use alex@demo\.tandem\.test$/,
    /^Client\s*Use jordan@demo\.tandem\.test$/,
    /^Client\s*Use riley@demo\.tandem\.test$/,
  ]);
  // The demo's password is not shown anywhere on the page.
  await expect(main).not.toContainText(DEMO_PASSWORD);

  // One press fills in the address and moves on to the password.
  await demo.getByRole('button', { name: 'Use supervisor@demo.tandem.test' }).click();
  await expect(page.getByLabel('Email')).toHaveValue('supervisor@demo.tandem.test');
  const password = page.getByLabel('Password', { exact: true });
  await expect(password).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/supervisor$/);
});
