// Benchmarks of the designer on a 500-node layout; they print numbers
// (recorded in docs/benchmarks.md) and assert no wall-clock time.
import { mkdirSync, writeFileSync } from "node:fs";
import { test, expect } from "./guard.mjs";
import { bigLayout, item, nodes, openWith } from "./support.mjs";

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (x) => x.toFixed(1);

test("bench: analysis time in the browser and frame work while dragging, 500 nodes", async ({ page }) => {
  test.setTimeout(120_000);
  const layout = bigLayout();
  mkdirSync("../target/bench", { recursive: true });
  writeFileSync("../target/bench/layout-500.json", JSON.stringify(layout, null, 2));
  await openWith(page, layout);
  await expect(nodes(page)).toHaveCount(500);

  // Engine time in the browser: the app times each analysis; undo and redo re-run it.
  const times = [];
  const read = async () => Number((await page.getByTestId("analysis-time").textContent()).match(/in ([\d.]+) ms/)[1]);
  times.push(await read());
  await page.locator("#design-name").fill("Bench");
  await page.locator("#design-name").press("Enter");
  for (let i = 0; i < 6; i++) {
    await page.getByTestId(i % 2 ? "redo" : "undo").click();
    await expect(page.locator("#design-name")).toHaveValue(i % 2 ? "Bench" : layout.name);
    times.push(await read());
  }
  console.log(`bench: browser analysis of 500 nodes (depth 2, singles + 2,000 pairs listed): median ${fmt(pct(times, 50))} ms, samples ${times.map(fmt).join(", ")}`);

  // Frame work while dragging a node: from each pointermove to the DOM
  // updated and laid out, and the intervals between animation frames.
  await page.getByTestId("fit").click();
  await page.evaluate(() => {
    window.__work = [];
    window.__frames = [];
    window.addEventListener("pointermove", () => {
      const t0 = performance.now();
      setTimeout(() => {
        document.querySelector("[data-testid=canvas]").getBoundingClientRect();
        document.querySelector(".ghost")?.getBoundingClientRect();
        window.__work.push(performance.now() - t0);
      }, 0);
    }, { capture: true });
    let last = 0;
    const loop = (t) => {
      if (last) window.__frames.push(t - last);
      last = t;
      if (!window.__stopFrames) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  const from = await item(page, "node", "a20").boundingBox();
  const to = await item(page, "zone", "z3").boundingBox();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + 20, { steps: 120 });
  const { work, frames } = await page.evaluate(() => {
    window.__stopFrames = true;
    return { work: window.__work, frames: window.__frames };
  });
  await page.mouse.up();
  expect(work.length).toBeGreaterThan(100);
  console.log(
    `bench: drag on 500 nodes: work per pointermove p50 ${fmt(pct(work, 50))} ms, p95 ${fmt(pct(work, 95))} ms, max ${fmt(Math.max(...work))} ms (${work.length} moves); ` +
      `frame interval p50 ${fmt(pct(frames, 50))} ms, p95 ${fmt(pct(frames, 95))} ms`,
  );
  await expect(item(page, "zone", "z3").locator('[data-id="a20"]')).toHaveCount(1);
});
