// Takes the README's screenshot of the real app: node scripts/screenshot.mjs DIST OUT.png
// (serves DIST on 127.0.0.1 and opens it in Debian's Chromium).
import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";

const [dist = "dist", out = "docs/img/designer.png"] = process.argv.slice(2);
const port = 4199;
const server = spawn("node", ["scripts/static-server.mjs", dist, String(port)], { stdio: "ignore" });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByTestId("canvas").locator("[data-kind=node]").first().waitFor();
  await page.locator('[data-kind=zone][data-id="us-east-1a"] > .label').click();
  await page.locator(".finding-head").first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
} finally {
  await browser.close();
  server.kill();
}
