// The designer, as a user works it: drag from the palette, move nodes,
// undo and redo, reload, a corrupt saved state, the keyboard path.
import { test, expect } from "./guard.mjs";
import { canvas, item, nodes, drag, openFresh } from "./support.mjs";

test("dragging a master from the palette into a zone adds it and changes the goals and findings", async ({ page }) => {
  await openFresh(page);
  await expect(nodes(page)).toHaveCount(9);
  const goal = page.getByTestId("goal").filter({ has: page.locator(".goal-class", { hasText: /^zone$/ }) });
  await expect(goal).toContainText("survives");
  const findings = await page.getByTestId("finding").allTextContents();
  expect(findings.join("\n")).not.toContain("QS105");

  await drag(page, page.locator("[data-template=master]"), item(page, "zone", "us-east-1a").locator("> .label"));
  await expect(nodes(page)).toHaveCount(10);
  // The new master sits in the zone it was dropped on and is selected.
  await expect(item(page, "zone", "us-east-1a").locator("[data-kind=node][data-node-kind=master]")).toHaveCount(2);
  await expect(page.getByTestId("inspector-kind")).toHaveText("Node");
  // Four masters: an even quorum, and losing zone 1a (2 of 4 voters) loses the majority.
  await expect(goal).toContainText("fails");
  await expect(page.getByTestId("finding").filter({ hasText: "QS105" }).first()).toBeVisible();
  await expect(page.getByTestId("tab-components")).toBeVisible();
  await page.getByTestId("tab-components").click();
  await expect(page.locator("[data-testid=component][data-id=mesos-masters]")).toContainText("m4");
});

test("a node moves between zones by dragging, with the drop target shown", async ({ page }) => {
  await openFresh(page);
  const a1 = item(page, "node", "a1");
  await expect(item(page, "zone", "us-east-1a").locator('[data-id="a1"]')).toHaveCount(1);
  const from = await a1.boundingBox();
  const to = await item(page, "zone", "us-east-1b").locator("> .label").boundingBox();
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 10 });
  await expect(page.getByTestId("drop-target")).toBeVisible();
  await page.mouse.up();
  await expect(page.getByTestId("drop-target")).toHaveCount(0);
  await expect(item(page, "zone", "us-east-1b").locator('[data-id="a1"]')).toHaveCount(1);
  await expect(item(page, "zone", "us-east-1a").locator('[data-id="a1"]')).toHaveCount(0);
});

test("Escape cancels a drag", async ({ page }) => {
  await openFresh(page);
  const from = await item(page, "node", "a1").boundingBox();
  const to = await item(page, "zone", "us-east-1c").locator("> .label").boundingBox();
  await page.mouse.move(from.x + 20, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(to.x + 20, to.y + 10, { steps: 8 });
  await page.keyboard.press("Escape");
  await page.mouse.up();
  await expect(item(page, "zone", "us-east-1a").locator('[data-id="a1"]')).toHaveCount(1);
});

test("undo and redo, by keys and buttons", async ({ page }) => {
  await openFresh(page);
  await item(page, "zone", "us-east-1b").locator("> .label").click();
  await page.locator("[data-template=private-agent]").click();
  await expect(nodes(page)).toHaveCount(10);
  await page.locator("[data-template=database]").click();
  await expect(nodes(page)).toHaveCount(11);
  await canvas(page).focus();
  await page.keyboard.press("Control+z");
  await expect(nodes(page)).toHaveCount(10);
  await page.keyboard.press("Control+z");
  await expect(nodes(page)).toHaveCount(9);
  await page.keyboard.press("Control+Shift+z");
  await expect(nodes(page)).toHaveCount(10);
  await page.getByTestId("undo").click();
  await expect(nodes(page)).toHaveCount(9);
  await page.getByTestId("redo").click();
  await page.getByTestId("redo").click();
  await expect(nodes(page)).toHaveCount(11);
  await expect(page.getByTestId("redo")).toBeDisabled();
});

test("deleting a zone asks first, deletes its nodes, and undo brings them back", async ({ page }) => {
  await openFresh(page);
  await item(page, "zone", "us-east-1c").locator("> .label").click();
  await canvas(page).press("Delete");
  await expect(page.getByTestId("confirm")).toContainText("us-east-1c");
  await page.getByTestId("confirm-yes").click();
  await expect(item(page, "zone", "us-east-1c")).toHaveCount(0);
  await expect(nodes(page)).toHaveCount(6);
  await page.getByTestId("undo").click();
  await expect(nodes(page)).toHaveCount(9);
});

test("the layout is restored after a reload", async ({ page }) => {
  await openFresh(page);
  await item(page, "zone", "us-east-1a").locator("> .label").click();
  await page.locator("[data-template=load-balancer]").click();
  await page.locator("#design-name").fill("My reviewed design");
  await page.locator("#design-name").press("Enter");
  await expect(nodes(page)).toHaveCount(10);
  // Autosave is debounced; wait for it to reach storage.
  await expect.poll(() => page.evaluate(() => localStorage.getItem("quorumscope.layout") || "")).toContain("My reviewed design");
  await page.reload();
  await expect(nodes(page)).toHaveCount(10);
  await expect(page.locator("#design-name")).toHaveValue("My reviewed design");
  await expect(item(page, "node", "lb-1")).toHaveCount(1);
});

test("a corrupt saved state is kept aside and reported, and the app still works", async ({ page }) => {
  await openFresh(page);
  await page.evaluate(() => localStorage.setItem("quorumscope.layout", '{"format":"quorumscope-layout","version":1,"regions":[{"id":'));
  await page.reload();
  await expect(page.getByTestId("notice")).toContainText("kept aside");
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith("quorumscope.kept-aside.")).map((k) => localStorage.getItem(k)),
  );
  expect(kept).toEqual(['{"format":"quorumscope-layout","version":1,"regions":[{"id":']);
  // The kept-aside text can be downloaded from the message, as it was.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("notice-download").click()]);
  const path = await download.path();
  expect((await import("node:fs")).readFileSync(path, "utf8")).toBe(kept[0]);
  // A layout from a newer Quorumscope is kept aside too, and named.
  await page.evaluate(() => localStorage.setItem("quorumscope.layout", '{"format":"quorumscope-layout","version":7,"regions":[]}'));
  await page.reload();
  await expect(page.getByTestId("notice")).toContainText("kept aside");
  await expect(page.getByTestId("notice")).toContainText("7");
  await expect(nodes(page)).toHaveCount(9);
});

test("the keyboard path: select a node with the arrows and move it with M", async ({ page }) => {
  await openFresh(page);
  await canvas(page).focus();
  // Walk the items until node p1 is selected.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("ArrowRight");
    const sel = await page.locator("#inspector-first").inputValue().catch(() => "");
    if (sel === "p1") break;
  }
  await expect(page.locator("#inspector-first")).toHaveValue("p1");
  await page.keyboard.press("m");
  await expect(page.getByTestId("place-select")).toBeFocused();
  await page.getByTestId("place-select").selectOption("zone:us-east-1c");
  // Choosing is not moving yet (arrow keys on a closed select fire a change each): Enter moves.
  await expect(item(page, "zone", "us-east-1c").locator('[data-id="p1"]')).toHaveCount(0);
  await page.getByTestId("place-select").press("Enter");
  await expect(item(page, "zone", "us-east-1c").locator('[data-id="p1"]')).toHaveCount(1);
  // Delete from the keyboard, then N adds a node to the selected place.
  await canvas(page).focus();
  await page.keyboard.press("Delete");
  await expect(item(page, "node", "p1")).toHaveCount(0);
  await page.keyboard.press("n");
  await expect(nodes(page)).toHaveCount(9);
});

test("a duplicate id or a negative CPU count is refused at the field", async ({ page }) => {
  await openFresh(page);
  await item(page, "node", "a2").click();
  await page.locator("#inspector-first").fill("a1");
  await page.locator("#inspector-first").press("Enter");
  await expect(page.locator(".field-error")).toContainText("a1");
  await page.locator("#inspector-first").press("Escape");
  await page.locator("#field-cpus").fill("-2");
  await page.locator("#field-cpus").press("Enter");
  await expect(page.locator(".field-error")).toContainText("cpus");
  await expect(item(page, "node", "a2")).toHaveCount(1);
  // A good value goes through.
  await page.locator("#inspector-label").fill("<b>agent two</b>");
  await page.locator("#inspector-label").press("Enter");
  await expect(item(page, "node", "a2")).toContainText("<b>agent two</b>");
});

test("zoom with the buttons and the wheel, pan by dragging the background, fit", async ({ page }) => {
  await openFresh(page);
  const level = page.getByTestId("zoom-level");
  const before = await level.textContent();
  await page.getByTestId("zoom-in").click();
  await expect(level).not.toHaveText(before);
  const box = await canvas(page).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const z1 = await level.textContent();
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, 200);
  await page.keyboard.up("Control");
  await expect(level).not.toHaveText(z1);
  const region = item(page, "region", "us-east");
  const r0 = await region.boundingBox();
  // Space + drag pans even over items (the canvas has the focus: a focused button keeps its Space).
  await canvas(page).focus();
  await page.keyboard.down("Space");
  await page.mouse.move(r0.x + 30, r0.y + 30);
  await page.mouse.down();
  await page.mouse.move(r0.x + 130, r0.y + 80, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up("Space");
  const r1 = await region.boundingBox();
  expect(Math.round(r1.x - r0.x)).toBe(100);
  expect(Math.round(r1.y - r0.y)).toBe(50);
  await expect(nodes(page)).toHaveCount(9);
  await page.getByTestId("fit").click();
  const r2 = await region.boundingBox();
  expect(r2.x).toBeGreaterThanOrEqual(box.x);
  expect(r2.x + r2.width).toBeLessThanOrEqual(box.x + box.width + 1);
});

test("New starts from an empty layout, then regions, zones and racks are added", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("new").click();
  await page.getByTestId("new-empty").click();
  await expect(nodes(page)).toHaveCount(0);
  await expect(page.getByTestId("canvas-empty")).toContainText("+ Region");
  await page.getByTestId("add-region").click();
  await expect(page.getByTestId("canvas-empty")).toHaveCount(0);
  await expect(item(page, "region", "region-1")).toHaveCount(1);
  await page.getByTestId("add-child").click();
  await expect(item(page, "zone", "zone-1")).toHaveCount(1);
  await page.getByTestId("add-child").click();
  await expect(item(page, "rack", "rack-1")).toHaveCount(1);
  await drag(page, page.locator("[data-template=master]"), item(page, "rack", "rack-1").locator("> .label"));
  await expect(item(page, "rack", "rack-1").locator("[data-kind=node]")).toHaveCount(1);
  await item(page, "zone", "zone-1").click({ button: "right", position: { x: 20, y: 10 } });
  await page.getByTestId("context-menu").getByText("Fail this zone").click();
  await expect(page.getByTestId("scenario-banner")).toContainText("zone-1");
});

test("shift-click selects several nodes, and a component is made from them", async ({ page }) => {
  await openFresh(page);
  await item(page, "node", "a1").click();
  await item(page, "node", "a2").click({ modifiers: ["Shift"] });
  await expect(page.getByTestId("inspector")).toContainText("2 items selected");
  await page.getByTestId("tab-components").click();
  await page.getByTestId("create-component").click();
  const created = page.locator("[data-testid=component][data-id=service-1]");
  await expect(created).toContainText("a1, a2");
  await created.locator(".component-head").click();
  await page.getByLabel("min_available").fill("0");
  await page.getByLabel("min_available").press("Enter");
  await expect(created.locator(".field-error")).toContainText("min_available");
  await page.getByTestId("undo").click();
  await expect(created).toHaveCount(0);
});

test("the A key adds zones and racks to the selection; a full storage is reported and editing goes on", async ({ page }) => {
  await openFresh(page);
  await item(page, "zone", "us-east-1a").locator("> .label").click();
  await canvas(page).focus();
  await page.keyboard.press("a");
  await expect(item(page, "rack", "rack-1")).toHaveCount(1);
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await page.locator("[data-template=generic]").click();
  await expect(page.getByTestId("notice")).toContainText("storage is full");
  await expect(page.getByTestId("notice")).toContainText("QuotaExceededError");
  await page.locator("[data-template=generic]").click();
  await expect(item(page, "rack", "rack-1").locator("[data-kind=node]")).toHaveCount(2);
});

test("dragging one of several selected nodes moves them all, and one undo brings them back", async ({ page }) => {
  await openFresh(page);
  await item(page, "node", "a1").click();
  await item(page, "node", "p1").click({ modifiers: ["Shift"] });
  await drag(page, item(page, "node", "a1"), item(page, "zone", "us-east-1c").locator("> .label"));
  const zoneC = item(page, "zone", "us-east-1c");
  await expect(zoneC.locator('[data-id="a1"]')).toHaveCount(1);
  await expect(zoneC.locator('[data-id="p1"]')).toHaveCount(1);
  await page.getByTestId("undo").click();
  await expect(item(page, "zone", "us-east-1a").locator("[data-kind=node]")).toHaveCount(3);
  // Ctrl+A selects every node.
  await canvas(page).focus();
  await page.keyboard.press("Control+a");
  await expect(page.getByTestId("inspector")).toContainText("9 items selected");
});

test("in scenario mode the components panel shows each component's status", async ({ page }) => {
  await openFresh(page);
  await item(page, "region", "us-east").locator("> .label").click({ button: "right" });
  await page.getByTestId("context-menu").getByText("Fail this region").click();
  await page.getByTestId("tab-components").click();
  // Losing the only region takes everything down (the engine's report says so too).
  await expect(page.getByTestId("component-status")).toHaveCount(6);
  for (const s of await page.getByTestId("component-status").all()) {
    await expect(s).toHaveAttribute("data-status", "down");
    await expect(s).toContainText("✗ down");
  }
  await page.getByTestId("scenario-banner").getByRole("button").click();
  await expect(page.getByTestId("component-status")).toHaveCount(0);
});
