import lighthouse from 'lighthouse';
import type { Result } from 'lighthouse';

/** Lighthouse could not record the run (not a finding about the page). */
export class LighthouseRunError extends Error {}

/** What the benchmark reports of one Lighthouse run on one page. */
export interface PageFigures {
  performance: number;
  accessibility: number;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  transferBytes: number;
  /** Where the page ended up: a redirect to sign-in would measure the wrong page. */
  finalPath: string;
  /** Why a page misses the goal: failed accessibility audits, the LCP element, what blocked rendering. */
  findings: string[];
}

/**
 * One Lighthouse 12 navigation with its default settings: a mid-range phone
 * (Moto G Power screen, 4x CPU slowdown) on simulated slow 4G (150 ms round
 * trips, 1.6 Mbit/s), performance and accessibility only. `cookie` is sent
 * with every request, so signed-in pages are measured without scripting a
 * sign-in in the browser.
 */
export async function auditPage(options: {
  url: string;
  chromePort: number;
  cookie?: string;
}): Promise<PageFigures> {
  const runnerResult = await lighthouse(options.url, {
    port: options.chromePort,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(options.cookie === undefined ? {} : { extraHeaders: { Cookie: options.cookie } }),
  });
  if (runnerResult === undefined) throw new Error(`Lighthouse gave no result for ${options.url}`);
  const lhr = runnerResult.lhr;
  if (lhr.runtimeError !== undefined) {
    throw new LighthouseRunError(`Lighthouse on ${options.url}: ${lhr.runtimeError.code}`);
  }
  const score = (category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const value = (audit: string) => lhr.audits[audit]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcpMs: value('largest-contentful-paint'),
    fcpMs: value('first-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    transferBytes: value('total-byte-weight'),
    finalPath: new URL(lhr.finalDisplayedUrl).pathname,
    findings: findingsOf(lhr),
  };
}

/** The audits worth reading when a page misses its goal, in a line each. */
function findingsOf(lhr: Result): string[] {
  const findings: string[] = [];
  const accessibilityIds = (lhr.categories.accessibility?.auditRefs ?? []).map((ref) => ref.id);
  for (const id of accessibilityIds) {
    const audit = lhr.audits[id];
    if (audit !== undefined && audit.scoreDisplayMode === 'binary' && audit.score === 0) {
      findings.push(`accessibility: ${audit.title}`);
    }
  }
  const lcpElement = lhr.audits['largest-contentful-paint-element'];
  const lcpItems = (lcpElement?.details as { items?: Array<{ items?: unknown[] }> } | undefined)
    ?.items?.[0]?.items;
  const node = (lcpItems?.[0] as { node?: { snippet?: string; nodeLabel?: string } } | undefined)
    ?.node;
  if (node !== undefined) {
    const label = (node.nodeLabel ?? '').slice(0, 80);
    findings.push(`LCP element: ${node.snippet ?? '?'} "${label}"`);
  }
  const shifts = lhr.audits['layout-shifts']?.details as
    | { items?: Array<{ node?: { nodeLabel?: string; snippet?: string }; score?: number }> }
    | undefined;
  for (const shift of shifts?.items?.slice(0, 3) ?? []) {
    const what = shift.node?.snippet ?? 'an element';
    findings.push(`layout shift ${(shift.score ?? 0).toFixed(3)}: ${what.slice(0, 100)}`);
  }
  for (const id of ['render-blocking-resources', 'unused-javascript', 'uses-text-compression']) {
    const audit = lhr.audits[id];
    if (audit?.score !== undefined && audit.score !== null && audit.score < 1) {
      findings.push(`${audit.title}${audit.displayValue ? `: ${audit.displayValue}` : ''}`);
    }
  }
  const chains = lhr.audits['critical-request-chains']?.displayValue;
  if (chains) findings.push(`critical request chains: ${chains}`);
  return findings;
}
