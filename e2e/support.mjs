// Helpers shared by the end-to-end specs: canvas locators, pointer drags,
// and generated layouts.
import { expect } from "@playwright/test";

export const canvas = (page) => page.getByTestId("canvas");
export const item = (page, kind, id) => page.locator(`[data-testid=canvas] [data-kind=${kind}][data-id="${id}"]`);
export const nodes = (page) => page.locator("[data-testid=canvas] [data-kind=node]");

/** Centre of an element's bounding box. */
export async function centre(locator) {
  const b = await locator.boundingBox();
  expect(b, "element is laid out").not.toBeNull();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Presses the mouse on `from`, moves in steps to `to` and releases. */
export async function drag(page, from, to, steps = 12) {
  const a = await centre(from);
  const b = await centre(to);
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps });
  await page.mouse.up();
}

/** Opens the app on a fresh page (nothing saved) and waits for the canvas. */
export async function openFresh(page) {
  await page.goto("/");
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(canvas(page)).toBeVisible();
  await expect(nodes(page).first()).toBeVisible();
}

/** Opens the app with a layout file already saved in this browser. */
export async function openWith(page, layout) {
  await page.goto("/");
  await page.evaluate((text) => {
    localStorage.clear();
    localStorage.setItem("quorumscope.layout", text);
  }, JSON.stringify(layout));
  await page.reload();
  await expect(canvas(page)).toBeVisible();
}

/**
 * A layout of `zones` zones x `racks` racks x `perRack` nodes in one region:
 * 3 masters (mesos, zookeeper, marathon), the rest agents running
 * replicated services of 5 instances spread over the zones.
 */
export function bigLayout({ zones = 5, racks = 10, perRack = 10 } = {}) {
  const regions = [{ id: "r1", zones: [] }];
  const agents = [];
  const masters = [];
  let n = 0;
  for (let z = 0; z < zones; z++) {
    const zone = { id: `z${z}`, racks: [] };
    for (let r = 0; r < racks; r++) {
      const rack = { id: `z${z}-r${r}`, nodes: [] };
      for (let k = 0; k < perRack; k++) {
        n++;
        if (masters.length < 3 && r === 0 && k === 0 && z < 3) {
          const id = `m${z + 1}`;
          masters.push(id);
          rack.nodes.push({ id, kind: "master", ip: `10.${z}.${r}.${k + 1}` });
        } else {
          const id = `a${n}`;
          agents.push({ id, z });
          rack.nodes.push({ id, kind: "agent", ip: `10.${z}.${r}.${k + 1}`, cpus: 8, mem_gib: 32 });
        }
      }
      zone.racks.push(rack);
    }
    regions[0].zones.push(zone);
  }
  const components = [
    { id: "zookeeper", kind: "quorum", members: masters, role: "coordination" },
    { id: "mesos-masters", kind: "quorum", members: masters, role: "control-plane" },
    { id: "marathon", kind: "leader", members: masters, role: "scheduler", depends_on: ["zookeeper"] },
  ];
  const byZone = Array.from({ length: zones }, (_, z) => agents.filter((a) => a.z === z).map((a) => a.id));
  for (let s = 0; s < 40; s++) {
    const members = [];
    for (let i = 0; i < 5; i++) members.push(byZone[i % zones][(s * 3 + i) % byZone[i % zones].length]);
    components.push({ id: `svc-${s}`, kind: "replicated", members: [...new Set(members)], min_available: 2, depends_on: ["marathon"] });
  }
  return { format: "quorumscope-layout", version: 1, name: `Generated ${n} nodes`, regions, components };
}
