// Every shortcut the "?" overlay lists, pressed as a person would, plus the
// layout promises: dark mode, narrow screens, print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openApp, annotate, countIs } from "./harness.mjs";

const ARTICLE = [
  "Storm Hits Coast",
  "",
  "Officials said the port would reopen. Crews worked overnight.",
  "",
  "\"We lost 12 boats,\" Mayor Ana Ruiz said. The council will meet on Friday.",
  "",
  "Forecasters warned of more rain.",
].join("\n");

const env = startApp();

async function fresh() {
  const app = await openApp(env.browser, env.server.url);
  await annotate(app.page, ARTICLE);
  assert.equal(await app.page.locator("#article .s").count(), 6);
  return app;
}

const current = (page) => page.locator('#article .s[aria-current="true"]').getAttribute("id");
const selected = (page) =>
  page.locator("#article .s.selected").evaluateAll((els) => els.map((e) => e.id));
const classOf = (page, i) => page.locator(`#s${i}`).getAttribute("class");
const focused = (page) => page.evaluate(() => document.activeElement?.id ?? "");
const press = async (page, ...keys) => {
  for (const k of keys) await page.keyboard.press(k);
};

test("moving: j k arrows, Shift extends, paragraphs, Home and End", async () => {
  const { context, page, problems } = await fresh();
  assert.equal(await current(page), "s0");
  await press(page, "j");
  assert.equal(await current(page), "s1");
  await press(page, "ArrowDown", "ArrowRight");
  assert.equal(await current(page), "s3");
  await press(page, "k", "ArrowUp");
  assert.equal(await current(page), "s1");
  await press(page, "ArrowLeft");
  assert.equal(await current(page), "s0");
  await press(page, "Shift+j", "Shift+ArrowDown");
  assert.deepEqual(await selected(page), ["s0", "s1", "s2"]);
  await press(page, "Shift+k");
  assert.deepEqual(await selected(page), ["s0", "s1"]);
  await press(page, "}");
  assert.equal(await current(page), "s3", "} goes to the next paragraph");
  assert.deepEqual(await selected(page), ["s3"], "and does not extend");
  await press(page, "PageDown");
  assert.equal(await current(page), "s5");
  await press(page, "{");
  assert.equal(await current(page), "s3");
  await press(page, "PageUp");
  assert.equal(await current(page), "s1");
  await press(page, "End");
  assert.equal(await current(page), "s5");
  await press(page, "Home");
  assert.equal(await current(page), "s0");
  assert.deepEqual(problems, []);
  await context.close();
});

test("tagging and jumping: c q w, ] [, Shift+C Q W", async () => {
  const { context, page, problems } = await fresh();
  await press(page, "j", "c", "j", "j", "q", "c", "End", "w");
  assert.match(await classOf(page, 1), /t-claim/);
  assert.match(await classOf(page, 3), /t-claim/);
  assert.match(await classOf(page, 3), /t-quote/);
  assert.match(await classOf(page, 5), /t-warning/);
  await press(page, "Home", "]");
  assert.equal(await current(page), "s1");
  await press(page, "]");
  assert.equal(await current(page), "s3");
  await press(page, "]");
  assert.equal(await current(page), "s5");
  await press(page, "]");
  assert.equal(await current(page), "s5", "no annotation after the last");
  await page.getByRole("status").filter({ hasText: "No annotation after" }).waitFor();
  await press(page, "[");
  assert.equal(await current(page), "s3");
  await press(page, "Home", "Shift+W");
  assert.equal(await current(page), "s5");
  await press(page, "Home", "Shift+Q");
  assert.equal(await current(page), "s3");
  await press(page, "Shift+C");
  assert.equal(await current(page), "s3", "no claim after the quote's sentence... stays");
  await press(page, "Home", "Shift+C");
  assert.equal(await current(page), "s1");
  assert.deepEqual(problems, []);
  await context.close();
});

test("note, Escape, Delete, undo and redo", async () => {
  const { context, page, problems } = await fresh();
  await press(page, "j", "c", "n");
  assert.match(await focused(page), /^note-/);
  await page.keyboard.type("Which port?");
  await press(page, "Escape");
  assert.equal(await focused(page), "article");
  await press(page, "Delete");
  await countIs(page.locator(".annotation"), 0);
  assert.doesNotMatch(await classOf(page, 1), /t-claim/);
  await press(page, "u");
  await countIs(page.locator(".annotation"), 1);
  assert.equal(await page.getByLabel("Note").inputValue(), "Which port?");
  await press(page, "Control+z");
  assert.equal(await page.getByLabel("Note").inputValue(), "", "the note, typed in one go, is one undo step");
  await press(page, "Control+z");
  await countIs(page.locator(".annotation"), 0, "then the tag");
  await press(page, "Control+Shift+Z");
  assert.match(await classOf(page, 1), /t-claim/);
  await press(page, "Control+y");
  assert.equal(await page.getByLabel("Note").inputValue(), "Which port?");
  await press(page, "Control+y");
  await countIs(page.locator(".annotation"), 0, "the deletion is redone last");
  await press(page, "Control+y");
  await page.getByRole("status").filter({ hasText: "Nothing to redo" }).waitFor();
  await press(page, "u");
  // Undone work is stored too: a reload shows the same.
  await page.reload();
  await page.locator("#article .s").first().waitFor();
  assert.equal(await page.getByLabel("Note").inputValue(), "Which port?");
  assert.deepEqual(problems, []);
  await context.close();
});

test("/ filters the annotation list; Escape returns to the article", async () => {
  const { context, page, problems } = await fresh();
  await press(page, "j", "c", "End", "w");
  await press(page, "/");
  assert.equal(await focused(page), "annotation-filter");
  await page.keyboard.type("rain");
  await countIs(page.locator(".annotation"), 1);
  assert.match(await page.locator(".annotation .jump").textContent(), /Forecasters/);
  await press(page, "Escape");
  assert.equal(await focused(page), "article");
  await page.getByLabel("Filter annotations").fill("");
  await page.getByRole("button", { name: "Claim 1" }).click();
  await countIs(page.locator(".annotation"), 1);
  assert.match(await page.locator(".annotation .jump").textContent(), /Officials/);
  await page.getByRole("button", { name: "All 2" }).click();
  await countIs(page.locator(".annotation"), 2);
  // Clicking an annotation selects and flashes its sentence.
  await page.locator(".annotation .jump").last().click();
  assert.equal(await current(page), "s5");
  assert.deepEqual(problems, []);
  await context.close();
});

test("? lists every shortcut and Escape closes it", async () => {
  const { context, page, problems } = await fresh();
  const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  assert.equal(await dialog.isVisible(), false);
  await press(page, "?");
  await dialog.waitFor();
  const rows = await dialog.locator("tr").allTextContents();
  for (const expected of ["next sentence", "next paragraph", "next / previous annotation", "next claim, quote, warning", "undo", "redo", "filter the annotation list", "Escape"]) {
    assert.ok(rows.some((r) => r.includes(expected)), `overlay lacks ${expected}`);
  }
  assert.equal(await focused(page), "help-close");
  await press(page, "j");
  assert.equal(await current(page), "s0", "keys do not act behind the overlay");
  await press(page, "Escape");
  assert.equal(await dialog.isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("dark mode follows the toggle and survives a reload", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url, { colorScheme: "light" });
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const light = await background();
  await page.getByRole("button", { name: "Dark mode" }).click();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  assert.notEqual(await background(), light);
  await page.reload();
  await page.getByLabel("Article text").waitFor();
  assert.equal(await page.locator("html").getAttribute("data-theme"), "dark");
  assert.equal(await page.getByRole("button", { name: "Dark mode" }).getAttribute("aria-pressed"), "true");
  assert.deepEqual(problems, []);
  await context.close();
});

test("at 360 px wide nothing scrolls sideways and the panel sits below the article", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url, { viewport: { width: 360, height: 740 } });
  await annotate(page, ARTICLE);
  await press(page, "c");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `page is ${width}px wide`);
  const article = await page.locator("#article").boundingBox();
  const panel = await page.locator(".panel").boundingBox();
  assert.ok(panel.y >= article.y + article.height - 1, "panel below the article");
  assert.deepEqual(problems, []);
  await context.close();
});

test("print shows the article with highlights and a legend, without controls", async () => {
  const { context, page, problems } = await fresh();
  await press(page, "c");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".toolbar").isVisible(), false);
  assert.equal(await page.locator("#article").isVisible(), true);
  const legend = await page.locator(".masthead").evaluate((el) => getComputedStyle(el, "::after").content);
  assert.match(legend, /claim/);
  assert.match(await classOf(page, 0), /t-claim/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the overview strip marks where tags fall and a click jumps there", async () => {
  const { context, page, problems } = await fresh();
  await press(page, "j", "c", "End", "w");
  // The strip follows a frame after the article.
  await countIs(page.locator(".overview .tick.t-claim"), 1);
  await countIs(page.locator(".overview .tick.t-warning"), 1);
  const claimTop = await page.locator(".overview .tick.t-claim").boundingBox();
  const warningTop = await page.locator(".overview .tick.t-warning").boundingBox();
  assert.ok(claimTop.y < warningTop.y, "the earlier annotation sits higher");
  const strip = await page.locator(".overview").boundingBox();
  await page.mouse.click(strip.x + strip.width / 2, strip.y + strip.height - 2);
  assert.equal(await current(page), "s5");
  await page.mouse.click(strip.x + strip.width / 2, strip.y + 1);
  assert.equal(await current(page), "s0");
  assert.deepEqual(problems, []);
  await context.close();
});
