// Trunk post_build hook: puts the sha256 of every inline <script> of the staged
// index.html into its Content-Security-Policy, replacing 'sha256-TRUNK_LOADER'.
// Fails the build when the placeholder or the loader is missing.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs: TRUNK_STAGING_DIR is not set (run by trunk as a post_build hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const placeholder = "'sha256-TRUNK_LOADER'";
if (!html.includes(placeholder)) {
  console.error(`csp.mjs: ${placeholder} not found in index.html`);
  process.exit(1);
}
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
);
if (hashes.length === 0) {
  console.error("csp.mjs: no inline loader script found in index.html");
  process.exit(1);
}
const out = html.replaceAll(placeholder, hashes.join(" "));
if (!/<meta\s+http-equiv="Content-Security-Policy"[^>]*'sha256-[A-Za-z0-9+/=]{44}'/.test(out)) {
  console.error("csp.mjs: the Content-Security-Policy meta tag did not receive the loader hash");
  process.exit(1);
}
writeFileSync(file, out);
console.log(`csp.mjs: script-src allows ${hashes.length} inline script(s): ${hashes.join(" ")}`);
