// Browser-test harness: serves the Trunk build in dist/ from 127.0.0.1 and
// drives the system Chromium through playwright-core. Every test gets a fresh
// browser context, so localStorage starts empty unless the test fills it.
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { extname, join, normalize, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { before, after } from "node:test";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const dist = join(root, "dist");
export const shared = join(root, "..", "shared");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
};

/**
 * Starts the static server for the Trunk build in `dir` (dist/ unless told);
 * resolves to its base URL and a close function.
 */
export async function serve(dir = dist) {
  dir = resolve(dir);
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${dir}/index.html is missing: run \`trunk build\` first (make test does)`);
  }
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname));
    const file = join(dir, path === "/" ? "index.html" : path);
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}

/**
 * Opens the app in a fresh context and records what would be a defect:
 * uncaught errors (a Rust panic surfaces as one) and CSP violations.
 */
export async function openApp(browser, url, options = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url);
  await page.getByLabel("Article text").or(page.locator("#article")).first().waitFor();
  return { context, page, problems };
}

/** Pastes `text` into the editor and presses "Annotate". */
export async function annotate(page, text) {
  await page.getByLabel("Article text").fill(text);
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.locator("#article .s").first().waitFor();
}

/** Drags the mouse from inside `from` to inside `to` (substrings of sentence i). */
export async function drag(page, i, from, to) {
  // Bring the sentence into view and let the page settle (chunks drawn
  // near the view, sizes of those that had only an estimate) before
  // measuring where its words are, as a person looks before dragging.
  await page.evaluate(async (i) => {
    document.getElementById(`s${i}`).scrollIntoView({ block: "center" });
    for (let k = 0; k < 3; k++) await new Promise((ok) => requestAnimationFrame(ok));
  }, i);
  const points = await page.evaluate(
    ([i, from, to]) => {
      const el = document.getElementById(`s${i}`);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, all.length]);
        all += n.data;
      }
      const at = (offset) => {
        const [node, base] = nodes.filter(([, b]) => b <= offset).pop();
        const r = document.createRange();
        r.setStart(node, offset - base);
        r.setEnd(node, offset - base + 1);
        const box = r.getBoundingClientRect();
        // Whole pixels, as a real mouse reports: Chromium starts no text
        // selection for a press at fractional coordinates sent by the driver.
        return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
      };
      return [at(all.indexOf(from) + 1), at(all.indexOf(to) + to.length - 2)];
    },
    [i, from, to],
  );
  await page.mouse.move(points[0].x, points[0].y);
  await page.mouse.down();
  await page.mouse.move(points[1].x, points[1].y, { steps: 5 });
  await page.mouse.up();
}

/**
 * Waits until `locator` matches exactly `n` elements, then asserts it: the
 * panel and other summaries follow a change one frame after the article.
 * The wait is a guard against hanging, not a speed check: a debug build on
 * a busy two-core machine once needed more than 5 s to draw a hundred rows
 * of a long article's panel.
 */
export async function countIs(locator, n, message) {
  const deadline = Date.now() + 20000;
  let count = await locator.count();
  while (count !== n && Date.now() < deadline) {
    await new Promise((ok) => setTimeout(ok, 25));
    count = await locator.count();
  }
  assert.equal(count, n, message);
}

/** The text of `text` between code point offsets, as the JSON format counts. */
export function codePointSlice(text, start, end) {
  return Array.from(text).slice(start, end).join("");
}

/**
 * The open article's stored record (schema v2: `marginalia/v2/current` holds
 * its id, `marginalia/v2/doc/<id>` its annotations without their text).
 */
export function storedRecord(page) {
  return page.evaluate(() => {
    const id = localStorage.getItem("marginalia/v2/current");
    const raw = id && localStorage.getItem(`marginalia/v2/doc/${id}`);
    return raw ? JSON.parse(raw) : null;
  });
}

/**
 * Serves dist/ and launches Chromium before a test file's tests, and stops
 * both after them. Returns an object whose `server` and `browser` are set
 * once the file's tests start.
 */
export function startApp() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
