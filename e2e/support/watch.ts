import type { BrowserContext, Page } from '@playwright/test';

/**
 * Records what no Tandem page may do: ask any origin but Tandem's own (no
 * fonts, CDNs or analytics), break the Content-Security-Policy (an inline
 * script or style the policy blocks), or throw an uncaught error.
 */
export interface PageProblems {
  foreignRequests: string[];
  cspViolations: string[];
  pageErrors: string[];
  /** Every URL requested, to check that no token or personal data travels in one. */
  requestedUrls: string[];
}

export function watchContext(context: BrowserContext, ownOrigin: string): PageProblems {
  const problems: PageProblems = {
    foreignRequests: [],
    cspViolations: [],
    pageErrors: [],
    requestedUrls: [],
  };
  context.on('request', (request) => {
    const url = request.url();
    problems.requestedUrls.push(url);
    if (new URL(url).origin !== ownOrigin && !/^(data|blob):/.test(url)) {
      problems.foreignRequests.push(url);
    }
  });
  const watchPage = (page: Page) => {
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text()))
        problems.cspViolations.push(message.text());
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return problems;
}
