// A test fixture that fails a test on any console error, uncaught page error,
// request leaving 127.0.0.1, or Content-Security-Policy violation.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  guard: [
    async ({ page }, use) => {
      const problems = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
      });
      page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
      await page.route("**/*", (route) => {
        const url = new URL(route.request().url());
        if (url.hostname !== "127.0.0.1") {
          problems.push(`request left 127.0.0.1: ${url.href}`);
          return route.abort();
        }
        return route.continue();
      });
      await page.addInitScript(() => {
        window.__csp = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          window.__csp.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`),
        );
      });
      const guard = {
        problems,
        async cspViolations() {
          return page.evaluate(() => window.__csp || []);
        },
      };
      await use(guard);
      const csp = await page.evaluate(() => window.__csp || []).catch(() => []);
      expect([...problems, ...csp.map((v) => `CSP violation: ${v}`)]).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
