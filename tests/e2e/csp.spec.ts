/**
 * The built page's Content Security Policy: it is there, as the build plugin writes it
 * (src/build/csp-plugin.ts), and it works: an inline script injected into the page is
 * refused and reported as a violation. Every other browser test checks, through the shared
 * fixture, that the app itself never trips the policy.
 */
import { CSP_POLICY } from '../../src/build/csp-plugin';
import { expect, test } from './fixtures';
import { openExplorer } from './helpers';

test.describe('the content security policy', () => {
  test('the built page carries the policy', async ({ page }) => {
    await openExplorer(page);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(CSP_POLICY);
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
    ]) {
      expect(policy).toContain(directive);
    }
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  test.describe('an injected inline script', () => {
    // This test provokes a violation on purpose and checks it itself.
    test.use({ allowCspViolations: true });

    test('is refused and reported', async ({ page, cspViolations }) => {
      await openExplorer(page);
      const ran = await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.__injectedRan = true;';
        document.head.append(script);
        return (window as unknown as { __injectedRan?: boolean }).__injectedRan === true;
      });
      expect(ran).toBe(false);
      await expect
        .poll(async () => (await cspViolations()).map((violation) => violation.directive))
        .toContain('script-src-elem');
      const [violation] = (await cspViolations()).filter((v) => v.directive === 'script-src-elem');
      expect(violation.blockedURI).toBe('inline');
    });
  });
});
