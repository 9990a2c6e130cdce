// The failure-scenario explorer: failing a zone from the canvas shows every
// component's status as the native engine reports it; a heatmap click selects
// its scenario; J/K and arrows step; the presenter view and its quiz.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test, expect } from "./guard.mjs";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SAMPLE = "examples/masters-across-zones.json";

// The native report of a layout file (`quorumscope check FILE --json`):
// $QS_BIN when set, else `cargo run --release` from the repository root.
function nativeReport(file) {
  const args = ["check", file, "--json", "--depth", "2"]; // the app analyses pairs too
  const [cmd, argv] = process.env.QS_BIN
    ? [process.env.QS_BIN, args]
    : ["cargo", ["run", "-q", "--release", "--", ...args]];
  let out;
  try {
    out = execFileSync(cmd, argv, { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 28 });
  } catch (e) {
    // Exit status 1 means "some finding is an error": the report is still there.
    if (e.status !== 1 || !e.stdout) throw e;
    out = e.stdout.toString();
  }
  return JSON.parse(out);
}

let report;
test.beforeAll(async ({}, info) => {
  info.setTimeout(900_000); // the first `cargo run --release` may compile
  report = nativeReport(SAMPLE);
});

const worst = (a, b) => {
  const rank = { ok: 0, degraded: 1, down: 2 };
  return rank[a] >= rank[b] ? a : b;
};

const SYMBOL = { ok: "✓", degraded: "!", down: "✗" };

// Each component's line in the details shows the report's status (symbol
// and word), its reason when the report has one, and the report's facts.
async function expectShown(page, id) {
  const expected = report.scenarios.find((s) => s.id === id);
  expect(expected, `the report lists ${id}`).toBeTruthy();
  await expect(page.getByTestId("scenario-status")).toHaveCount(report.components.length);
  for (const c of report.components) {
    const status = expected.status[c];
    const line = page.locator(`[data-testid=scenario-status][data-component="${c}"]`);
    await expect(line, c).toHaveAttribute("data-status", status);
    await expect(line, c).toContainText(SYMBOL[status]);
    await expect(line, c).toContainText(status);
    const reason = expected.reasons?.[c];
    if (reason) await expect(line, c).toContainText(reason.replace(`${c}: `, ""));
    else await expect(line.locator(".status-reason"), c).not.toBeEmpty();
  }
  const facts = expected.facts ?? [];
  // Listed pairs leave out reduced-bandwidth facts; the details (status_in) have them all.
  if (!id.includes("+")) await expect(page.getByTestId("scenario-fact")).toHaveCount(facts.length);
  for (const f of facts) await expect(page.getByTestId("scenario-detail")).toContainText(f.message);
  return expected;
}

test("failing a zone from the canvas shows each component's status as the engine reports it", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("[data-testid=canvas] [data-kind=zone]")).toHaveCount(3);
  const zoneId = "us-east-1a";
  const zone = page.locator(`[data-testid=canvas] [data-kind=zone][data-id="${zoneId}"]`);
  await zone.click({ button: "right", position: { x: 14, y: 10 } });
  await page.getByTestId("context-menu").getByRole("menuitem", { name: "Fail this zone" }).click();

  await expect(page.getByTestId("scenario-banner")).toContainText(zoneId);
  await expect(page.getByTestId("tab-scenarios")).toHaveAttribute("aria-selected", "true");
  await expect(zone).toHaveClass(/failed/);
  await expect(page.getByTestId("scenario-title")).toHaveText(`Zone ${zoneId} fails`);

  const expected = await expectShown(page, `zone:${zoneId}`);

  // Every live node shows the worst status of the components it is a member
  // or observer of; the failed zone's nodes are drawn failed, with no status.
  const layout = JSON.parse(readFileSync(`${ROOT}/${SAMPLE}`, "utf8"));
  const failedNodes = new Set(
    layout.regions.flatMap((r) => r.zones).filter((z) => z.id === zoneId)
      .flatMap((z) => [...(z.nodes ?? []), ...(z.racks ?? []).flatMap((r) => r.nodes)]).map((n) => n.id),
  );
  expect(failedNodes.size).toBeGreaterThan(0);
  const perNode = {};
  for (const comp of layout.components) {
    for (const n of [...(comp.members ?? []), ...(comp.observers ?? [])]) {
      perNode[n] = perNode[n] ? worst(perNode[n], expected.status[comp.id]) : expected.status[comp.id];
    }
  }
  for (const [node, status] of Object.entries(perNode)) {
    const chip = page.locator(`[data-testid=canvas] [data-kind=node][data-id="${node}"]`);
    if (failedNodes.has(node)) {
      await expect(chip, node).not.toHaveAttribute("data-status", /./);
    } else {
      await expect(chip, node).toHaveAttribute("data-status", status);
    }
  }

  // Back to design leaves scenario mode.
  await page.getByTestId("scenario-clear").click();
  await expect(page.getByTestId("scenario-banner")).toHaveCount(0);
  await expect(zone).not.toHaveClass(/failed/);
});

test("isolating a zone from the canvas, and a pair from the list, match the report too", async ({ page }) => {
  await page.goto("/");
  const zone = page.locator("[data-testid=canvas] [data-kind=zone][data-id=us-east-1b]");
  await zone.click({ button: "right", position: { x: 14, y: 10 } });
  await page.getByTestId("context-menu").getByRole("menuitem", { name: "Isolate this zone" }).click();
  await expect(page.getByTestId("scenario-title")).toHaveText("Zone us-east-1b is cut off from the rest");
  await expect(zone).toHaveClass(/isolated/);
  await expectShown(page, "isolate:zone:us-east-1b");

  // Alt+click fails a node directly.
  await page.locator("[data-testid=canvas] [data-kind=node][data-id=m3]").click({ modifiers: ["Alt"] });
  await expect(page.getByTestId("scenario-title")).toHaveText("Node m3 fails");
  await expectShown(page, "node:m3");

  const pair = "zone:us-east-1a+zone:us-east-1c";
  await page.getByTestId("scenario-search").fill("1a+zone:us-east-1c");
  await page.locator(`[data-testid=scenario-row][data-scenario="${pair}"]`).click();
  await expect(page.getByTestId("scenario-title")).toHaveText("Zones us-east-1a and us-east-1c fail");
  await expectShown(page, pair);
});

test("clicking a heatmap cell selects its scenario", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("tab-heatmap").click();
  const map = page.getByTestId("heatmap");
  await expect(map.locator("svg")).toBeVisible();
  // The SVG goes in through innerHTML: no inline style (CSP), no script.
  const html = await map.innerHTML();
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).not.toMatch(/<script/i);

  const label = (text) => map.locator("svg text").filter({ hasText: new RegExp(`^\\s*${text.replace(/[()+]/g, "\\$&")}\\s*$`) });
  const target = "zone:us-east-1b";
  if ((await label(target).count()) === 0) {
    // Large listings aggregate by class: expand the zones by clicking their row.
    await label("zones (3) ▸").click();
    await expect(label("zones (3) ▾")).toHaveCount(1);
  }
  await label(target).scrollIntoViewIfNeeded();
  const svgBox = await map.locator("svg").boundingBox();
  const row = await label(target).boundingBox();
  // A cell: the second component's column (grid starts at x = 228, cells are 18 wide).
  await page.mouse.click(svgBox.x + 228 + 18 + 9, row.y + row.height / 2);
  await expect(page.getByTestId("heatmap-selected")).toContainText("Zone us-east-1b fails");
  await expect(page.getByTestId("scenario-banner")).toContainText("us-east-1b");
  await expect(page.locator("[data-testid=canvas] [data-kind=zone][data-id=us-east-1b]")).toHaveClass(/failed/);
  await page.getByTestId("heatmap-selected").getByRole("button", { name: "Details" }).click();
  await expect(page.getByTestId("scenario-title")).toHaveText("Zone us-east-1b fails");
  await expect(page.locator("[data-testid=scenario-row][aria-current=true]")).toHaveAttribute("data-scenario", target);
});

test("J and K step through the scenarios, the filter limits them, arrows step off the canvas", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("tab-scenarios").click();
  const ids = await page.getByTestId("scenario-row").evaluateAll((rows) => rows.map((r) => r.dataset.scenario));
  expect(ids.length).toBe(report.scenarios.length);
  const current = page.locator("[data-testid=scenario-row][aria-current=true]");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await expect(current).toHaveAttribute("data-scenario", ids[0]);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(current).toHaveAttribute("data-scenario", ids[2]);
  await expect(page.getByTestId("scenario-position")).toHaveText(`3 of ${ids.length}`);
  await page.keyboard.press("k");
  await expect(current).toHaveAttribute("data-scenario", ids[1]);
  await page.keyboard.press("ArrowDown");
  await expect(current).toHaveAttribute("data-scenario", ids[2]);
  await page.keyboard.press("ArrowUp");
  await expect(current).toHaveAttribute("data-scenario", ids[1]);
  // The buttons step too.
  await page.getByTestId("scenario-next").click();
  await expect(current).toHaveAttribute("data-scenario", ids[2]);

  // Only zones: stepping visits the three zone failures and wraps around.
  await page.getByTestId("group-chip").filter({ hasText: "zones" }).click();
  await expect(page.getByTestId("scenario-row")).toHaveCount(3);
  const zones = ["zone:us-east-1a", "zone:us-east-1b", "zone:us-east-1c"];
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  for (const z of [...zones, zones[0]]) {
    await page.keyboard.press("J");
    await expect(page.getByTestId("scenario-banner")).toContainText(z.slice(5));
  }
  await page.keyboard.press("K");
  await expect(page.getByTestId("scenario-title")).toHaveText("Zone us-east-1c fails");

  // Only failing: every row shown has something down.
  await page.getByTestId("group-all").click();
  await page.getByTestId("only-failing").check();
  const failing = report.scenarios.filter((s) => Object.values(s.status).includes("down")).length;
  await expect(page.getByTestId("scenario-row")).toHaveCount(failing);
  // Typing in the search field does not step.
  await page.getByTestId("scenario-search").pressSequentially("jk");
  await expect(page.getByTestId("scenario-title")).toHaveText("Zone us-east-1c fails");

  // With the canvas focused, arrows are the canvas's own; J still steps.
  await page.getByTestId("scenario-search").fill("");
  await page.getByTestId("canvas").focus();
  const before = await page.getByTestId("scenario-title").textContent();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("scenario-title")).toHaveText(before);
  await page.keyboard.press("j");
  await expect(page.getByTestId("scenario-title")).not.toHaveText(before);
});

test("the presenter view shows the scenario in large text, steps, and quizzes", async ({ page }) => {
  await page.goto("/");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("p");
  const presenter = page.getByTestId("presenter");
  await expect(presenter).toBeVisible();
  await expect(page.getByTestId("presenter-title")).toHaveText("No scenario selected");
  const size = await page.getByTestId("presenter-title").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(32);

  // Modal: Tab cycles through the presenter's own controls.
  await page.getByTestId("presenter-close").focus();
  await page.keyboard.press("Shift+Tab");
  await expect(page.getByTestId("presenter-quiz")).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(presenter.getByTestId("scenario-next")).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("presenter-quiz")).toBeFocused();
  await presenter.focus();

  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("presenter-title")).toHaveText("Nothing fails");
  await expect(presenter.getByTestId("scenario-status")).toHaveCount(report.components.length);
  await page.keyboard.press("j");
  const second = report.scenarios[1];
  await expect(presenter.getByTestId("presenter-title")).not.toHaveText("Nothing fails");
  for (const [c, status] of Object.entries(second.status)) {
    await expect(presenter.locator(`[data-testid=scenario-status][data-component="${c}"]`)).toHaveAttribute("data-status", status);
  }

  // Quiz: the result is hidden until revealed, and hidden again on the next scenario.
  await page.getByTestId("presenter-quiz").check();
  await expect(presenter.getByTestId("quiz-hidden")).toBeVisible();
  await expect(presenter.getByTestId("scenario-status")).toHaveCount(0);
  await expect(page.locator("html")).toHaveClass(/quiz-hidden/);
  // The quiz checkbox keeps the focus: letters still work.
  await page.keyboard.press("r");
  await expect(presenter.getByTestId("scenario-status")).toHaveCount(report.components.length);
  await expect(page.locator("html")).not.toHaveClass(/quiz-hidden/);
  await page.keyboard.press("j");
  await expect(presenter.getByTestId("quiz-hidden")).toBeVisible();
  await presenter.getByTestId("presenter-reveal").click();
  await expect(presenter.getByTestId("presenter-counts")).toContainText("down");
  await page.getByTestId("presenter-quiz").uncheck();

  // Escape closes; the scenario stays selected; P opens it again.
  await presenter.focus();
  await page.keyboard.press("Escape");
  await expect(presenter).toHaveCount(0);
  await expect(page.getByTestId("scenario-banner")).toBeVisible();
  await page.keyboard.press("P");
  await expect(presenter).toBeVisible();
  await presenter.getByTestId("presenter-close").click();
  await expect(presenter).toHaveCount(0);
});

test("a large listing aggregates the heatmap by class; groups expand on click, 50 rows at a time", async ({ page }) => {
  // 60 nodes in 3 zones: 1,900+ scenarios with the node pairs.
  const zones = [0, 1, 2].map((z) => ({
    id: `z${z}`,
    nodes: [...Array(20).keys()].map((i) => ({ id: `n${z * 20 + i}`, kind: i === 0 ? "master" : "agent" })),
  }));
  const layout = {
    format: "quorumscope-layout",
    version: 1,
    name: "Sixty nodes",
    regions: [{ id: "r", zones }],
    components: [
      { id: "zookeeper", kind: "quorum", members: ["n0", "n20", "n40"] },
      { id: "web", kind: "replicated", members: ["n1", "n21", "n41"], min_available: 2 },
    ],
  };
  await page.addInitScript((t) => localStorage.setItem("quorumscope.layout", t), JSON.stringify(layout));
  await page.goto("/");
  await page.getByTestId("tab-heatmap").click();
  const map = page.getByTestId("heatmap");
  const label = (text) => map.locator("svg text").filter({ hasText: new RegExp(`^\\s*${text.replace(/[()+▸▾]/g, "\\$&")}\\s*$`) });
  // Collapsed: one row per class, worst status per component.
  await expect(label("nodes (60) ▸")).toHaveCount(1);
  await expect(label("node:n5")).toHaveCount(0);
  // A click on the group row expands it: 50 rows, then one for the rest.
  await label("nodes (60) ▸").click();
  await expect(label("nodes (60) ▾")).toHaveCount(1);
  await expect(label("node:n49")).toHaveCount(1);
  await expect(label("node:n50")).toHaveCount(0);
  await label("nodes: 10 more ▸").scrollIntoViewIfNeeded();
  await label("nodes: 10 more ▸").click();
  await expect(label("node:n59")).toHaveCount(1);
  // A row of the expanded group selects its scenario.
  await label("node:n59").scrollIntoViewIfNeeded();
  await label("node:n59").click();
  await expect(page.getByTestId("heatmap-selected")).toContainText("Node n59 fails");
  await expect(page.locator("[data-testid=canvas] [data-kind=node][data-id=n59]")).toHaveClass(/failed/);
  // The group buttons do the same from the keyboard.
  const nodes = page.locator("[data-testid=heatmap-group][data-group=nodes]");
  await expect(nodes).toHaveAttribute("aria-expanded", "true");
  await nodes.focus();
  await page.keyboard.press("Enter");
  await expect(label("nodes (60) ▸")).toHaveCount(1);
  await expect(nodes).toHaveAttribute("aria-expanded", "false");
});
