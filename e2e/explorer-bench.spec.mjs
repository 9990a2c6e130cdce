// Speed of scenario mode on a 500-node layout: from clicking a scenario to
// the canvas showing it (failed domain hatched), and opening the heatmap.
// Prints the numbers (console.log); docs/benchmarks.md records them.
import { test, expect } from "./guard.mjs";

/// A 500-node layout: 3 regions x 3 zones x 4 racks, 5 masters in 5 zones
/// (ZooKeeper, Mesos masters, Marathon), 40 replicated services on agents.
function layout500() {
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
      racks: [0, 1, 2, 3].map((k) => {
        const rack = { id: `rack-${r}${z}-${k}`, nodes: [] };
        racks.push(rack);
        return rack;
      }),
    })),
  }));
  const masters = [];
  const agents = [];
  for (let i = 0; i < 500; i++) {
    const rack = racks[i % racks.length];
    const master = i < 20 && i % 4 === 0; // racks 0, 4, 8, 12, 16: five zones
    rack.nodes.push({ id: `n${i}`, kind: master ? "master" : "agent" });
    (master ? masters : agents).push(`n${i}`);
  }
  const components = [
    { id: "zookeeper", kind: "quorum", members: masters, role: "coordination" },
    { id: "mesos-masters", kind: "quorum", members: masters, role: "control-plane", depends_on: ["zookeeper"] },
    { id: "marathon", kind: "leader", members: masters, role: "scheduler", depends_on: ["zookeeper"] },
  ];
  for (let s = 0; s < 40; s++) {
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
  return { format: "quorumscope-layout", version: 1, name: "Bench: 500 nodes", regions, components };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

test("scenario select to updated canvas on a 500-node layout", async ({ page }) => {
  test.setTimeout(180_000);
  const text = JSON.stringify(layout500());
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
