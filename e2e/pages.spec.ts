import { DEMO_PASSWORD, expect, expectAccessible, signIn, test } from './support/fixtures.ts';

/** Every page of every area passes axe-core, works by keyboard, and holds up at 200% text. */
const areas = [
  {
    who: 'admin@demo.tandem.test',
    pages: ['/admin', '/admin/outbox', '/admin/consent', '/account'],
  },
  { who: 'therapist@demo.tandem.test', pages: ['/therapist', '/account'] },
  { who: 'supervisor@demo.tandem.test', pages: ['/supervisor', '/account'] },
  { who: 'alex@demo.tandem.test', pages: ['/client', '/account'] },
];

test('public pages are accessible', async ({ page }) => {
  for (const path of [
    '/sign-in',
    '/forgot-password',
    '/reset-password',
    '/accept-invitation',
    '/no-such-page',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});

for (const area of areas) {
  test(`pages of ${area.who.split('@')[0]} are accessible, also at 200% text`, async ({ page }) => {
    await signIn(page, area.who, DEMO_PASSWORD);
    await expect(page).not.toHaveURL(/sign-in/);
    for (const path of area.pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expectAccessible(page);
      // 200% text: nothing may need sideways scrolling on a phone-sized screen.
      // Set through the CSSOM, which the Content-Security-Policy (no inline styles) allows.
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways at 200% text`).toBeLessThanOrEqual(1);
    }
  });
}

test('the sign-in form works by keyboard alone', async ({ page }) => {
  await page.goto('/sign-in');
  await page.keyboard.press('Tab');
  // The first stop is the skip link, then the form fields in order.
  await expect(page.getByRole('link', { name: /skip/i })).toBeFocused();
  const email = page.getByLabel('Email');
  for (
    let i = 0;
    i < 10 && !(await email.evaluate((el) => el === document.activeElement));
    i += 1
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(email).toBeFocused();
  await page.keyboard.type('therapist@demo.tandem.test');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/therapist$/);
});
