// Speed of scenario mode on a 500-node layout: from clicking a scenario to
// the canvas showing it (failed domain hatched), and opening the heatmap.
// Prints the numbers (console.log); docs/benchmarks.md records them.
import { test, expect } from "./guard.mjs";

/// A layout of `nodes` nodes: 3 regions x 3 zones x `racksPerZone` racks,
/// 5 masters in 5 zones (ZooKeeper, Mesos masters, Marathon), `services`
/// replicated services of 3 to 6 instances on agents.
function generate(nodes, racksPerZone, services) {
  let seed = 42;
  const rand = (n) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const racks = [];
  const regions = [0, 1, 2].map((r) => ({
    id: `region-${r}`,
    zones: [0, 1, 2].map((z) => ({
      id: `zone-${r}${z}`,
      racks: [...Array(racksPerZone).keys()].map((k) => {
        const rack = { id: `rack-${r}${z}-${k}`, nodes: [] };
        racks.push(rack);
        return rack;
      }),
    })),
  }));
  const masters = [];
  const agents = [];
  for (let i = 0; i < nodes; i++) {
    const rack = racks[i % racks.length];
    // One master in each of the first five zones.
    const master = i < 5 * racksPerZone && i % racksPerZone === 0;
    rack.nodes.push({ id: `n${i}`, kind: master ? "master" : "agent" });
    (master ? masters : agents).push(`n${i}`);
  }
  const components = [
    { id: "zookeeper", kind: "quorum", members: masters, role: "coordination" },
    { id: "mesos-masters", kind: "quorum", members: masters, role: "control-plane", depends_on: ["zookeeper"] },
    { id: "marathon", kind: "leader", members: masters, role: "scheduler", depends_on: ["zookeeper"] },
  ];
  for (let s = 0; s < services; s++) {
    const members = new Set();
    const want = 3 + rand(4);
    while (members.size < want) members.add(agents[rand(agents.length)]);
    components.push({
      id: `svc-${s}`,
      kind: "replicated",
      members: [...members],
      min_available: 2,
      depends_on: s % 3 === 0 ? ["marathon"] : [],
    });
  }
  return { format: "quorumscope-layout", version: 1, name: `Bench: ${nodes} nodes`, regions, components };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

test("scenario select to updated canvas on a 500-node layout", async ({ page }) => {
  test.setTimeout(180_000);
  const text = JSON.stringify(generate(500, 4, 40));
  await page.addInitScript((t) => localStorage.setItem("quorumscope.layout", t), text);
  const t0 = Date.now();
  await page.goto("/");
  await expect(page.locator("[data-testid=canvas] [data-kind=node]")).toHaveCount(500, { timeout: 60_000 });
  const loadMs = Date.now() - t0;
  await page.getByTestId("tab-scenarios").click();

  // Click each row of a group; time until the canvas marks its domain failed.
  const timeGroup = (group, count) =>
    page.evaluate(
      async ([group, count]) => {
        document.querySelector(`[data-testid=group-chip][data-group=${group}]`).click();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const rows = [...document.querySelectorAll("[data-testid=scenario-row]")].slice(0, count);
        const times = [];
        for (const row of rows) {
          const domain = row.dataset.scenario.replace(/^[a-z]+:/, "");
          const t = performance.now();
          row.click();
          await new Promise((resolve) => {
            const check = () => {
              const el = document.querySelector(`[data-testid=canvas] [data-id="${CSS.escape(domain)}"]`);
              if (el && el.classList.contains("failed")) resolve();
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
          times.push(performance.now() - t);
        }
        document.querySelector(`[data-testid=group-chip][data-group=${group}]`).click();
        return times;
      },
      [group, count],
    );
  const results = {};
  for (const [group, count] of [["zones", 9], ["racks", 12], ["nodes", 12]]) {
    const times = await timeGroup(group, count);
    expect(times.length).toBe(count);
    results[group] = { median: median(times), max: Math.max(...times) };
  }

  // Stepping with J: the next scenario's canvas.
  const stepTimes = await page.evaluate(async () => {
    const times = [];
    for (let i = 0; i < 10; i++) {
      const before = document.querySelector("[data-testid=scenario-banner]")?.textContent;
      const t = performance.now();
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
      await new Promise((resolve) => {
        const check = () => {
          const now = document.querySelector("[data-testid=scenario-banner]")?.textContent;
          if (now && now !== before) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      times.push(performance.now() - t);
    }
    return times;
  });

  // Opening the heatmap tab (the whole listing aggregated by class).
  const heatmapMs = await page.evaluate(async () => {
    const t = performance.now();
    document.querySelector("[data-testid=tab-heatmap]").click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector("[data-testid=heatmap] svg") ? resolve() : requestAnimationFrame(check));
      requestAnimationFrame(check);
    });
    return performance.now() - t;
  });

  const fmt = (x) => x.toFixed(1);
  console.log(`explorer bench (500 nodes, ${JSON.parse(text).components.length} components, depth 2):`);
  console.log(`  page load to canvas drawn: ${loadMs} ms`);
  for (const [g, r] of Object.entries(results)) {
    console.log(`  select a ${g.slice(0, -1)} scenario -> canvas updated: median ${fmt(r.median)} ms, max ${fmt(r.max)} ms`);
  }
  console.log(`  step with J -> canvas updated: median ${fmt(median(stepTimes))} ms, max ${fmt(Math.max(...stepTimes))} ms`);
  console.log(`  open the heatmap tab -> SVG shown: ${fmt(heatmapMs)} ms`);
});

test("heatmap and scenario select stay responsive at 10,000 nodes, depth 2", async ({ page }) => {
  test.setTimeout(300_000);
  const layout = generate(10_000, 30, 200);
  await page.addInitScript((t) => localStorage.setItem("quorumscope.layout", t), JSON.stringify(layout));
  const t0 = Date.now();
  await page.goto("/");
  await expect(page.locator("[data-testid=canvas] [data-kind=node]")).toHaveCount(10_000, { timeout: 180_000 });
  const loadMs = Date.now() - t0;

  // Open the heatmap; expand the node failures (50 rows), then collapse them.
  const times = await page.evaluate(async () => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const until = (ok) =>
      new Promise((resolve) => {
        const check = () => (ok() ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
    const height = () => document.querySelector("[data-testid=heatmap] .heatmap-canvas")?.dataset.height;
    const out = {};
    let t = performance.now();
    document.querySelector("[data-testid=tab-heatmap]").click();
    await until(() => document.querySelector("[data-testid=heatmap] svg"));
    out.open = performance.now() - t;
    const collapsed = height();
    const nodes = () => document.querySelector("[data-testid=heatmap-group][data-group=nodes]");
    t = performance.now();
    nodes().click();
    await until(() => height() !== collapsed);
    out.expand = performance.now() - t;
    t = performance.now();
    nodes().click();
    await until(() => height() === collapsed);
    out.collapse = performance.now() - t;
    await frames();
    out.rows = collapsed;
    return out;
  });

  // Select a zone failure from the list: the canvas hatches the zone.
  await page.getByTestId("tab-scenarios").click();
  const listed = (await page.getByTestId("scenario-count").textContent()).replace(/ scenarios shown.*/, "");
  await page.getByTestId("group-chip").filter({ hasText: "zones" }).click();
  const selectMs = await page.evaluate(async () => {
    const row = document.querySelector("[data-testid=scenario-row]");
    const domain = row.dataset.scenario.replace(/^zone:/, "");
    const t = performance.now();
    row.click();
    await new Promise((resolve) => {
      const check = () =>
        document.querySelector(`[data-testid=canvas] [data-id="${CSS.escape(domain)}"].failed`) ? resolve() : requestAnimationFrame(check);
      requestAnimationFrame(check);
    });
    return performance.now() - t;
  });

  const fmt = (x) => x.toFixed(1);
  console.log(`explorer bench (10,000 nodes, ${layout.components.length} components, depth 2, ${listed} scenarios listed):`);
  console.log(`  page load to canvas drawn: ${loadMs} ms`);
  console.log(`  open the heatmap tab -> SVG shown: ${fmt(times.open)} ms (collapsed, ${times.rows} px high)`);
  console.log(`  expand the node failures (50 rows) -> SVG shown: ${fmt(times.expand)} ms; collapse: ${fmt(times.collapse)} ms`);
  console.log(`  select a zone scenario -> canvas updated: ${fmt(selectMs)} ms`);
});
