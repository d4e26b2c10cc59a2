import { expectAccessibleEverywhere } from './support/a11y.ts';
import { expect, signInTo, test, type Page } from './support/fixtures.ts';

/**
 * Every page of every area, and every dialog, passes axe-core with zero
 * violations on a phone and a desktop, at 100% and 200% text, in light and
 * dark; nothing scrolls sideways; each page has one h1, its own title and a
 * language. Six axe-core runs per page or dialog take a while on a busy
 * machine: each test here has two minutes rather than one.
 */
test.describe.configure({ mode: 'serial', timeout: 300_000 });

/** Filled by the tests above the last one, which checks that no two pages share a title. */
const titles = new Map<string, string>();

async function checkPage(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/ – Tandem$/);
  titles.set(name, await page.title());
  await expectAccessibleEverywhere(page);
}

const bogusToken = 'A'.repeat(43);

test('public pages: sign-in and forgotten password', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Demo accounts (sample data)' })).toBeVisible();
  // Crisis help is on the pages a client may land on before signing in.
  await expect(page.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
  await checkPage(page, 'sign-in');

  await page.goto('/forgot-password');
  await checkPage(page, 'forgot-password');
  await page.getByLabel('Email').fill('nobody@clinic.test');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByText('If this email address belongs to an account')).toBeFocused();
  await checkPage(page, 'forgot-password');
});

// Each link page in its own test: every checkPage runs axe-core six times, which takes a while.
test('public pages: password reset link', async ({ page }) => {
  await page.goto('/reset-password');
  await expect(page.getByText('This link is not complete')).toBeVisible();
  await checkPage(page, 'reset-password');
  await page.goto(`/reset-password#token=${bogusToken}`);
  await expect(page.getByLabel('New password', { exact: true })).toBeVisible();
  await checkPage(page, 'reset-password');
});

test('public pages: invitation link, and a page that does not exist', async ({ page }) => {
  await page.goto('/accept-invitation');
  await expect(page.getByText('This link is not complete')).toBeVisible();
  await checkPage(page, 'accept-invitation');
  await page.goto(`/accept-invitation#token=${bogusToken}`);
  await expect(page.getByText('This invitation link is no longer valid')).toBeVisible();
  await checkPage(page, 'accept-invitation');
  // A link cut short by a mail program is explained the same way, not as a server problem.
  await page.goto('/accept-invitation#token=short');
  await expect(page.getByText('This invitation link is no longer valid')).toBeVisible();

  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await checkPage(page, 'not-found');
});

test('the error page, when a screen cannot be loaded', async ({ openContext }) => {
  // Without the service worker, which would fetch the screen's code itself, past page.route.
  const page = await (await openContext({ serviceWorkers: 'block' })).newPage();
  await signInTo(page, 'supervisor@demo.tandem.test', /\/supervisor$/);
  // The account screen's code fails to arrive (a new version was deployed, the network dropped).
  await page.route(/\/assets\/AccountPage-[\w-]+\.js$/, (route) => route.abort());
  await page.getByRole('link', { name: 'Account' }).click();
  await expect(page.getByRole('heading', { name: 'Something went wrong' })).toBeFocused();
  await expect(page.getByText('call your local emergency number now')).toBeVisible();
  await checkPage(page, 'error');
});

test('admin start page and dialogs', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
  await checkPage(page, 'admin');

  await page.getByRole('button', { name: 'Add a staff member' }).click();
  await expect(page.getByRole('dialog', { name: 'Add a staff member' })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Change supervisors of Taylor Therapist (demo)' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('admin start page: deactivating staff, and a therapist who has clients', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.getByRole('button', { name: 'Deactivate Sam Supervisor (demo)' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Deactivate Sam Supervisor (demo)?' }),
  ).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A therapist with clients: the dialog lists the therapist's clients and asks who takes them over.
  await page.getByRole('button', { name: 'Deactivate Taylor Therapist (demo)' }).click();
  const handOver = page.getByRole('dialog', { name: 'Deactivate Taylor Therapist (demo)?' });
  // (Whom to choose depends on the therapists the other tests have added, if any.)
  await expect(handOver).toContainText('Taylor Therapist (demo) is on the care team of');
  await expect(handOver.getByRole('listitem').first()).toHaveText('Alex Client (demo)');
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('admin clients page and the care-team dialog', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.goto('/admin/clients');
  await expect(page.getByRole('rowheader', { name: 'Alex Client (demo)' })).toBeVisible();
  await checkPage(page, 'admin-clients');
  await page.getByRole('button', { name: 'Change care team of Alex Client (demo)' }).click();
  await expect(page.getByRole('dialog', { name: 'Care team of Alex Client (demo)' })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('admin pages: outbox and consent text', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  for (const [path, name] of [
    ['/admin/outbox', 'outbox'],
    ['/admin/consent', 'consent-editor'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkPage(page, name);
  }
});

test('admin pages: account, and a page that does not exist', async ({ page }) => {
  await signInTo(page, 'admin@demo.tandem.test', /\/admin$/);
  await page.goto('/account');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await checkPage(page, 'account');
  await page.goto('/admin/no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await checkPage(page, 'not-found');
});

test('therapist pages', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await expect(page.getByRole('rowheader', { name: 'Alex Client (demo)' })).toBeVisible();
  await checkPage(page, 'therapist');

  await page.getByRole('radio', { name: 'Archived' }).check();
  await expect(page.getByRole('heading', { name: 'Archived clients' })).toBeVisible();
  await expect(page.getByText('No archived clients')).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.getByRole('radio', { name: 'Active' }).check();

  await page.getByRole('link', { name: 'Couples & families' }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Alex and Jordan' })).toBeVisible();
  await checkPage(page, 'therapist-groups');
  await page.getByRole('link', { name: 'Alex and Jordan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex and Jordan' })).toBeVisible();
  await expect(page.getByText('Ready for joint sessions')).toBeVisible();
  await checkPage(page, 'therapist-group');

  await page.goto('/account');
  await checkPage(page, 'account');
});

test('therapist dialogs', async ({ page }) => {
  await signInTo(page, 'therapist@demo.tandem.test', /\/therapist$/);
  await page.getByRole('button', { name: 'Invite a client' }).click();
  await expect(page.getByRole('dialog', { name: 'Invite a client' })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Archive Alex Client (demo)' }).click();
  await expect(page.getByRole('dialog', { name: 'Archive Alex Client (demo)?' })).toBeVisible();
  await expectAccessibleEverywhere(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('supervisor pages', async ({ page }) => {
  await signInTo(page, 'supervisor@demo.tandem.test', /\/supervisor$/);
  await expect(page.getByRole('rowheader', { name: 'Alex Client (demo)' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Archive/ })).toHaveCount(0);
  // One practice: the header offers no switch.
  await expect(page.getByRole('button', { name: 'Switch practice' })).toHaveCount(0);
  await checkPage(page, 'supervisor');
  // The couples of the therapists they supervise, read-only.
  await page.getByRole('link', { name: 'Couples & families' }).click();
  await page.getByRole('link', { name: 'Alex and Jordan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Alex and Jordan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'End this group' })).toHaveCount(0);
  await expectAccessibleEverywhere(page);
  await page.goto('/account');
  await checkPage(page, 'account');
});

test('client pages', async ({ page }) => {
  await signInTo(page, 'alex@demo.tandem.test', /\/client$/);
  // The demo's improving client has a questionnaire due today.
  await expect(page.getByRole('heading', { name: 'To do', exact: true })).toBeVisible();
  await expect(page.getByText('Taylor Therapist (demo)')).toBeVisible();
  await checkPage(page, 'client');
  await page.getByRole('link', { name: 'Open your couple work' }).click();
  await expect(page.getByLabel('What I hope will change')).toHaveValue(
    /same argument about chores/,
  );
  await checkPage(page, 'client-together');
  await page.goto('/account');
  await expect(page.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
  await checkPage(page, 'account');
});

// Serial mode: this runs only after every test above has passed and named its pages.
test('every page has a title of its own', () => {
  const byTitle = new Map<string, string[]>();
  for (const [name, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), name]);
  const shared = [...byTitle].filter(([, names]) => names.length > 1);
  expect(shared).toEqual([]);
  expect(titles.size).toBeGreaterThanOrEqual(14);
});
