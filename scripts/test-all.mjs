#!/usr/bin/env node
// `npm test`: every suite, on a fresh machine.
//  1. unit and in-process HTTP tests (vitest): pure packages, and the server on a real
//     PostgreSQL — the embedded one, or DATABASE_URL when it is set;
//  2. browser tests (Playwright on Debian's Chromium), after building the web app.
// `npm test -- --db-only` runs just the database suites (CI's second pass on an external server).
// The last line is "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.tmp', 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const dbOnly = process.argv.includes('--db-only');
const skipBrowser = dbOnly || process.argv.includes('--no-browser');
const totals = { passed: 0, failed: 0, skipped: 0 };
let broken = false;

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return result.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

// 1. vitest
const vitestReport = path.join(outDir, 'vitest.json');
const vitestArgs = [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestReport}`,
];
if (dbOnly) vitestArgs.push('--project', 'server');
const vitestStatus = run('npx', vitestArgs);
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
  if (vitestStatus !== 0 && vitest.numFailedTests === 0) broken = true;
} else {
  broken = true;
}

// 2. browser tests
if (!skipBrowser) {
  const chromium = '/usr/bin/chromium';
  if (!existsSync(chromium)) {
    const isRoot = process.getuid?.() === 0;
    if (isRoot && existsSync('/usr/bin/apt-get')) {
      console.log('\nDebian chromium is missing: installing it (about 20 s)…');
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', 'chromium'], { DEBIAN_FRONTEND: 'noninteractive' });
    }
  }
  if (!existsSync(chromium)) {
    console.error(
      '\nBrowser tests need Debian chromium at /usr/bin/chromium: run `sudo apt-get install chromium`.',
    );
    broken = true;
  } else if (run('npm', ['run', 'build', '-w', 'apps/web']) !== 0) {
    console.error('\nThe web app did not build; browser tests cannot run.');
    broken = true;
  } else {
    const playwrightReport = path.join(outDir, 'playwright.json');
    const status = run('npx', ['playwright', 'test'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport,
    });
    const report = readJson(playwrightReport);
    if (report?.stats) {
      totals.passed += report.stats.expected;
      totals.failed += report.stats.unexpected + report.stats.flaky;
      totals.skipped += report.stats.skipped;
      if (status !== 0 && report.stats.unexpected === 0 && report.stats.flaky === 0) broken = true;
    } else {
      broken = true;
    }
  }
}

if (broken) {
  console.error('\nA test runner failed before it could report (see above).');
  totals.failed += 1;
}
const where = process.env.DATABASE_URL
  ? 'external PostgreSQL (DATABASE_URL)'
  : 'embedded PostgreSQL';
console.log(`\nDatabase suites ran on the ${where}.`);
console.log(
  `${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(totals.failed > 0 ? 1 : 0);
