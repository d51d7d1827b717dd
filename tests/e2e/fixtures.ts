/**
 * The browser tests' `test`, with a page that watches for what must never happen quietly:
 * every `securitypolicyviolation` event (recorded on `window` from before the page's own
 * scripts run), every console message about the Content Security Policy ("Content Security
 * Policy", "Refused to"), and every uncaught page error. After each test it fails if any was
 * seen, listing them. A test that expects page errors opts out of that one check with
 * `test.use({ allowPageErrors: true })`; policy violations are always checked, unless the
 * test opts out with `allowCspViolations` (the policy test does, to read them itself).
 */
import { test as base, expect, type Page } from '@playwright/test';

export { expect };
export type { Page } from '@playwright/test';

/** One `securitypolicyviolation` event, as the page recorded it. */
export interface RecordedViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
  lineNumber: number;
  sample: string;
}

interface WatchOptions {
  /** Lets uncaught page errors pass (for a test that provokes them). */
  allowPageErrors: boolean;
  /** Lets policy violations pass (for a test that provokes and checks them itself). */
  allowCspViolations: boolean;
}

interface WatchFixtures {
  /** The violations the page has recorded so far. */
  cspViolations: () => Promise<RecordedViolation[]>;
}

declare global {
  interface Window {
    __cspViolations?: RecordedViolation[];
  }
}

/** Runs in the page before its scripts: keeps every violation event on `window`. */
function recordViolations(): void {
  const seen: RecordedViolation[] = (window.__cspViolations ??= []);
  document.addEventListener('securitypolicyviolation', (event) => {
    seen.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      lineNumber: event.lineNumber,
      sample: event.sample,
    });
  });
}

async function readViolations(page: Page): Promise<RecordedViolation[]> {
  if (page.isClosed()) return [];
  try {
    return await page.evaluate(() => window.__cspViolations ?? []);
  } catch {
    // The page is navigating or gone; its console messages still tell.
    return [];
  }
}

const POLICY_CONSOLE = /Content Security Policy|Refused to/i;

export const test = base.extend<WatchOptions & WatchFixtures>({
  allowPageErrors: [false, { option: true }],
  allowCspViolations: [false, { option: true }],

  page: async ({ page, allowPageErrors, allowCspViolations }, use) => {
    const consoleProblems: string[] = [];
    const pageErrors: string[] = [];
    await page.addInitScript(recordViolations);
    page.on('console', (message) => {
      if (POLICY_CONSOLE.test(message.text())) consoleProblems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`page error: ${error.stack ?? error.message}`));

    await use(page);

    const violations = (await readViolations(page)).map(
      (v) => `CSP violation of ${v.directive}: ${v.blockedURI || v.sample} (${v.sourceFile}:${v.lineNumber})`,
    );
    const problems = [
      ...(allowCspViolations ? [] : [...violations, ...consoleProblems]),
      ...(allowPageErrors ? [] : pageErrors),
    ];
    expect(problems, 'the page reported policy violations or uncaught errors').toEqual([]);
  },

  cspViolations: async ({ page }, use) => {
    await use(() => readViolations(page));
  },
});
