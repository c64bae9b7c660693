// localStorage treated as a database, tested where it can fail: a full
// quota, an entry corrupted by hand, two tabs editing one article, a reload
// in the middle of a burst of edits, and a library stored by the previous
// version. Every test checks that no annotation was lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { startApp, openApp, annotate } from "./harness.mjs";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures", "storage");

const env = startApp();

/** Every stored article as { title: [annotation ids, sorted] }. */
async function storedIds(page) {
  return page.evaluate(() => {
    const out = {};
    for (const k of Object.keys(localStorage)) {
      if (!k.startsWith("marginalia/v2/doc/")) continue;
      const r = JSON.parse(localStorage.getItem(k));
      out[r.title] = r.annotations.map((a) => a.id).sort();
    }
    return out;
  });
}

/** Ids of the annotations the page shows in its panel for the open article. */
async function shownTagged(page) {
  return page.locator("#article .s").evaluateAll((els) =>
    els.filter((e) => [...e.classList].some((c) => c.startsWith("t-"))).map((e) => e.id),
  );
}

/** Tags sentence `i` with the tag bound to `key`. */
async function tag(page, i, key) {
  await page.locator(`#s${i}`).click();
  await page.keyboard.press(key);
}

const story = (name, n) =>
  [`${name} Headline`, ""].concat(Array.from({ length: n }, (_, i) => `${name} sentence number ${i + 1} says something.`)).join("\n");

test("a full quota: the page says so, keeps editing in memory, exports it all, and damages nothing stored", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, story("Kept", 4));
  await tag(page, 1, "c");
  const before = await storedIds(page);
  assert.equal(before["Kept Headline"].length, 1);

  // Fill what is left of the origin's quota with someone else's data.
  const filled = await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    let i = 0;
    for (let size = chunk.length; size >= 1; ) {
      try {
        localStorage.setItem(`filler/${i++}`, chunk.slice(0, size));
      } catch {
        size = Math.floor(size / 2);
      }
    }
    return i;
  });
  assert.ok(filled > 10);

  // Keep editing: three more tags and a note.
  await tag(page, 2, "q");
  await page.getByRole("alert").filter({ hasText: "storage for this page is full" }).waitFor();
  await tag(page, 3, "w");
  await tag(page, 4, "c");
  await page.keyboard.press("n");
  await page.keyboard.type("written while full");
  await page.keyboard.press("Escape");
  assert.deepEqual(await shownTagged(page), ["s1", "s2", "s3", "s4"]);
  await page.getByRole("region", { name: "Unsaved work" }).waitFor();
  // Nothing stored was damaged: the stored article still has its tag.
  assert.deepEqual(await storedIds(page), before);
  // The meter shows storage (nearly) full, a moment after the last write.
  await page.locator("#storage-meter").filter({ hasText: /(4\.9\d|5\.00) MB of about 5\.00 MB/ }).waitFor();

  // The offered export holds every annotation, including the unsaved ones.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("region", { name: "Unsaved work" }).getByRole("button", { name: "Export library" }).click(),
  ]);
  const backup = JSON.parse(readFileSync(await download.path(), "utf8"));
  const article = backup.articles.find((a) => a.article.document.title === "Kept Headline").article;
  assert.equal(article.annotations.length, 4);
  assert.ok(article.annotations.some((a) => a.note === "written while full"));

  // Space comes back: when the tab is hidden the page stores everything it
  // held, with no further edit.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith("filler/")) localStorage.removeItem(k);
    document.dispatchEvent(new Event("visibilitychange"));
  });
  await page.getByRole("region", { name: "Unsaved work" }).waitFor({ state: "detached" });
  assert.equal((await storedIds(page))["Kept Headline"].length, 4);
  await page.reload();
  await page.locator("#article .s").first().waitFor();
  assert.deepEqual(await shownTagged(page), ["s1", "s2", "s3", "s4"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an entry corrupted by hand is kept aside untouched, offered raw, and every other article opens", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, story("Healthy", 3));
  await tag(page, 1, "c");
  await tag(page, 2, "q");
  await page.getByRole("button", { name: "New article" }).click();
  await annotate(page, story("Broken", 3));
  await tag(page, 1, "w");
  await page.getByRole("button", { name: "New article" }).click();
  const bad = '{"id": "cut off in the mid';
  const key = await page.evaluate((bad) => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith("marginalia/v2/doc/") && localStorage.getItem(k).includes("Broken Headline"),
    );
    localStorage.setItem(key, bad);
    return key;
  }, bad);

  await page.reload();
  await page.getByRole("alert").filter({ hasText: "could not be read" }).waitFor();
  const aside = page.getByRole("region", { name: "Unreadable entries" });
  await aside.waitFor();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("marginalia/v2/unreadable/"))
      .map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(kept, [bad]);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), key), null);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    aside.getByRole("button", { name: "Download raw" }).click(),
  ]);
  assert.equal(readFileSync(await download.path(), "utf8"), bad);

  // The healthy article still opens with both annotations.
  await page.getByRole("button", { name: "Healthy Headline", exact: true }).click();
  assert.deepEqual(await shownTagged(page), ["s1", "s2"]);
  // Reloading again keeps the set-aside copy as it was.
  await page.reload();
  await page.locator("#article .s").first().waitFor();
  assert.deepEqual(
    await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith("marginalia/v2/unreadable/"))
        .map((k) => localStorage.getItem(k)),
    ),
    [bad],
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("two pages editing the same article: both see every annotation, none is dropped", async () => {
  const { context, page: one, problems } = await openApp(env.browser, env.server.url);
  await annotate(one, story("Shared", 6));
  await tag(one, 1, "c");
  const two = await context.newPage();
  const problemsTwo = [];
  two.on("pageerror", (e) => problemsTwo.push(e.message));
  await two.goto(env.server.url);
  await two.locator("#s1.t-claim").waitFor();

  // Edits interleaved without waiting for the other tab to catch up.
  await tag(one, 2, "q");
  await tag(two, 3, "w");
  await tag(one, 4, "c");
  await tag(two, 5, "q");
  await tag(two, 6, "c");

  const expected = ["s1", "s2", "s3", "s4", "s5", "s6"];
  for (const p of [one, two]) {
    await p.waitForFunction(
      (n) => document.querySelectorAll("#article .s[class*='t-']").length === n,
      expected.length,
    );
    assert.deepEqual(await shownTagged(p), expected);
  }
  assert.equal((await storedIds(one))["Shared Headline"].length, 6);

  // A note written in one page, then rewritten in the other, ends the same
  // in both and in storage.
  const first = await one.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith("marginalia/v2/doc/"));
    return JSON.parse(localStorage.getItem(k)).annotations.sort((a, b) => a.start - b.start)[0].id;
  });
  await one.locator(`#note-${first}`).fill("from one");
  await two.waitForFunction((id) => document.getElementById(`note-${id}`)?.value === "from one", first);
  await two.locator(`#note-${first}`).fill("from two, later");
  await one.waitForFunction((id) => document.getElementById(`note-${id}`)?.value === "from two, later", first);
  assert.equal((await storedIds(one))["Shared Headline"].length, 6);
  assert.deepEqual(problems, []);
  assert.deepEqual(problemsTwo, []);
  await context.close();
});

test("a write that finds the article changed elsewhere merges by id and reports a clash", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, story("Clash", 3));
  await tag(page, 1, "c");
  // Another tab's write, landing before this page heard of it: the same
  // annotation changed (an hour in the future, so it is the later change)
  // and a new annotation on the headline.
  await page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith("marginalia/v2/doc/"));
    const r = JSON.parse(localStorage.getItem(k));
    const later = new Date(Date.now() + 3600e3).toISOString();
    Object.assign(r.annotations[0], { note: "theirs", updated: later });
    r.annotations.push({ id: "a-foreign-1", start: 0, end: 14, tags: ["warning"], created: later, updated: later });
    localStorage.setItem(k, JSON.stringify(r));
  });
  // This page changes the same annotation (adds a quote) before it hears.
  await page.keyboard.press("q");
  await page.getByRole("status").filter({ hasText: "1 annotation was changed in both" }).waitFor();
  assert.deepEqual(await shownTagged(page), ["s0", "s1"]);
  const stored = await page.evaluate(() => {
    const k = Object.keys(localStorage).find((k) => k.startsWith("marginalia/v2/doc/"));
    return JSON.parse(localStorage.getItem(k)).annotations;
  });
  assert.deepEqual(stored.map((a) => a.tags), [["warning"], ["claim"]]);
  // The later version of the clashing annotation is the one kept, in storage
  // and in the page.
  assert.equal(stored[1].note, "theirs");
  assert.doesNotMatch(await page.locator("#s1").getAttribute("class"), /t-quote/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the library in one page follows articles added, tagged and deleted in another", async () => {
  const { context, page: one, problems } = await openApp(env.browser, env.server.url);
  const two = await context.newPage();
  await two.goto(env.server.url);
  await annotate(two, story("Elsewhere", 2));
  await tag(two, 1, "c");
  const entry = one.locator(".entry", { has: one.getByRole("button", { name: "Elsewhere Headline", exact: true }) });
  await entry.waitFor();
  assert.match(await entry.locator(".facts").textContent(), /Claim 1/);
  await tag(two, 2, "q");
  await one.waitForFunction(() => /Quote 1/.test(document.querySelector(".entry .facts")?.textContent));
  await two.getByRole("button", { name: "New article" }).click();
  await two.locator(".entry").getByRole("button", { name: "Delete" }).click();
  await entry.waitFor({ state: "detached" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a reload in the middle of a burst of edits keeps every edit made before it", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, story("Burst", 40));
  await page.locator("#s1").click();
  // Forty edits and the reload in one go, with no pause for anything to be
  // written later.
  await page.evaluate(() => {
    for (let i = 0; i < 40; i++) {
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "c", bubbles: true }));
      window.dispatchEvent(new KeyboardEvent("keydown", { key: "j", bubbles: true }));
    }
    location.reload();
  });
  await page.waitForLoadState("load");
  await page.locator("#article .s").first().waitFor();
  const expected = Array.from({ length: 40 }, (_, i) => `s${i + 1}`);
  assert.deepEqual(await shownTagged(page), expected);
  assert.equal((await storedIds(page))["Burst Headline"].length, 40);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a library stored by version 1 is migrated with every annotation", async () => {
  const v1 = JSON.parse(readFileSync(join(fixtures, "v1-library.json"), "utf8"));
  const context = await env.browser.newContext({ acceptDownloads: true });
  // Put the old library in place before the page's script runs, once.
  await context.addInitScript((entries) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    localStorage.clear();
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, v1);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(env.server.url);
  // The v1 pointer named the council story: it opens, with its annotation.
  await page.locator("#article .s").first().waitFor();
  assert.equal(await page.locator("#s0").textContent(), "Council Votes on Budget");
  assert.deepEqual(await shownTagged(page), ["s2"]);
  await page.getByRole("status").filter({ hasText: "Upgraded 3 stored articles" }).waitFor();

  const keys = await page.evaluate(() => Object.keys(localStorage).sort());
  assert.ok(keys.every((k) => !k.startsWith("marginalia/v1/")), keys.join("\n"));
  assert.deepEqual(await storedIds(page), {
    "Ports Reopen After Storm": ["a-19c1b2e3f40-3fa2c1", "a-19c1b2e3f41-000001", "a-19c1b2e3f42-000002"],
    "Council Votes on Budget": ["a-19c1b2e3f50-00000a"],
    "Untagged story.": [],
  });

  // The library shows the migrated articles, the detected date and counts.
  await page.getByRole("button", { name: "New article" }).click();
  const ports = page.locator(".entry", { has: page.getByRole("button", { name: "Ports Reopen After Storm", exact: true }) });
  assert.equal(await ports.locator(".date-field").inputValue(), "1 Feb, 2026");
  assert.match(await ports.locator(".facts").textContent(), /Claim 2.*Quote 1.*Warning 1/);
  await page.getByRole("region", { name: "Unreadable entries" }).waitFor();

  // After a reload the migrated library opens as is: note, speaker and all.
  await page.reload();
  await ports.getByRole("button", { name: "Ports Reopen After Storm", exact: true }).click();
  await page.locator("#article .s").first().waitFor();
  const quote = await page.locator("#article .s", { hasText: "We lost 12 ships" }).getAttribute("id");
  await page.locator(`#${quote}`).click();
  assert.equal(await page.locator("#note-a-19c1b2e3f40-3fa2c1").inputValue(), "Check the harbour register.");
  assert.equal(await page.locator("#speaker-a-19c1b2e3f40-3fa2c1").inputValue(), "Ana Ruiz");
  assert.deepEqual(problems, []);
  await context.close();
});
