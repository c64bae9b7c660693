// Moving work in and out of the page: every export format downloads in its
// documented shape, and imports land on the article or say why they did not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, existsSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { startApp, openApp, annotate, codePointSlice, shared, storedRecord, countIs } from "./harness.mjs";

const ARTICLE = [
  "Harbour Reopens",
  "",
  "\"We lost 12 boats,\" Mayor Ana Ruiz said on Monday. Crews warned that the sea wall could fail again.",
  "",
  "The council will vote on repairs in May.",
].join("\n");

const env = startApp();

async function download(page, label) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") };
}

async function tagged(page) {
  await annotate(page, ARTICLE);
  await page.locator("#s1").click();
  await page.keyboard.press("q");
  await page.keyboard.press("c");
  await page.getByLabel("Speaker").fill("Ana Ruiz");
  await page.locator("#s2").click();
  await page.keyboard.press("w");
}

test("W3C, CSV and Markdown exports carry the annotations", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await tagged(page);

  const w3c = await download(page, "Export W3C");
  assert.equal(w3c.name, "harbour-reopens.w3c.jsonld");
  const collection = JSON.parse(w3c.text);
  assert.equal(collection.type, "AnnotationCollection");
  const items = collection.first.items;
  assert.equal(items.length, 2);
  const quote = items.find((a) => a.body.some((b) => b.purpose === "tagging" && b.value === "quote"));
  const selectors = Object.fromEntries(quote.target.selector.map((s) => [s.type, s]));
  assert.equal(selectors.TextQuoteSelector.exact, "\"We lost 12 boats,\" Mayor Ana Ruiz said on Monday.");
  const { start, end } = selectors.TextPositionSelector;
  assert.equal(codePointSlice(ARTICLE, start, end), selectors.TextQuoteSelector.exact);
  assert.ok(quote.body.some((b) => b.value === "Ana Ruiz"));

  const csv = await download(page, "Export CSV");
  const lines = csv.text.trim().split(/\r?\n/);
  assert.match(lines[0], /^id,tags,text,speaker,note,start,end,sentence_index/);
  assert.equal(lines.length, 3);
  assert.match(csv.text, /"""We lost 12 boats,"" Mayor Ana Ruiz said on Monday\."/);

  const md = await download(page, "Export Markdown");
  assert.equal(md.name, "harbour-reopens.md");
  assert.match(md.text, /Harbour Reopens/);
  assert.match(md.text, /Ana Ruiz/);
  assert.match(md.text, /sea wall could fail again/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an exported file imports onto the same article in a fresh browser, and u undoes it", async () => {
  const first = await openApp(env.browser, env.server.url);
  await tagged(first.page);
  const native = await download(first.page, "Export JSON");
  const w3c = await download(first.page, "Export W3C");
  await first.context.close();

  const dir = mkdtempSync(join(tmpdir(), "marginalia-"));
  for (const [name, body] of [["doc.json", native.text], ["doc.jsonld", w3c.text]]) {
    writeFileSync(join(dir, name), body);
    const { context, page, problems } = await openApp(env.browser, env.server.url);
    await annotate(page, ARTICLE);
    await page.getByLabel("Import annotations…").setInputFiles(join(dir, name));
    await page.getByRole("status").filter({ hasText: `Imported ${name}: 2 annotations placed.` }).waitFor();
    assert.match(await page.locator("#s1").getAttribute("class"), /t-quote/);
    assert.match(await page.locator("#s1").getAttribute("class"), /t-claim/);
    assert.match(await page.locator("#s2").getAttribute("class"), /t-warning/);
    assert.equal(await page.getByLabel("Speaker").first().inputValue(), "Ana Ruiz");
    await page.locator("#article").focus();
    await page.keyboard.press("u");
    await countIs(page.locator(".annotation"), 0, `undo of ${name}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("a broken file is refused with its reason and changes nothing", async () => {
  const dir = mkdtempSync(join(tmpdir(), "marginalia-"));
  const bad = join(dir, "broken.json");
  writeFileSync(bad, '{"format": "marginalia/1", "document": {');
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await tagged(page);
  await page.getByLabel("Import annotations…").setInputFiles(bad);
  await page.getByRole("alert").filter({ hasText: "broken.json was not imported" }).waitFor();
  await countIs(page.locator(".annotation"), 2);
  assert.equal((await storedRecord(page)).annotations.length, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

const w3cExamples = join(shared, "interop", "w3c-model-examples.json");
test(
  "the W3C spec's examples import without failing, each skipped one listed with its reason",
  { skip: existsSync(w3cExamples) ? false : `missing ${w3cExamples}` },
  async () => {
    const { context, page, problems } = await openApp(env.browser, env.server.url);
    await annotate(page, ARTICLE);
    await page.getByLabel("Import annotations…").setInputFiles(w3cExamples);
    await page.getByRole("status").filter({ hasText: "Imported w3c-model-examples.json" }).waitFor();
    const listed = await page.getByRole("region", { name: "Annotations not imported" }).locator("li").count();
    assert.ok(listed >= 30, `only ${listed} problems listed`);
    assert.deepEqual(problems, []);
    await context.close();
  },
);
