// The page loads under its strict CSP, talks to nobody else, and shows the sample.
import { test, expect } from "./guard.mjs";

test("loads the sample layout with no error, no outside request, no CSP violation", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("app")).toBeVisible();
  await expect(page.locator("#design-name")).toHaveValue("Masters and agents across three zones");
  const canvas = page.getByTestId("canvas");
  await expect(canvas.locator("[data-kind=region]")).toHaveCount(1);
  await expect(canvas.locator("[data-kind=zone]")).toHaveCount(3);
  await expect(canvas.locator("[data-kind=node]")).toHaveCount(9);
  await page.getByTestId("tab-components").click();
  await expect(page.getByTestId("component")).toHaveCount(6);
  // The engine runs in the page: the recommended layout survives any zone failure.
  await expect(page.getByTestId("headline")).toContainText("Survives any node and zone failure");
  await expect(page.getByTestId("goal").filter({ hasText: "region" }).first()).toContainText("fails");
  await page.getByTestId("tab-analysis").click();
  await expect(page.getByTestId("finding").first()).toContainText("QS206");
});

test("the Content-Security-Policy is strict and enforced", async ({ page, guard }) => {
  await page.goto("/");
  await expect(page.getByTestId("app")).toBeVisible();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
  expect(policy).not.toContain("TRUNK_LOADER");
  expect(policy).not.toContain("unsafe-inline");
  expect(policy).toContain("style-src 'self';");
  expect(policy).toContain("connect-src 'self';");
  // An inline style attribute and an inline script are refused by the browser.
  const applied = await page.evaluate(() => {
    const probe = document.createElement("div");
    probe.innerHTML = '<span style="color: rgb(1, 2, 3)">x</span>';
    document.body.append(probe);
    const script = document.createElement("script");
    script.textContent = "window.__inlineRan = true";
    document.body.append(script);
    return {
      color: getComputedStyle(probe.firstChild).color,
      ran: window.__inlineRan === true,
    };
  });
  expect(applied.color).not.toBe("rgb(1, 2, 3)");
  expect(applied.ran).toBe(false);
  // Those two refusals are the only violations; clear them so the guard passes.
  const violations = await guard.cspViolations();
  expect(violations.length).toBe(2);
  await page.evaluate(() => (window.__csp = []));
  guard.problems.length = 0;
});
