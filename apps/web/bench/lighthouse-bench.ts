// The phone benchmark (`npm run bench -w apps/web`): Lighthouse 12 on mobile
// emulation on the pages a client opens, against a real `tandem serve` with
// its embedded PostgreSQL and the demo practice in a temporary folder. It
// prints figures and asserts nothing about them (two shared cores are noisy);
// it fails only when a page could not be measured as itself (a redirect to
// sign-in, a Lighthouse error).
//
//   LIGHTHOUSE_RUNS=3   runs per page; the run with the median performance score is reported
//   CHROME_PATH=/usr/bin/chromium
//   LIGHTHOUSE_WEB_DIST=/path/to/dist   measure another build as it is (no build step)
import os from 'node:os';
import { auditPage, LighthouseRunError, type PageFigures } from './audit-page.ts';
import { benchPages } from './bench-pages.ts';
import { ensureBuilt, webDist } from './ensure-build.ts';
import { launchChromium, type LaunchedChromium } from './launch-chromium.ts';
import { formatTable, type PageReport } from './report-table.ts';
import { demoClientEmail, signInCookie } from './sign-in.ts';
import { startTandem, type RunningTandem } from './start-tandem.ts';

/** The goal of issue 7 for every client page. */
const goal = { performance: 95, accessibility: 100 };
const runs = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? '3') || 1);
const demoPassword = 'lighthouse bench demo password';

let tandem: RunningTandem | null = null;
let chromium: LaunchedChromium | null = null;
let cleaning: Promise<void> | undefined;

function cleanUp(): Promise<void> {
  return (cleaning ??= (async () => {
    await chromium?.close().catch(() => undefined);
    await tandem?.stop().catch(() => undefined);
  })());
}

let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping Tandem and Chromium before exiting.`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/**
 * Lighthouse scales the main-thread work it sees by 4 to model a phone's CPU: on a busy
 * machine every figure but the bytes gets worse. Printed so a reader can tell.
 */
function loadAverage(): string {
  return os
    .loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}

/** One run; a run Lighthouse itself could not record (NO_NAVSTART, say) is tried once more. */
async function auditOnce(url: string, cookie: string | undefined): Promise<PageFigures> {
  for (let attempt = 1; ; attempt += 1) {
    // A fresh browser for every run: nothing cached, and no cookie a public page left in the jar
    // (Chromium would send it instead of the session cookie Lighthouse adds to each request).
    chromium = await launchChromium();
    try {
      return await auditPage({
        url,
        chromePort: chromium.port,
        ...(cookie === undefined ? {} : { cookie }),
      });
    } catch (error) {
      if (attempt >= 2 || !(error instanceof LighthouseRunError)) throw error;
      console.log(`  (${error.message}; trying once more)`);
    } finally {
      await chromium.close();
    }
  }
}

/** The middle run by performance score: one slow outlier on a shared machine does not decide. */
function medianRun(figures: PageFigures[]): PageFigures {
  const sorted = [...figures].sort((a, b) => a.performance - b.performance);
  const median = sorted[Math.floor(sorted.length / 2)];
  if (median === undefined) throw new Error('no Lighthouse run');
  return median;
}

async function main(): Promise<void> {
  const cpus = os.cpus();
  console.log(
    `Tandem phone benchmark: Lighthouse 12, mobile emulation, node ${process.version}, ` +
      `${cpus.length} CPU (${cpus[0]?.model.trim() ?? '?'}), ${runs} run(s) per page, ` +
      `load average ${loadAverage()} at start`,
  );
  const otherDist = process.env.LIGHTHOUSE_WEB_DIST;
  if (otherDist === undefined) await ensureBuilt();
  tandem = await startTandem({ webDist: otherDist ?? webDist, demoPassword });
  const email = await demoClientEmail(tandem.url);
  const cookie = await signInCookie(tandem.url, { email, password: demoPassword });
  console.log(`Tandem at ${tandem.url}; client pages as the demo client ${email}.`);

  const reports: PageReport[] = [];
  for (const page of benchPages) {
    const figures: PageFigures[] = [];
    for (let run = 0; run < runs; run += 1) {
      const result = await auditOnce(
        `${tandem.url}${page.path}`,
        page.signedIn ? cookie : undefined,
      );
      if (result.finalPath !== page.path) {
        throw new Error(`${page.path} ended on ${result.finalPath}: it was not measured as itself`);
      }
      figures.push(result);
    }
    const median = medianRun(figures);
    console.log(
      `  ${page.page}: performance ${figures.map((f) => f.performance).join(', ')}; ` +
        `accessibility ${figures.map((f) => f.accessibility).join(', ')}; ` +
        `load average ${loadAverage()}`,
    );
    reports.push({ page: page.page, ...median });
  }

  console.log(`\n${formatTable(reports)}\n`);
  console.log(`Load average ${loadAverage()} at the end.`);
  console.log(
    `Goal: performance ≥ ${goal.performance} and accessibility ${goal.accessibility} on every page. ` +
      'Transfer is every byte the page downloaded (Lighthouse total-byte-weight).',
  );
  for (const report of reports) {
    if (report.performance >= goal.performance && report.accessibility >= goal.accessibility)
      continue;
    console.log(`\n${report.page} misses the goal:`);
    for (const finding of report.findings) console.log(`  - ${finding}`);
  }
}

try {
  await main();
} finally {
  await cleanUp();
}
