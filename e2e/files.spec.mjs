// Open, export and share (issue 6): layout files and SVG pictures round trip,
// every export downloads, bad files and bad links change nothing and say why,
// share links open in a fresh page, presets open with their caveats.
import { readFile } from "node:fs/promises";
import { test, expect } from "./guard.mjs";
import { nodes, openFresh } from "./support.mjs";

const SAMPLE = "Masters and agents across three zones";

const designName = (page) => page.locator("#design-name");
const notice = (page) => page.getByTestId("notice");

/** What identifies the open design: its name and its node count. */
async function design(page) {
  return { name: await designName(page).inputValue(), nodes: await nodes(page).count() };
}

/** Expects the open design to be `before`. */
async function expectDesign(page, before) {
  await expect(designName(page)).toHaveValue(before.name);
  await expect(nodes(page)).toHaveCount(before.nodes);
}

/** Opens a preset from the New menu. */
async function openPreset(page, id) {
  await page.getByTestId("new").click();
  await page.getByTestId(`new-preset-${id}`).click();
}

/** Exports `key` from the Export menu; returns the file name and text. */
async function exportFile(page, key) {
  await page.getByTestId("export").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId(`export-${key}`).click(),
  ]);
  const bytes = await readFile(await download.path());
  return { name: download.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** Chooses a file in the hidden file input. */
async function importFile(page, name, text, mimeType = "application/json") {
  const buffer = Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8");
  await page.getByTestId("file-input").setInputFiles({ name, mimeType, buffer });
}

/** A small valid layout file with `extra` merged into its root. */
function layoutFile(extra = {}) {
  return {
    format: "quorumscope-layout",
    version: 1,
    name: "Tiny",
    regions: [{ id: "r1", zones: [{ id: "z1", label: "Zone one", nodes: [{ id: "n1", kind: "master" }] }] }],
    components: [],
    ...extra,
  };
}

test("export the layout file, then import it: the same design comes back", async ({ page }) => {
  await openFresh(page);
  await openPreset(page, "masters-one-region");
  const before = await design(page);
  expect(before.name).not.toBe(SAMPLE);
  const file = await exportFile(page, "layout");
  expect(file.name).toMatch(/\.json$/);
  expect(JSON.parse(file.text).format).toBe("quorumscope-layout");

  await page.getByTestId("new").click();
  await page.getByTestId("new-empty").click();
  await expect(nodes(page)).toHaveCount(0);

  await importFile(page, file.name, file.text);
  await expectDesign(page, before);
  await expect(notice(page)).toContainText(`Opened "${file.name}"`);
  // Exporting again writes the very same file.
  expect((await exportFile(page, "layout")).text).toBe(file.text);
  // The import is one undoable step.
  await page.getByTestId("undo").click();
  await expect(nodes(page)).toHaveCount(0);
});

test("export the SVG picture, then import it: the design comes back; labels are escaped", async ({ page }) => {
  await openFresh(page);
  const tricky = layoutFile({ name: "Escapes <&>" });
  tricky.regions[0].zones[0].label = 'Zone <b>"A"</b> & co';
  tricky.regions[0].zones[0].nodes[0].label = "<script>alert(1)</script>";
  await importFile(page, "tricky.json", JSON.stringify(tricky));
  await expect(designName(page)).toHaveValue("Escapes <&>");
  const before = await design(page);

  const svg = await exportFile(page, "svg");
  expect(svg.name).toBe("escapes.svg");
  expect(svg.text).toContain('<metadata id="quorumscope-layout"');
  expect(svg.text).not.toContain("<script>");
  expect(svg.text).not.toContain("<b>");
  expect(svg.text).toContain("&lt;script&gt;");

  await page.getByTestId("new").click();
  await page.getByTestId("new-sample").click();
  await expect(designName(page)).toHaveValue(SAMPLE);
  await importFile(page, svg.name, svg.text, "image/svg+xml");
  await expectDesign(page, before);
  expect((await exportFile(page, "layout")).text).toContain("<script>alert(1)</script>");
});

test("PNG, heatmap, design review and DC/OS artifacts download", async ({ page }) => {
  await openFresh(page);
  const stem = "masters-and-agents-across-three-zones";

  const png = await exportFile(page, "png");
  expect(png.name).toBe(`${stem}.png`);
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  expect(width).toBeGreaterThan(200);
  expect(height).toBeGreaterThan(100);

  const heat = await exportFile(page, "heatmap");
  expect(heat.name).toBe(`${stem}-heatmap.svg`);
  expect(heat.text).toContain("<svg");

  const md = await exportFile(page, "review-md");
  expect(md.name).toBe(`${stem}-review.md`);
  expect(md.text).toContain(SAMPLE);
  expect(md.text).toContain("QS206");

  const html = await exportFile(page, "review-html");
  expect(html.name).toBe(`${stem}-review.html`);
  expect(html.text.toLowerCase()).toContain("<!doctype html");
  expect(html.text).toContain("QS206");

  const artifacts = await exportFile(page, "artifacts");
  expect(artifacts.name).toBe(`${stem}-dcos.json`);
  expect(JSON.parse(artifacts.text).fault_domains.length).toBeGreaterThan(0);
});

// Each bad file: what it is, and a piece of the message that must show.
const BAD_FILES = [
  ["truncated.json", () => JSON.stringify(layoutFile()).slice(0, 60), /at line 1, column \d+/],
  ["wrong-types.json", () => JSON.stringify(layoutFile({ name: 42, regions: "many" })), /at \$\.name/],
  [
    "unknown-refs.json",
    () => JSON.stringify(layoutFile({ components: [{ id: "zk", kind: "quorum", members: ["nope"] }] })),
    /nope/,
  ],
  ["too-new.json", () => JSON.stringify(layoutFile({ version: 2 })), /version 2.*up to 1/],
  ["picture.svg", () => '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', /no Quorumscope layout/],
];

test("each bad file shows every error with its location and leaves the design intact", async ({ page }) => {
  await openFresh(page);
  await openPreset(page, "masters-one-zone");
  const before = await design(page);
  for (const [name, make, detail] of BAD_FILES) {
    await importFile(page, name, make(), name.endsWith(".svg") ? "image/svg+xml" : "application/json");
    await expect(notice(page)).toHaveAttribute("role", "alert");
    await expect(notice(page)).toContainText(`"${name}" cannot be opened`);
    await expect(notice(page).locator(".notice-details")).toContainText(detail);
    await expectDesign(page, before);
    await page.locator(".notice-close").click();
  }
  // Wrong types: every problem is listed, not just the first.
  await importFile(page, "wrong-types.json", BAD_FILES[1][1]());
  // Reading the file is asynchronous: wait for the message before counting.
  await expect(notice(page).locator(".notice-details li").nth(1)).toBeVisible();
  expect(await notice(page).locator(".notice-details li").count()).toBeGreaterThan(1);
});

test("a file over 5 MB is refused before it is read", async ({ page }) => {
  await openFresh(page);
  const before = await design(page);
  const huge = Buffer.alloc(5 * 1024 * 1024 + 1, 0x20);
  await importFile(page, "huge.json", huge);
  await expect(notice(page)).toContainText('"huge.json" is 5.0 MB (5,242,881 bytes)');
  await expect(notice(page)).toContainText("limited to 5.0 MB (5,242,880 bytes)");
  await expectDesign(page, before);
});

test("a layout file dropped on the page opens", async ({ page }) => {
  await openFresh(page);
  const text = JSON.stringify(layoutFile({ name: "Dropped" }));
  const dt = await page.evaluateHandle((t) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], "dropped.json", { type: "application/json" }));
    return dt;
  }, text);
  await page.dispatchEvent("main", "dragover", { dataTransfer: dt });
  await expect(page.getByTestId("drop-overlay")).toBeVisible();
  await page.dispatchEvent("main", "drop", { dataTransfer: dt });
  await expect(page.getByTestId("drop-overlay")).toHaveCount(0);
  await expect(designName(page)).toHaveValue("Dropped");
  await expect(nodes(page)).toHaveCount(1);
});

/** The share link of a preset, made in its own browser context. */
async function presetLink(browser, id) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto("/");
  await openPreset(page, id);
  const name = await designName(page).inputValue();
  await page.getByTestId("share").click();
  const link = await page.getByTestId("share-link").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#qs1\./);
  // The link is shown and copied, not left in the address bar (a later reload would offer a stale copy).
  expect(new URL(page.url()).hash).toBe("");
  expect(link.length).toBeLessThan(8 * 1024);
  await context.close();
  expect(errors).toEqual([]);
  return { link, name };
}

test("a share link opens the design in a fresh page", async ({ page, browser }) => {
  const { link, name } = await presetLink(browser, "masters-across-regions");
  await page.goto(link);
  await expect(designName(page)).toHaveValue(name);
  await expect(notice(page)).toContainText("Opened the shared design");
  // The fragment is cleared, so a reload does not ask again.
  expect(new URL(page.url()).hash).toBe("");
  await page.reload();
  await expect(designName(page)).toHaveValue(name);
  await expect(page.getByTestId("confirm")).toHaveCount(0);
});

test("a share link asks first when there is unsaved work", async ({ page, browser }) => {
  const { link, name } = await presetLink(browser, "single-zone");
  await openFresh(page);
  await designName(page).fill("My own work");
  await designName(page).press("Enter");
  const hash = new URL(link).hash;
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(page.getByTestId("confirm")).toContainText(name);
  await page.getByTestId("confirm-no").click();
  await expect(designName(page)).toHaveValue("My own work");

  await page.evaluate((h) => (location.hash = h), hash);
  await page.getByTestId("confirm-yes").click();
  await expect(designName(page)).toHaveValue(name);
});

test("garbled, truncated and too-new links say so and change nothing", async ({ page, browser }) => {
  const { link } = await presetLink(browser, "masters-across-zones");
  const payload = new URL(link).hash;
  const bad = [
    ["#qs1.!!!!not*base64", /garbled/],
    [payload.slice(0, Math.floor(payload.length / 2)), /cut short|corrupt/],
    ["#qs2.eJzLSM3JyQcABiwCFQ", /newer Quorumscope \(link version 2\).*reads version 1/],
  ];
  // In a fresh page: the sample stays.
  await page.goto(`/${bad[0][0]}`);
  await expect(notice(page)).toContainText("This share link cannot be opened");
  await expect(designName(page)).toHaveValue(SAMPLE);
  // While working on a design: it stays.
  await openPreset(page, "masters-one-region");
  const before = await design(page);
  for (const [hash, message] of bad) {
    await page.evaluate((h) => (location.hash = h), hash);
    await expect(notice(page)).toHaveAttribute("role", "alert");
    await expect(notice(page)).toContainText(message);
    await expectDesign(page, before);
    await page.locator(".notice-close").click();
  }
});

test("a design too large for a link says so and offers the layout file", async ({ page }) => {
  await openFresh(page);
  // Random text does not compress: a name of 12,000 such characters cannot fit in 8 KB.
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let name = "";
  for (let i = 0; i < 12000; i++) name += alphabet[Math.floor(Math.random() * alphabet.length)];
  await importFile(page, "large.json", JSON.stringify(layoutFile({ name })));
  await expect(nodes(page)).toHaveCount(1);
  await page.getByTestId("share").click();
  await expect(notice(page)).toContainText("too large for a share link");
  await expect(page.getByTestId("share-panel")).toContainText("under 8 KB");
  expect(new URL(page.url()).hash).toBe("");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("share-export-file").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
});

// Each preset: a piece of its note and the finding codes of its caveats.
const PRESETS = [
  ["single-zone", "single point of failure", ["QS302"]],
  ["masters-one-zone", "stops app updates", ["QS102"]],
  ["masters-across-zones", "split", ["QS206"]],
  ["masters-one-region", "advises against agents spanning regions", ["QS406", "QS206"]],
  ["masters-across-regions", "dedicated private links", ["QS108", "QS103", "QS406", "QS206"]],
];

test("every preset opens from New with its note, and its caveats show as findings", async ({ page }) => {
  await openFresh(page);
  for (const [id, note, codes] of PRESETS) {
    await openPreset(page, id);
    await expect(notice(page)).toContainText(note);
    for (const code of codes) {
      await expect(page.getByTestId("finding").filter({ hasText: code }).first()).toBeVisible();
    }
  }
});

test("the Export menu and the share panel close on Escape or a click elsewhere", async ({ page }) => {
  await openFresh(page);
  await page.getByTestId("export").click();
  await expect(page.getByTestId("export-png")).toBeVisible();
  await page.locator(".app-header h1").click();
  await expect(page.getByTestId("export-png")).toHaveCount(0);
  await page.getByTestId("share").click();
  await expect(page.getByTestId("share-link")).toBeVisible();
  await page.getByTestId("share-link").press("Escape");
  await expect(page.getByTestId("share-panel")).toHaveCount(0);
});
