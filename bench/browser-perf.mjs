#!/usr/bin/env node
// Browser benchmark: how the page copes with long articles, measured in the
// system Chromium against a release build.
//
//   node bench/browser-perf.mjs [--dist DIR] [--sizes 100k,1m,5m]
//        [--timeout SECONDS] [--presses N] [--annotations N] [--profile DIR]
//        [--query STRING]
//
// For each size it pastes a generated article (bench/article-gen.mjs) and
// measures, in the page with performance.now():
//   shown     click on "Annotate" -> last sentence in the DOM -> the next
//             animation frame -> the task after it (the frame has painted);
//   toggle    keydown of "c" -> the sentence's class has t-claim (or lost it)
//             -> next animation frame -> painted; median and p95 over N
//             sentences, each tagged and untagged again;
//   move      keydown of "j" -> the next sentence has aria-current, painted;
//   mutations DOM mutations inside #article, and elsewhere in the page, that
//             one toggle causes (one sentence changing = 2: class, glyphs);
//   memory    JS heap (CDP Performance.getMetrics after a GC), wasm linear
//             memory, DOM nodes;
//   restore   the same article stored with N annotations (native format,
//             under storage.rs's keys), reloaded: navigation start -> last
//             sentence shown and painted, and -> every panel row present;
//             then toggles again with those annotations in place.
// A page that virtualises the article should put data-virtual on #article:
// the visible sentences then count as shown. Every step has a time limit; a
// step that runs over is reported as "did not finish in N s": a toggle pass
// keeps the samples it has and the size goes on, any other step skips the
// rest of its size; the whole run is bounded too. With --profile DIR it also writes CPU profiles of the annotate,
// toggle and restore steps to DIR and prints where the time went. --query
// appends a query string to the page's address (for switches a build reads).
//
// The release bundle is built (trunk build --release) when DIR is missing.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join, dirname, resolve, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { serve, launch } from "../tests/browser/harness.mjs";
import { generateArticle, parseSize } from "./article-gen.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

// ---------------------------------------------------------------- options
function options(argv) {
  const o = {
    dist: join(root, "dist-release"),
    sizes: ["100k", "1m", "5m"],
    timeout: 120,
    presses: 20,
    annotations: 5000,
    profile: null,
    query: "",
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    switch (flag) {
      case "--dist": o.dist = resolve(value()); break;
      case "--sizes": o.sizes = value().split(",").filter(Boolean); break;
      case "--timeout": o.timeout = Number(value()); break;
      case "--presses": o.presses = Number(value()); break;
      case "--annotations": o.annotations = Number(value()); break;
      case "--profile": o.profile = resolve(value()); break;
      case "--query": o.query = value().replace(/^\?/, ""); break;
      case "-h": case "--help":
        console.log("node bench/browser-perf.mjs [--dist DIR] [--sizes 100k,1m,5m] [--timeout S] [--presses N] [--annotations N] [--profile DIR] [--query STRING]");
        process.exit(0);
      default:
        throw new Error(`unknown option ${argv[i]}`);
    }
  }
  return o;
}

// ------------------------------------------------------------------ build
function ensureBuild(dist) {
  if (existsSync(join(dist, "index.html"))) return;
  console.error(`${dist} is missing: building the release bundle (about 10 minutes on two cores)…`);
  const r = spawnSync(
    "bash",
    ["-c", `source scripts/env.sh && trunk build --release --dist "$1"`, "build", dist],
    { cwd: root, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status !== 0 || !existsSync(join(dist, "index.html"))) {
    throw new Error(`trunk build --release --dist ${dist} failed (exit ${r.status})`);
  }
}

// ---------------------------------------------------------------- helpers
class Timeout extends Error {}

function within(promise, seconds, what) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Timeout(`${what}: did not finish in ${seconds} s`)), seconds * 1000);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  // Nearest rank: p95 of 40 samples is the 38th.
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x.toFixed(1)) : "–");
const mb = (x) => (Number.isFinite(x) ? (x / 1048576).toFixed(1) : "–");

// ---------------------------------------------------- code run in the page
// Installed before the page's own scripts: remembers the wasm exports (for
// the size of linear memory) and, on a reload the benchmark asked for,
// watches for the restored article from the very start of navigation.
const INIT = `(() => {
  const b = (window.__bench = {});
  addEventListener("TrunkApplicationStarted", (e) => {
    b.wasm = e.detail && e.detail.wasm;
    b.started = performance.now();
  });
  b.afterPaint = (fn) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = fn;
    ch.port2.postMessage(0);
  };
  // The article counts as shown when its last sentence is in the DOM, or,
  // should the page ever virtualise the list, when it says so and shows any.
  b.shown = (last) => {
    const a = document.getElementById("article");
    if (!a) return false;
    if (a.hasAttribute("data-virtual")) return !!a.querySelector(".s");
    const all = a.getElementsByClassName("s");
    const el = all[all.length - 1];
    return !!el && el.textContent === last;
  };
  let watch;
  try { watch = JSON.parse(sessionStorage.getItem("bench/restore") || "null"); } catch {}
  if (!watch) return;
  sessionStorage.removeItem("bench/restore");
  const r = (b.restore = { done: false });
  const rows = document.getElementsByClassName("annotation");
  const mo = new MutationObserver(() => check());
  const check = () => {
    const now = performance.now();
    if (r.dom === undefined && b.shown(watch.last)) {
      r.dom = now;
      requestAnimationFrame(() => {
        r.raf = performance.now();
        b.afterPaint(() => { r.paint = performance.now(); finish(); });
      });
    }
    // A panel that lists a page of rows with a "Show more" button counts as
    // complete once that page is there.
    const paged = rows.length > 0 && document.querySelector(".panel button.more");
    if (r.rows === undefined && (rows.length >= watch.rows || paged)) r.rows = now;
    finish();
  };
  const finish = () => {
    if (r.paint !== undefined && r.rows !== undefined && !r.done) {
      r.done = true;
      mo.disconnect();
      const nav = performance.getEntriesByType("navigation")[0];
      r.responseEnd = nav && nav.responseEnd;
      r.domContentLoaded = nav && nav.domContentLoadedEventEnd;
      r.started = b.started;
    }
  };
  mo.observe(document, { childList: true, subtree: true });
})();`;

/** Pastes the article into the editor and times the click on "Annotate". */
async function pasteAndAnnotate(page, text, last) {
  await page.evaluate((text) => {
    const ta = document.getElementById("article-text");
    ta.value = text;
    ta.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  return page.evaluate(
    (last) =>
      new Promise((resolve) => {
        const b = window.__bench;
        const button = [...document.querySelectorAll("button")].find((x) => x.textContent.trim() === "Annotate");
        const r = {};
        let done = false;
        const check = () => {
          if (done || !b.shown(last)) return;
          done = true;
          r.dom = performance.now() - t0;
          mo.disconnect();
          requestAnimationFrame(() => {
            r.raf = performance.now() - t0;
            b.afterPaint(() => {
              r.paint = performance.now() - t0;
              resolve(r);
            });
          });
        };
        const mo = new MutationObserver(check);
        mo.observe(document.body, { childList: true, subtree: true });
        const t0 = performance.now();
        button.click();
        r.handler = performance.now() - t0;
        check();
      }),
    last,
  );
}

/**
 * Arms a probe in the page for the next key press: it records the keydown,
 * waits until `done(el)` holds for sentence `i`, then for the next frame and
 * the task after it, and counts DOM mutations until 100 ms later.
 */
async function armProbe(page, i, kind) {
  await page.evaluate(
    ([i, kind]) => {
      const b = window.__bench;
      const conditions = {
        on: () => document.getElementById(`s${i}`)?.classList.contains("t-claim"),
        off: () => document.getElementById(`s${i}`)?.classList.contains("t-claim") === false,
        move: () => document.getElementById(`s${i}`)?.getAttribute("aria-current") === "true",
      };
      const ready = conditions[kind];
      b.probe = new Promise((resolve) => {
        const article = document.getElementById("article");
        let t0 = null;
        let stamp = null;
        let done = false;
        const inArticle = [];
        const elsewhere = [];
        const keydown = (e) => {
          t0 = performance.now();
          stamp = e.timeStamp;
        };
        addEventListener("keydown", keydown, { capture: true, once: true });
        const mo = new MutationObserver((records) => {
          for (const rec of records) (article.contains(rec.target) ? inArticle : elsewhere).push(rec);
          check();
        });
        mo.observe(document.body, { subtree: true, attributes: true, childList: true, characterData: true });
        const giveUp = setTimeout(() => {
          mo.disconnect();
          resolve({ timeout: true });
        }, 30000);
        const describe = (recs) => {
          const targets = new Set();
          for (const rec of recs) {
            const el = rec.target.nodeType === 1 ? rec.target : rec.target.parentElement;
            targets.add(el?.id || el?.className || el?.nodeName);
          }
          return [...targets].slice(0, 8);
        };
        const check = () => {
          if (done || t0 === null || !ready()) return;
          done = true;
          const dom = performance.now();
          requestAnimationFrame(() => {
            const raf = performance.now();
            b.afterPaint(() => {
              const paint = performance.now();
              setTimeout(() => {
                for (const rec of mo.takeRecords()) (article.contains(rec.target) ? inArticle : elsewhere).push(rec);
                mo.disconnect();
                clearTimeout(giveUp);
                resolve({
                  dom: dom - t0,
                  raf: raf - t0,
                  paint: paint - t0,
                  sinceEvent: paint - stamp,
                  // The frame that paints the change began within one
                  // 60 Hz frame of the key event: nothing the page did
                  // made the browser skip a frame.
                  nextFrame: raf - stamp <= 1000 / 60,
                  inArticle: inArticle.length,
                  elsewhere: elsewhere.length,
                  targets: describe(inArticle),
                });
              }, 100);
            });
          });
        };
        b.check = check;
      });
    },
    [i, kind],
  );
}

async function press(page, key, i, kind) {
  await armProbe(page, i, kind);
  await page.keyboard.press(key);
  // A change that happened during the key press itself is caught here.
  await page.evaluate(() => window.__bench.check());
  return page.evaluate(() => window.__bench.probe);
}

/**
 * Puts the cursor on sentence `i` with a click, as a person would. When the
 * page draws only the chunks near the view, it first scrolls the chunk that
 * holds the sentence (its `data-first` is the first sentence it holds) into
 * view and waits for the sentence to be drawn.
 */
async function placeCursor(page, i) {
  await page.evaluate(
    (i) =>
      new Promise((resolve) => {
        const click = () => {
          document.getElementById(`s${i}`).click();
          requestAnimationFrame(() => requestAnimationFrame(resolve));
        };
        if (document.getElementById(`s${i}`)) return click();
        const chunk = [...document.querySelectorAll("#article [data-first]")]
          .filter((c) => Number(c.dataset.first) <= i)
          .pop();
        chunk.scrollIntoView();
        const wait = () => (document.getElementById(`s${i}`) ? click() : requestAnimationFrame(wait));
        wait();
      }),
    i,
  );
}

/** How many sentences the article has, drawn or not. */
function sentenceCount(page) {
  return page.evaluate(() => {
    const a = document.getElementById("article");
    return Number(a.dataset.sentences ?? a.querySelectorAll(".s").length);
  });
}

/**
 * Tags and untags sentences spread over the article with "c", then moves on
 * with "j"; stops early when `budget` seconds are spent.
 */
async function toggles(page, count, presses, budget, out) {
  Object.assign(out, { on: [], off: [], move: [], first: null, errors: [] });
  const started = Date.now();
  for (let k = 0; k < presses; k++) {
    if ((Date.now() - started) / 1000 > budget) {
      out.errors.push(`stopped after ${k} of ${presses} sentences: over ${budget} s`);
      break;
    }
    const i = Math.min(count - 2, Math.floor(((k + 0.5) * count) / presses));
    await placeCursor(page, i);
    const on = await press(page, "c", i, "on");
    const off = await press(page, "c", i, "off");
    const move = await press(page, "j", i + 1, "move");
    for (const [list, r, what] of [[out.on, on, "tag"], [out.off, off, "untag"], [out.move, move, "move"]]) {
      if (r.timeout) out.errors.push(`${what} of sentence ${i} not seen within 30 s`);
      else list.push(r);
    }
    out.first ??= on.timeout ? null : on;
  }
  return out;
}

async function memory(page, cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
  const wasm = await page.evaluate(() => window.__bench.wasm?.memory?.buffer?.byteLength ?? null);
  return { heap: m.JSHeapUsedSize, nodes: m.Nodes, wasm };
}

/**
 * Replaces the stored document with the same article carrying `n`
 * annotations: one per sentence spread evenly, or runs of 1, 2, 3…
 * sentences when the article has fewer than `n`. Offsets in code points, as
 * the native format counts; the stored record leaves out the covered text,
 * which the page recomputes. Tags are quote
 * and warning only, so the claim key still has something to add.
 */
async function storeAnnotations(page, n) {
  return page.evaluate((n) => {
    // Storage schema v2 (src/domain/migrate.rs): the open id as plain text,
    // a compact record per article, the text once under its fingerprint.
    const current = localStorage.getItem("marginalia/v2/current");
    const key = `marginalia/v2/doc/${current}`;
    const doc = JSON.parse(localStorage.getItem(key));
    // Sentence spans from the DOM: the article shows the text whole, gaps
    // included, so walking its nodes gives UTF-16 and code point offsets.
    const spans = [];
    let u16 = 0;
    let cp = 0;
    const cps = (s) => {
      let c = s.length;
      for (let i = 0; i < s.length; i++) {
        const x = s.charCodeAt(i);
        if (x >= 0xdc00 && x <= 0xdfff) c--;
      }
      return c;
    };
    // A page that draws only the chunks near the view draws them all for
    // printing: ask for that, so every sentence can be walked.
    dispatchEvent(new Event("beforeprint"));
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 1 && child.classList.contains("s")) {
          const t = child.textContent;
          spans.push([u16, u16 + t.length, cp, cp + cps(t)]);
          u16 += t.length;
          cp += cps(t);
        } else if (child.nodeType === 1) {
          walk(child);
        } else if (child.nodeType === 3) {
          u16 += child.data.length;
          cp += cps(child.data);
        }
      }
    };
    walk(document.getElementById("article"));
    dispatchEvent(new Event("afterprint"));
    const pairs = [];
    if (spans.length >= n) {
      for (let k = 0; k < n; k++) pairs.push([Math.floor((k * spans.length) / n), 0]);
    } else {
      for (let len = 0; pairs.length < n && len < spans.length; len++) {
        for (let i = 0; i + len < spans.length && pairs.length < n; i++) pairs.push([i, len]);
      }
    }
    // No stored claim: "c" then toggles cleanly on any sentence, overlapping
    // runs included.
    const tags = [["quote"], ["warning"], ["warning", "quote"]];
    const stamp = "2026-02-01T12:00:00.000Z";
    doc.annotations = pairs.map(([i, len], k) => {
      const [, , s] = spans[i];
      const [, , , e] = spans[i + len];
      return {
        id: `a-bench-${String(k).padStart(5, "0")}`,
        start: s,
        end: e,
        tags: tags[k % tags.length],
        note: k % 4 === 0 ? `Check this against the ministry's figures (${k}).` : "",
        speaker: k % 3 === 0 ? "Amara Okafor" : null,
        origin: "manual",
        created: stamp,
        updated: stamp,
      };
    });
    doc.annotations.sort((x, y) => x.start - y.start || x.end - y.end);
    const json = JSON.stringify(doc);
    try {
      localStorage.setItem(key, json);
    } catch (e) {
      return { error: `${e.name}: storing ${(json.length / 1048576).toFixed(1)} M characters` };
    }
    return { chars: json.length, annotations: doc.annotations.length, sentences: spans.length };
  }, n);
}

async function statusText(page) {
  return page.evaluate(() => ({
    info: document.querySelector('[role="status"]')?.textContent ?? "",
    error: document.querySelector('[role="alert"]')?.textContent ?? "",
  }));
}

// ------------------------------------------------------------ profiling
async function startProfile(browser, page, cdp) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  await browser.startTracing(page, {
    categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute"],
  });
}

async function stopProfile(browser, cdp, dir, name) {
  const { profile } = await cdp.send("Profiler.stop");
  const trace = JSON.parse((await browser.stopTracing()).toString());
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  return { cpu: summariseProfile(profile), trace: summariseTrace(trace) };
}

/** Self time by function, and by kind: wasm, JS glue, GC, the browser. */
function summariseProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const node = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(node, (self.get(node) ?? 0) + dt);
  }
  const fns = new Map();
  const kinds = new Map();
  for (const [node, t] of self) {
    const f = node.callFrame;
    const kind = f.url.endsWith(".wasm") || f.url.startsWith("wasm://")
      ? "wasm"
      : f.url.endsWith(".js")
        ? "JS glue (wasm-bindgen)"
        : f.url
          ? "page JS"
          : f.functionName || "(native)";
    kinds.set(kind, (kinds.get(kind) ?? 0) + t);
    const name = `${f.functionName || "(anonymous)"} ${f.url ? `[${basename(f.url)}]` : ""}`.trim();
    fns.set(name, (fns.get(name) ?? 0) + t);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { kinds: top(kinds, 8), functions: top(fns, 25) };
}

/** Inclusive time of the renderer main thread's rendering phases. */
function summariseTrace(trace) {
  const events = trace.traceEvents ?? trace;
  const names = new Set([
    "FunctionCall", "EventDispatch", "RunMicrotasks", "TimerFire", "FireAnimationFrame",
    "UpdateLayoutTree", "Layout", "PrePaint", "Paint", "Layerize", "Commit", "ParseHTML",
    "MinorGC", "MajorGC", "V8.GC_MC_BACKGROUND_MARKING", "v8.compile", "v8.compileModule",
    "v8.wasm.compileLazy", "HitTest", "ScrollLayer",
  ]);
  const sum = new Map();
  for (const e of events) {
    if (e.ph !== "X" || !names.has(e.name)) continue;
    sum.set(e.name, (sum.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
  }
  return [...sum].sort((a, b) => b[1] - a[1]);
}

/** Profiles five tag-untag pairs on one sentence. */
async function profileToggles(browser, page, cdp, o, count, name) {
  const i = Math.floor(count / 3);
  await placeCursor(page, i);
  await startProfile(browser, page, cdp);
  for (let k = 0; k < 5; k++) {
    await press(page, "c", i, "on");
    await press(page, "c", i, "off");
  }
  printProfile(`${name} (5 tag + 5 untag presses)`, await stopProfile(browser, cdp, o.profile, name));
}

function printProfile(title, p) {
  console.log(`\n${title}`);
  console.log("  CPU self time by kind (ms):", p.cpu.kinds.map(([k, t]) => `${k} ${t.toFixed(0)}`).join(", "));
  console.log("  top functions by self time (ms):");
  for (const [f, t] of p.cpu.functions) console.log(`    ${t.toFixed(1).padStart(9)}  ${f}`);
  console.log("  trace, inclusive (ms):", p.trace.map(([k, t]) => `${k} ${t.toFixed(0)}`).join(", "));
}

/** A step that ran over its time is noted, and the size goes on. */
const soft = (r) => (e) => {
  if (!(e instanceof Timeout)) throw e;
  r.notes.push(e.message);
};

// ------------------------------------------------------------- one size
async function runSize(o, server, label) {
  const bytes = parseSize(label);
  const { text, last } = generateArticle(bytes);
  const r = { label, bytes: Buffer.byteLength(text), notes: [] };
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(INIT);
    const page = await context.newPage();
    const problems = [];
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text().slice(0, 200)}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.goto(o.query ? `${server.url}?${o.query}` : server.url);
    await page.locator("#article-text").waitFor();

    // Annotate.
    if (o.profile) await startProfile(browser, page, cdp);
    r.shown = await within(pasteAndAnnotate(page, text, last), o.timeout, "shown");
    if (o.profile) printProfile(`${label}: annotate`, await stopProfile(browser, cdp, o.profile, `${label}-annotate`));
    r.sentences = await sentenceCount(page);
    const status = await statusText(page);
    if (status.error) r.notes.push(`after annotate: ${status.error.trim()}`);
    r.memory = await within(memory(page, cdp), o.timeout, "memory");

    // Toggle and move.
    // Partial results survive a time-out: they are filled in as they come.
    r.toggle = {};
    await within(toggles(page, r.sentences, o.presses, o.timeout, r.toggle), o.timeout + 120, "toggles")
      .catch(soft(r))
      .finally(() => r.notes.push(...(r.toggle.errors ?? [])));
    if (o.profile) await profileToggles(browser, page, cdp, o, r.sentences, `${label}-toggle`);

    // Restore with annotations.
    const stored = await within(storeAnnotations(page, o.annotations), o.timeout, "store annotations");
    if (stored.error) {
      r.notes.push(`restore not measured: ${stored.error}`);
    } else {
      r.stored = stored;
      await page.evaluate(
        (watch) => sessionStorage.setItem("bench/restore", JSON.stringify(watch)),
        { last, rows: stored.annotations },
      );
      if (o.profile) await startProfile(browser, page, cdp);
      await page.reload({ waitUntil: "commit" });
      r.restore = await within(
        (async () => {
          for (;;) {
            const x = await page
              .evaluate(() => ({ r: window.__bench?.restore, now: performance.now() }))
              .catch(() => null);
            if (x?.r?.done) return x.r;
            // The article is there but the panel never lists every row.
            if (x?.r?.paint !== undefined && x.now > x.r.paint + 15000) return x.r;
            await new Promise((ok) => setTimeout(ok, 50));
          }
        })(),
        o.timeout,
        "restore",
      );
      if (o.profile) printProfile(`${label}: restore`, await stopProfile(browser, cdp, o.profile, `${label}-restore`));
      const after = await statusText(page);
      if (after.error) r.notes.push(`after restore: ${after.error.trim()}`);
      r.restoredMemory = await within(memory(page, cdp), o.timeout, "memory");
      const n = Math.max(2, Math.floor(o.presses / 2));
      r.toggleLoaded = {};
      await within(toggles(page, r.sentences, n, o.timeout, r.toggleLoaded), o.timeout + 120, "toggles after restore")
        .catch(soft(r))
        .finally(() => r.notes.push(...(r.toggleLoaded.errors ?? []).map((e) => `after restore: ${e}`)));
      if (o.profile) await profileToggles(browser, page, cdp, o, r.sentences, `${label}-restored-toggle`);
    }
    r.notes.push(...problems.slice(0, 3));
  } catch (e) {
    if (!(e instanceof Timeout)) throw e;
    r.notes.push(e.message);
  } finally {
    await within(browser.close(), 30, "closing the browser").catch(() => {});
  }
  return r;
}

// ------------------------------------------------------------------ table
/** How many of `xs` were painted by a frame that began within 16.7 ms of the key event. */
const nextFrames = (xs) => `${xs.filter((x) => x.nextFrame).length} of ${xs.length}`;

function table(results, o) {
  const stats = (xs, f) => {
    const v = xs.map(f);
    if (!v.length) return "–";
    return `${ms(median(v))} / ${ms(quantile(v, 0.95))} (${v.length})`;
  };
  const rows = [
    ["article (UTF-8 bytes)", (r) => `${(r.bytes / 1024).toFixed(0)} KB`],
    ["sentences", (r) => r.sentences ?? "–"],
    ["shown: click → DOM ready (ms)", (r) => ms(r.shown?.dom)],
    ["shown: click → painted (ms)", (r) => ms(r.shown?.paint)],
    ["  of which the click handler (ms)", (r) => ms(r.shown?.handler)],
    ["tag 'c' → painted, median / p95 (n) ms", (r) => (r.toggle?.on ? stats([...r.toggle.on, ...r.toggle.off], (x) => x.paint) : "–")],
    ["  → class set, median / p95 (n) ms", (r) => (r.toggle?.on ? stats([...r.toggle.on, ...r.toggle.off], (x) => x.dom) : "–")],
    ["  painted by a frame begun ≤ 16.7 ms after the key", (r) => (r.toggle?.on ? nextFrames([...r.toggle.on, ...r.toggle.off]) : "–")],
    ["move 'j' → painted, median / p95 (n) ms", (r) => (r.toggle?.move ? stats(r.toggle.move, (x) => x.paint) : "–")],
    ["mutations per toggle: #article / rest", (r) => (r.toggle?.first ? `${r.toggle.first.inArticle} / ${r.toggle.first.elsewhere}` : "–")],
    ["JS heap after annotate (MB)", (r) => mb(r.memory?.heap)],
    ["wasm memory after annotate (MB)", (r) => mb(r.memory?.wasm)],
    ["DOM nodes after annotate", (r) => r.memory?.nodes ?? "–"],
    [`restore, ${o.annotations} annotations: stored (M chars)`, (r) => (r.stored ? (r.stored.chars / 1048576).toFixed(1) : "–")],
    ["  navigation → article in DOM (ms)", (r) => ms(r.restore?.dom)],
    ["  navigation → article painted (ms)", (r) => ms(r.restore?.paint)],
    ["  navigation → panel rows (ms)", (r) => ms(r.restore?.rows)],
    ["  navigation → wasm started (ms)", (r) => ms(r.restore?.started)],
    ["  JS heap / wasm memory (MB)", (r) => (r.restoredMemory ? `${mb(r.restoredMemory.heap)} / ${mb(r.restoredMemory.wasm)}` : "–")],
    ["  DOM nodes", (r) => r.restoredMemory?.nodes ?? "–"],
    ["  tag → painted, median / p95 (n) ms", (r) => (r.toggleLoaded?.on ? stats([...r.toggleLoaded.on, ...r.toggleLoaded.off], (x) => x.paint) : "–")],
    ["  mutations per toggle: #article / rest", (r) => (r.toggleLoaded?.first ? `${r.toggleLoaded.first.inArticle} / ${r.toggleLoaded.first.elsewhere}` : "–")],
    ["  move 'j' → painted, median / p95 (n) ms", (r) => (r.toggleLoaded?.move ? stats(r.toggleLoaded.move, (x) => x.paint) : "–")],
  ];
  const header = ["", ...results.map((r) => r.label)];
  const body = rows.map(([name, f]) => [name, ...results.map((r) => String(f(r)))]);
  const widths = header.map((_, c) => Math.max(...[header, ...body].map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => cell.padEnd(widths[c])).join(" | ")} |`;
  console.log(line(header));
  console.log(`| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`);
  for (const row of body) console.log(line(row));
  for (const r of results) {
    for (const n of r.notes) console.log(`${r.label}: ${n}`);
    const t = r.toggle?.first;
    if (t) console.log(`${r.label}: first toggle changed ${JSON.stringify(t.targets)} in #article`);
  }
}

// ------------------------------------------------------------------- main
async function main() {
  const o = options(process.argv.slice(2));
  // The whole run is bounded whatever happens inside the browser.
  const watchdog = setTimeout(() => {
    console.error("browser-perf: overall time limit reached, giving up");
    process.exit(3);
  }, (o.sizes.length * 5 * o.timeout + 120) * 1000);
  watchdog.unref();
  ensureBuild(o.dist);
  const server = await serve(o.dist);
  const chromium = spawnSync(process.env.CHROMIUM ?? "/usr/bin/chromium", ["--version"], { encoding: "utf8" });
  console.log(`browser-perf: ${o.dist}${o.query ? `?${o.query}` : ""}, ${(chromium.stdout || "chromium").trim()}, node ${process.version}`);
  const results = [];
  try {
    for (const label of o.sizes) {
      const t = Date.now();
      const r = await runSize(o, server, label);
      console.error(`  ${label}: done in ${((Date.now() - t) / 1000).toFixed(0)} s`);
      results.push(r);
    }
  } finally {
    await server.close();
  }
  console.log("");
  table(results, o);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
