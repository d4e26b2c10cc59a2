import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { AxeBuilder } from '@axe-core/playwright';
import { startSmtpCatcher, type CaughtMail } from '../../apps/server/src/testing/smtp-catcher.ts';
import { freePort, spawnTandem } from '../../apps/server/src/testing/spawn-tandem.ts';

export const DEMO_PASSWORD = 'demo password for e2e';

export interface TandemServer {
  url: string;
  mails: CaughtMail[];
  /** Waits for a mail to this address and returns the link it carries. */
  linkFor(address: string, after?: number): Promise<string>;
}

/**
 * One real Tandem (the `tandem serve` process, embedded PostgreSQL in a temporary
 * folder, the built web app) and one real SMTP server per worker.
 */
export const test = base.extend<object, { tandem: TandemServer }>({
  tandem: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const smtp = await startSmtpCatcher();
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-e2e-'));
      await chmod(dataDir, 0o755);
      const port = await freePort();
      const server = await spawnTandem({
        PORT: String(port),
        TANDEM_DATA_DIR: dataDir,
        TANDEM_PG_PORT: String(await freePort()),
        TANDEM_DEMO_PASSWORD: DEMO_PASSWORD,
        TANDEM_PUBLIC_URL: `http://127.0.0.1:${port}`,
        SMTP_URL: smtp.url,
        DATABASE_URL: '',
      });
      const linkFor = async (address: string, after = 0): Promise<string> => {
        const deadline = Date.now() + 20_000;
        for (;;) {
          const mail = smtp.mails.slice(after).find((m) => m.to.includes(address));
          const link = mail
            ? /(http:\/\/\S+#token=[\w-]+)/.exec(decodeQuotedPrintable(mail.raw))?.[1]
            : undefined;
          if (link) return link;
          if (Date.now() > deadline) throw new Error(`no mail with a link reached ${address}`);
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      await use({ url: server.url, mails: smtp.mails, linkFor });
      server.child.kill('SIGTERM');
      await server.exited;
      await smtp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ tandem }, use) => use(tandem.url),
});

export { expect };

/** Mail bodies arrive quoted-printable: soft line breaks and =XX escapes (the "=" of "token=" is "=3D"). */
function decodeQuotedPrintable(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Every page must pass axe-core (WCAG 2.2 AA rules) with zero violations. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** Collects any request the page makes to an origin other than Tandem's own. */
export function watchThirdPartyRequests(page: Page, ownOrigin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(ownOrigin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreign.push(url);
  });
  return foreign;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
