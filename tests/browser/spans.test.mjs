// Sub-sentence spans: a mouse drag tags part of a sentence, snapped to whole
// words; nested and overlapping spans render and each stays selectable.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openApp, annotate, storedRecord, drag, countIs } from "./harness.mjs";

const ARTICLE = [
  "Harbour Talks Stall",
  "",
  "\"We will not sign this deal,\" Mayor Ana Varga told reporters on Monday. The council met later.",
].join("\n");

const env = startApp();

test("dragging across part of a sentence tags whole words only", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await drag(page, 1, "not", "deal");
  await page.getByRole("status").filter({ hasText: 'Selected "not sign this deal"' }).waitFor();
  await page.keyboard.press("q");
  const mark = page.locator("#s1 mark.p.t-quote");
  assert.equal(await mark.textContent(), "not sign this deal");
  assert.doesNotMatch(await page.locator("#s1").getAttribute("class"), /t-quote/, "the sentence itself is not tagged");
  const record = await storedRecord(page);
  assert.equal(record.annotations.length, 1);
  const [a] = record.annotations;
  assert.equal(ARTICLE.slice(a.start, a.end), "not sign this deal");
  assert.equal(await page.locator("#article").textContent(), ARTICLE, "the text is unchanged");
  assert.deepEqual(problems, []);
  await context.close();
});

test("nested and overlapping spans render and each can be selected and untagged", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await drag(page, 1, "not", "deal");
  await page.keyboard.press("q");
  await drag(page, 1, "this", "Varga");
  await page.keyboard.press("w");
  // Click the sentence away from the spans, then tag it whole.
  await page.locator("#s1").click({ position: { x: 3, y: 5 } });
  await page.keyboard.press("c");
  assert.match(await page.locator("#s1").getAttribute("class"), /t-claim/);
  const both = page.locator("#s1 mark.p.t-quote.t-warning");
  assert.equal(await both.textContent(), "this deal", "the overlap carries both tags");
  await countIs(page.locator(".annotation"), 3);

  // A click on the quote-only part selects the quote annotation: q removes it.
  await page.locator("#s1 mark.p.t-quote", { hasText: "not sign" }).first().click();
  assert.equal(await page.getByRole("button", { name: "Quote", exact: true }).getAttribute("aria-pressed"), "true");
  await page.keyboard.press("q");
  assert.equal(await page.locator("#s1 mark.p.t-quote").count(), 0);
  // The selection still marks its words, so the warning may be cut in two.
  assert.equal((await page.locator("#s1 mark.p.t-warning").allTextContents()).join(""), "this deal,\" Mayor Ana Varga");
  assert.match(await page.locator("#s1").getAttribute("class"), /t-claim/, "the sentence's own tag stays");
  // ] reaches the sub-sentence annotation too.
  await page.keyboard.press("Home");
  await page.keyboard.press("]");
  await page.keyboard.press("]");
  assert.equal(await page.getByRole("button", { name: "Warning", exact: true }).getAttribute("aria-pressed"), "true");
  assert.deepEqual(problems, []);
  await context.close();
});
