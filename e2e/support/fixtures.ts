import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';
import { startSmtpCatcher, type CaughtMail } from '../../apps/server/src/testing/smtp-catcher.ts';
import { freePort, spawnTandem } from '../../apps/server/src/testing/spawn-tandem.ts';
import { waitForLink } from './mail.ts';
import { runTandemCli, type CliResult } from './tandem-cli.ts';
import { watchContext, type PageProblems } from './watch.ts';

export const DEMO_PASSWORD = 'demo password for e2e';

/**
 * How the test server passes mail on: 'email' through a real SMTP server (the
 * default), or 'outbox' (no SMTP_URL: mail waits in the admin's outbox). A
 * spec file chooses with `test.use({ mailDelivery: 'outbox' })`, which gives
 * it a Tandem of its own.
 */
export type MailDelivery = 'email' | 'outbox';

export interface TandemServer {
  url: string;
  /** Mail the SMTP server caught (always empty with 'outbox'). */
  mails: CaughtMail[];
  /** Waits for a mail to this address (after the first `after` mails) and returns its link. */
  linkFor(address: string, after?: number): Promise<string>;
  /** Runs the `tandem` command on this server's data, with the server's environment. */
  cli(...args: string[]): Promise<CliResult>;
}

interface TestFixtures {
  /** Opens another browser (another person, another device), watched like the main page. */
  openContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  problems: PageProblems[];
}

/**
 * One real Tandem (the `tandem serve` process, embedded PostgreSQL in a temporary
 * folder, the built web app) and one real SMTP server per worker. Every browser
 * context of a test is watched; the test fails if any page asked another origin,
 * broke the Content-Security-Policy, or threw.
 */
export const test = base.extend<TestFixtures, { tandem: TandemServer; mailDelivery: MailDelivery }>(
  {
    mailDelivery: ['email', { scope: 'worker', option: true }],
    tandem: [
      async ({ mailDelivery }, use) => {
        const smtp = mailDelivery === 'email' ? await startSmtpCatcher() : undefined;
        const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-e2e-'));
        await chmod(dataDir, 0o755);
        const port = await freePort();
        // The `tandem` commands a test runs get the same environment (PORT aside).
        const env = {
          TANDEM_DATA_DIR: dataDir,
          TANDEM_PG_PORT: String(await freePort()),
          TANDEM_DEMO_PASSWORD: DEMO_PASSWORD,
          TANDEM_PUBLIC_URL: `http://127.0.0.1:${port}`,
          SMTP_URL: smtp?.url ?? '',
          DATABASE_URL: '',
        };
        const server = await spawnTandem({ ...env, PORT: String(port) });
        const mails = smtp?.mails ?? [];
        await use({
          url: server.url,
          mails,
          linkFor: (address, after = 0) => waitForLink(mails, address, after),
          cli: (...args) => runTandemCli(env, args),
        });
        server.child.kill('SIGTERM');
        await server.exited;
        await smtp?.close();
        await rm(dataDir, { recursive: true, force: true });
      },
      { scope: 'worker', timeout: 90_000 },
    ],
    baseURL: async ({ tandem }, use) => use(tandem.url),
    // eslint-disable-next-line no-empty-pattern
    problems: async ({}, use) => {
      const all: PageProblems[] = [];
      await use(all);
      expect(
        all.flatMap((p) => p.foreignRequests),
        'requests to other origins',
      ).toEqual([]);
      expect(
        all.flatMap((p) => p.cspViolations),
        'Content-Security-Policy violations',
      ).toEqual([]);
      expect(
        all.flatMap((p) => p.pageErrors),
        'uncaught errors in the page',
      ).toEqual([]);
    },
    context: async ({ context, tandem, problems }, use) => {
      problems.push(watchContext(context, tandem.url));
      await use(context);
    },
    openContext: async ({ browser, tandem, problems }, use) => {
      const opened: BrowserContext[] = [];
      await use(async (options = {}) => {
        const context = await browser.newContext({ baseURL: tandem.url, ...options });
        problems.push(watchContext(context, tandem.url));
        opened.push(context);
        return context;
      });
      await Promise.all(opened.map((context) => context.close()));
    },
  },
);

export { expect };
export type { Browser, Page };

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Gives a demo person their demo password back (they are signed in with `current`), so a
 * later file on the same server can sign in as them.
 */
export async function restoreDemoPassword(page: Page, current: string): Promise<void> {
  await page.goto('/account');
  await page.getByLabel('Current password').fill(current);
  await page.getByLabel('New password', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByLabel('Confirm new password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Your password is changed. Your other devices are signed out.',
  );
}

/**
 * Signs in and waits until the person's area has opened. A consent text that an earlier file
 * published (consent.spec.ts) is accepted on the way, since every file shares one demo server.
 */
export async function signInTo(page: Page, email: string, area: RegExp): Promise<void> {
  await signIn(page, email, DEMO_PASSWORD);
  const consent = /\/consent$/;
  await expect(page).toHaveURL(new RegExp(`(${area.source})|(${consent.source})`));
  if (consent.test(page.url()) && !area.test(page.url())) {
    await page.getByLabel('I have read and accept').check();
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await expect(page).toHaveURL(area);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}
