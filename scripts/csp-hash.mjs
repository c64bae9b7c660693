// Trunk post-build hook: replaces the 'sha256-LOADER' placeholder in the
// Content-Security-Policy with the hashes of the inline scripts Trunk wrote
// (its wasm loader), so the policy allows exactly that code and nothing else.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp-hash: TRUNK_STAGING_DIR is not set; run me from Trunk");
  process.exit(1);
}
const file = join(dir, "index.html");
const html = readFileSync(file, "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
if (inline.length === 0) {
  console.error("csp-hash: no inline script found; Trunk's loader changed?");
  process.exit(1);
}
const hashes = inline
  .map(([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`)
  .join(" ");
if (!html.includes("'sha256-LOADER'")) {
  console.error("csp-hash: placeholder 'sha256-LOADER' missing from index.html");
  process.exit(1);
}
writeFileSync(file, html.replace("'sha256-LOADER'", hashes));
console.log(`csp-hash: allowed ${inline.length} inline script(s): ${hashes}`);
