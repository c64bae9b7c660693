// The annotator end to end, as a person uses it: paste the sample article,
// tag by keyboard and by button, add a note, reload, export and copy.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { startApp, openApp, annotate, codePointSlice, shared, countIs } from "./harness.mjs";

const samplePath = join(shared, "samples", "news-us-iran-2026-02-01.txt");
const sample = existsSync(samplePath) ? readFileSync(samplePath, "utf8") : null;
const skipSample = sample ? false : `../shared/samples is missing (${samplePath})`;

const env = startApp();

/** Index of the sentence element whose text starts with `prefix`. */
async function sentenceIndex(page, prefix) {
  const i = await page.locator("#article .s").evaluateAll(
    (els, p) => els.findIndex((e) => e.textContent.startsWith(p)),
    prefix,
  );
  assert.ok(i >= 0, `no sentence starts with ${JSON.stringify(prefix)}`);
  return i;
}

const sentence = (page, i) => page.locator(`#s${i}`);

test("pasted article is split into sentences with headings on their own", { skip: skipSample }, async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, sample);
  const texts = await page.locator("#article .s").allTextContents();
  assert.ok(texts.length > 25, `only ${texts.length} segments`);
  assert.equal(texts[0], "US-Iran Brinkmanship Intensifies as Trump Signals Ongoing Talks");
  assert.equal(texts[1], "Published Date: 1 Feb, 2026");
  assert.match(await sentence(page, 0).getAttribute("class"), /k-heading/);
  assert.ok(texts.includes("Trump Emphasizes Negotiations Amid Armada Buildup"));
  // The article's text is shown whole and unchanged, gaps included.
  assert.equal(await page.locator("#article").textContent(), sample);
  assert.deepEqual(problems, []);
  await context.close();
});

test("keyboard tags a sentence, the same key removes it, and the panel follows", { skip: skipSample }, async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, sample);
  const trump = await sentenceIndex(page, "President Donald Trump stated");
  await sentence(page, trump - 1).click();
  await page.keyboard.press("j");
  assert.equal(await sentence(page, trump).getAttribute("aria-current"), "true");
  await page.keyboard.press("c");
  await page.keyboard.press("q");
  const cls = await sentence(page, trump).getAttribute("class");
  assert.match(cls, /t-claim/);
  assert.match(cls, /t-quote/);
  // Colour is not the only cue: the glyphs are there too.
  assert.equal(await sentence(page, trump).getAttribute("data-glyphs"), "◆❝");
  await assert.doesNotReject(page.getByRole("status").filter({ hasText: "Quote added to sentence" }).waitFor());
  await countIs(page.locator(".annotation"), 1);
  assert.equal(await page.getByRole("button", { name: "Claim", exact: true }).getAttribute("aria-pressed"), "true");

  await page.keyboard.press("c");
  assert.doesNotMatch(await sentence(page, trump).getAttribute("class"), /t-claim/);
  assert.match(await sentence(page, trump).getAttribute("class"), /t-quote/);
  await page.keyboard.press("q");
  assert.doesNotMatch(await sentence(page, trump).getAttribute("class"), /t-quote/);
  await countIs(page.locator(".annotation"), 0, "an annotation with no tag is gone");

  // Arrow keys move too; Shift extends the selection over two sentences.
  await page.keyboard.press("ArrowUp");
  assert.equal(await sentence(page, trump - 1).getAttribute("aria-current"), "true");
  await page.keyboard.press("Shift+ArrowDown");
  await page.keyboard.press("w");
  for (const i of [trump - 1, trump]) {
    assert.match(await sentence(page, i).getAttribute("class"), /t-warning/);
  }
  const span = await page.locator(".annotation .jump").textContent();
  assert.ok(span.startsWith("Tensions between"), span);
  assert.deepEqual(problems, []);
  await context.close();
});

test("buttons and shift-click tag a span of sentences", { skip: skipSample }, async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, sample);
  const k = await sentenceIndex(page, "In a public address broadcast");
  await sentence(page, k).click();
  await sentence(page, k + 1).click({ modifiers: ["Shift"] });
  await page.getByRole("button", { name: "Warning", exact: true }).click();
  assert.match(await sentence(page, k).getAttribute("class"), /t-warning/);
  assert.match(await sentence(page, k + 1).getAttribute("class"), /t-warning/);
  assert.doesNotMatch(await sentence(page, k + 2).getAttribute("class"), /t-warning/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("tags, notes and speakers survive a reload exactly", { skip: skipSample }, async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, sample);
  const k = await sentenceIndex(page, "In a public address broadcast");
  await sentence(page, k).click();
  await page.keyboard.press("c");
  await page.keyboard.press("n");
  await page.keyboard.type("Check the broadcast transcript.");
  await page.keyboard.press("Escape");
  await page.getByLabel("Speaker").fill("Ali Khamenei");
  const tagsOf = () =>
    page.locator("#article .s").evaluateAll((els) =>
      els.map((e) => [e.textContent, [...e.classList].filter((c) => c.startsWith("t-")).join(" ")]),
    );
  const before = await tagsOf();

  await page.reload();
  await page.locator("#article .s").first().waitFor();
  assert.match(await sentence(page, k).getAttribute("class"), /t-claim/);
  assert.equal(await page.getByLabel("Note").inputValue(), "Check the broadcast transcript.");
  assert.equal(await page.getByLabel("Speaker").inputValue(), "Ali Khamenei");
  assert.deepEqual(await tagsOf(), before);
  assert.equal(await page.locator("#article").textContent(), sample);
  assert.deepEqual(problems, []);
  await context.close();
});

test("Export JSON downloads the document; Copy JSON puts the same on the clipboard", { skip: skipSample }, async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url, {
    permissions: ["clipboard-read", "clipboard-write"],
  });
  await annotate(page, sample);
  const k = await sentenceIndex(page, "Khamenei Issues Stark Warning");
  await sentence(page, k + 1).click();
  await page.keyboard.press("w");
  await page.keyboard.press("c");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^us-iran-brinkmanship.*\.json$/);
  const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
  assert.equal(doc.format, "marginalia/1");
  assert.equal(doc.document.text, sample);
  assert.equal(doc.document.title, "US-Iran Brinkmanship Intensifies as Trump Signals Ongoing Talks");
  assert.ok(doc.sentences.length > 25);
  for (const s of doc.sentences) {
    assert.equal(codePointSlice(sample, s.start, s.end), s.text);
  }
  assert.equal(doc.annotations.length, 1);
  const [a] = doc.annotations;
  assert.deepEqual(a.tags, ["warning", "claim"]);
  assert.equal(a.origin, "manual");
  assert.ok(a.text.startsWith("In a public address broadcast"), a.text);
  assert.equal(codePointSlice(sample, a.start, a.end), a.text);
  assert.ok(Date.parse(a.created) > 0 && Date.parse(a.updated) > 0);

  await page.getByRole("button", { name: "Copy JSON" }).click();
  await page.getByRole("status").filter({ hasText: "copied" }).waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied.annotations, doc.annotations);
  assert.deepEqual(problems, []);
  await context.close();
});

test("offsets count code points: emoji and accents before a tagged sentence", async () => {
  const text = "Café owners 😀 cheered. \"Prices rose 5%,\" Ana said.";
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, text);
  await sentence(page, 1).click();
  await page.keyboard.press("q");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export JSON" }).click(),
  ]);
  const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
  const [a] = doc.annotations;
  assert.equal(a.text, "\"Prices rose 5%,\" Ana said.");
  // "Café owners 😀 cheered. " is 23 code points (25 UTF-16 units, 28 bytes).
  assert.equal(a.start, 23);
  assert.equal(codePointSlice(text, a.start, a.end), a.text);
  assert.deepEqual(problems, []);
  await context.close();
});
