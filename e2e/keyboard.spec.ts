import type { Locator, Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, signInTo, test } from './support/fixtures.ts';

/** Presses Tab until `target` has the focus; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 25): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The focused element shows a focus ring of at least 2 CSS px that is not the background colour. */
async function expectVisibleFocus(page: Page): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      what: `${el.tagName} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      matchesFocusVisible: el.matches(':focus-visible'),
    };
  });
  expect(ring, `focus ring on ${ring.what}`).toMatchObject({
    style: 'solid',
    matchesFocusVisible: true,
  });
  expect(ring.width, `focus ring width on ${ring.what}`).toBeGreaterThanOrEqual(2);
}

test('signing in works by keyboard alone, starting with the skip link', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  // The next stop after the skip target is the first field of the form.
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Email')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type('therapist@demo.tandem.test');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/therapist$/);
  // After the route change the page's heading has the focus, so reading starts there.
  await expect(page.getByRole('heading', { level: 1, name: 'Your clients' })).toBeFocused();
});

test('an empty form is answered next to each field, and the first one takes the focus', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const email = page.getByLabel('Email');
  await expect(email).toBeFocused();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await expect(email).toHaveAccessibleDescription('Error: Enter an email address.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveAccessibleDescription(
    'Error: Enter your password.',
  );
});

test('navigation, dialogs and the crisis link work by keyboard', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);

  // The main navigation moves the focus to the new page's heading.
  const accountLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
    name: 'Account',
  });
  await tabTo(page, accountLink);
  await expectVisibleFocus(page);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeFocused();
  await expect(page).toHaveTitle('Your account – Tandem');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Your clients' })).toBeFocused();

  // A dialog takes the focus, keeps it inside while tabbing, closes on Escape and gives it back.
  const opener = page.getByRole('button', { name: 'Archive Jordan Client (demo)' });
  await tabTo(page, opener, 40);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Archive Jordan Client (demo)?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Archive', exact: true })).toBeFocused();
  await expectVisibleFocus(page);
  const stops: string[] = [];
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(
        (el) => {
          const active = document.activeElement;
          if (active === null || active === document.body) return 'browser';
          return el.contains(active) ? `dialog: ${active.textContent?.trim()}` : 'page behind';
        },
        await dialog.elementHandle(),
      ),
    );
  }
  // Tabbing may leave to the browser's own controls, never to the page behind the dialog.
  expect(stops).toContain('dialog: Cancel');
  expect(stops).not.toContain('page behind');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(page.getByRole('rowheader', { name: 'Jordan Client (demo)' })).toBeVisible();

  // The invite dialog: its first field has the focus; Escape closes it without inviting.
  await page.getByRole('button', { name: 'Invite a client' }).focus();
  await page.keyboard.press('Enter');
  const invite = page.getByRole('dialog', { name: 'Invite a client' });
  await expect(invite.getByLabel('Display name')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(invite).toBeHidden();
  await expect(page.getByRole('button', { name: 'Invite a client' })).toBeFocused();
});

test('a client reaches crisis help from the top of every page by keyboard', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/(client|consent)$/);
  // Each page is opened fresh (a page load starts the keyboard at the top), not the one already open.
  for (const path of ['/account', '/client']) {
    await page.goto(path);
    const help = page.getByRole('link', { name: 'Need help now?' });
    await tabTo(page, help, 6);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: 'Need help now?' });
    await expect(panel).toBeFocused();
    await expect(panel).toBeInViewport();
    await expect(panel).toContainText('Tandem is not a crisis service');
    // The fragment is left alone (it may hold a one-time token on other pages).
    expect(new URL(page.url()).hash).toBe('');
  }
});
