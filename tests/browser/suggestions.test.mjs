// Suggestions in the page: provisional until the person decides; accepted
// ones become annotations, rejected ones stay rejected, both after reload.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { startApp, openApp, annotate, shared, storedRecord } from "./harness.mjs";

const ARTICLE = [
  "Harbour Talks Stall",
  "",
  "\"We will not sign this deal,\" Mayor Ana Varga told reporters on Monday. Officials warned that any strike would close the port for weeks.",
  "",
  "The council approved a budget of $4 million in March.",
].join("\n");

const env = startApp();

const classOf = (page, i) => page.locator(`#s${i}`).getAttribute("class");

/** Pastes and annotates, then waits for suggestions, which come just after
 * the article is first shown. */
async function annotateWithSuggestions(page, text) {
  await annotate(page, text);
  await page.locator("#article .s[class*='sg-']").first().waitFor();
}
const stored = storedRecord;

test("suggestions show as provisional marks that say why, and are not annotations", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotateWithSuggestions(page, ARTICLE);
  assert.match(await classOf(page, 1), /sg-quote/);
  assert.doesNotMatch(await classOf(page, 1), /t-quote/);
  assert.match(await classOf(page, 2), /sg-warning/);
  assert.match(await page.locator("#s1").getAttribute("title"), /quote: .*Varga/);
  assert.equal(await page.locator(".annotation").count(), 0, "nothing is an annotation yet");
  assert.equal((await stored(page)).annotations.length, 0);
  await page.locator("#s1").click();
  const review = page.getByRole("region", { name: "Suggestions" });
  // The review follows the selection a frame later.
  await review.locator(".suggestion", { hasText: "Varga" }).first().waitFor();
  // The toggle hides them.
  await page.getByRole("checkbox", { name: /Suggest/ }).uncheck();
  assert.doesNotMatch(await classOf(page, 1), /sg-/);
  await page.getByRole("checkbox", { name: /Suggest/ }).check();
  assert.match(await classOf(page, 1), /sg-quote/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a accepts and x rejects the selection's suggestions, and both survive a reload", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotateWithSuggestions(page, ARTICLE);
  await page.locator("#s1").click();
  await page.keyboard.press("a");
  assert.match(await classOf(page, 1), /t-quote/);
  assert.doesNotMatch(await classOf(page, 1), /sg-quote/);
  await page.keyboard.press("j");
  await page.keyboard.press("x");
  assert.doesNotMatch(await classOf(page, 2), /sg-/);
  assert.doesNotMatch(await classOf(page, 2), /t-/);

  // Undo takes an acceptance back and the suggestion waits again; redo.
  await page.keyboard.press("u");
  assert.match(await classOf(page, 1), /sg-quote/);
  await page.keyboard.press("Control+y");
  assert.match(await classOf(page, 1), /t-quote/);

  const doc = await stored(page);
  const accepted = doc.annotations.find((a) => a.tags.includes("quote"));
  assert.equal(accepted.origin, "suggested");
  assert.equal(accepted.speaker, "Ana Varga");
  assert.ok(doc.rejected_suggestions.length >= 1);

  await page.reload();
  await page.locator("#article .s").first().waitFor();
  assert.match(await classOf(page, 1), /t-quote/);
  assert.doesNotMatch(await classOf(page, 2), /sg-/, "a rejected suggestion stays rejected");
  assert.equal(await page.getByLabel("Speaker").first().inputValue(), "Ana Varga");
  assert.deepEqual(problems, []);
  await context.close();
});

test("accept all and reject all act on one tag and persist", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotateWithSuggestions(page, ARTICLE);
  const claims = await page.locator("#article .s.sg-claim").count();
  assert.ok(claims >= 2, `${claims} claim suggestions`);
  await page.getByRole("button", { name: "Accept all claims" }).click();
  assert.equal(await page.locator("#article .s.sg-claim").count(), 0);
  assert.equal(await page.locator("#article .s.t-claim").count(), claims);
  await page.getByRole("button", { name: "Reject all warnings" }).click();
  assert.equal(await page.locator("#article .s.sg-warning").count(), 0);
  await page.getByRole("button", { name: "Accept all warnings", disabled: true }).waitFor();

  await page.reload();
  await page.locator("#article .s").first().waitFor();
  assert.equal(await page.locator("#article .s.t-claim").count(), claims);
  assert.equal(await page.locator("#article .s.sg-warning").count(), 0);
  assert.equal(await page.locator("#article .s.sg-claim").count(), 0);
  const doc = await stored(page);
  assert.ok(doc.annotations.filter((a) => a.tags.includes("claim")).every((a) => a.origin === "suggested"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("who said what lists speakers; a click selects what they said", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotateWithSuggestions(page, ARTICLE);
  const panel = page.getByRole("region", { name: "Who said what" });
  await panel.getByRole("heading", { name: "Ana Varga" }).waitFor();
  await panel.getByRole("button", { name: /We will not sign/ }).click();
  assert.equal(await page.locator("#s1").getAttribute("aria-current"), "true");
  assert.deepEqual(problems, []);
  await context.close();
});

const samplePath = join(shared, "samples", "news-us-iran-2026-02-01.txt");
test(
  "the sample article: statements suggested as claims, threats as warnings, the footer left alone",
  { skip: existsSync(samplePath) ? false : `missing ${samplePath}` },
  async () => {
    const sample = readFileSync(samplePath, "utf8");
    const { context, page, problems } = await openApp(env.browser, env.server.url);
    await annotateWithSuggestions(page, sample);
    const marks = await page.locator("#article .s").evaluateAll((els) =>
      els.map((e) => ({ text: e.textContent, cls: e.className })),
    );
    const find = (prefix) => marks.find((m) => m.text.startsWith(prefix));
    assert.match(find("President Donald Trump stated").cls, /sg-claim/);
    assert.match(find("In a public address broadcast").cls, /sg-claim/);
    assert.match(find("In a public address broadcast").cls, /sg-warning/);
    assert.match(find("He framed the talks").cls, /sg-warning/);
    assert.doesNotMatch(find("EE Gold").cls, /sg-/);
    assert.doesNotMatch(find("Published Date").cls, /sg-/);
    assert.doesNotMatch(find("US-Iran Brinkmanship").cls, /sg-/);
    assert.deepEqual(problems, []);
    await context.close();
  },
);
