// An article's own tags: added with a name, key and colour, used from the
// keyboard like the built-ins, kept with the article and in its export.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { startApp, openApp, annotate, storedRecord } from "./harness.mjs";

const ARTICLE = [
  "Budget Vote Delayed",
  "",
  "The council postponed the vote. Taxes will rise by 4 percent, the mayor said.",
  "",
  "Residents protested outside.",
].join("\n");

const env = startApp();

async function addTag(page, { name, key, colour }) {
  const form = page.getByRole("form", { name: "Add a tag" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("Key").fill(key);
  if (colour) await form.getByLabel("Colour").fill(colour);
  await form.getByRole("button", { name: "Add tag" }).click();
}

test("a custom tag is added, toggled by its key, drawn in its colour, and kept after a reload", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await page.locator("summary", { hasText: "Tags:" }).click();
  await addTag(page, { name: "Economy", key: "e", colour: "#7c3aed" });
  await page.getByRole("status").filter({ hasText: "Tag Economy added. Press e to tag with it." }).waitFor();
  // It is offered like the built-ins: a toolbar button and the help overlay.
  await page.getByRole("toolbar").getByRole("button", { name: /Economy/ }).waitFor();

  await page.locator("#s2").click();
  await page.keyboard.press("e");
  const s2 = page.locator("#s2");
  await page.locator("#s2.t-custom").waitFor();
  assert.equal(await s2.getAttribute("data-glyphs"), "E");
  assert.equal(await s2.evaluate((el) => getComputedStyle(el).getPropertyValue("--tag").trim()), "#7c3aed");
  await page.getByRole("status").filter({ hasText: "Economy added to sentence 3." }).waitFor();
  // Shift + its key jumps to the next one; the key again removes it.
  await page.keyboard.press("Home");
  await page.keyboard.press("Shift+E");
  assert.equal(await page.locator('#article .s[aria-current="true"]').getAttribute("id"), "s2");

  await page.keyboard.press("?");
  await page.getByRole("dialog").getByText("tag Economy (this article's own; again removes)").waitFor();
  await page.keyboard.press("Escape");

  const record = await storedRecord(page);
  assert.deepEqual(record.tags.map((t) => [t.name, t.label, t.key, t.colour]), [["economy", "Economy", "e", "#7c3aed"]]);
  assert.deepEqual(record.annotations[0].tags, ["economy"]);

  await page.reload();
  await page.locator("#s2.t-custom").waitFor();
  await page.locator("#s2").click();
  await page.keyboard.press("e");
  await page.locator("#s2:not(.t-custom)").waitFor();
  assert.equal((await storedRecord(page)).annotations.length, 0);

  // The export carries the tag list.
  await page.keyboard.press("e");
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export JSON" }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), "utf8"));
  assert.equal(exported.tags[0].label, "Economy");
  assert.deepEqual(exported.annotations[0].tags, ["economy"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a tag whose key or name is taken is refused with a reason, and nothing changes", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await page.locator("summary", { hasText: "Tags:" }).click();
  await addTag(page, { name: "Jargon", key: "j" });
  await page.getByRole("alert").filter({ hasText: /key 'j'/i }).waitFor();
  await addTag(page, { name: "quote", key: "z" });
  await page.getByRole("alert").filter({ hasText: /Quote|quote/ }).waitFor();
  assert.equal((await storedRecord(page)).tags, undefined);
  // j still moves.
  await page.locator("#article").focus();
  await page.keyboard.press("j");
  assert.equal(await page.locator('#article .s[aria-current="true"]').getAttribute("id"), "s1");
  assert.deepEqual(problems, []);
  await context.close();
});

test("removing a tag in use asks first, then takes it off the annotations", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await page.locator("summary", { hasText: "Tags:" }).click();
  await addTag(page, { name: "Protest", key: "p" });
  await page.locator("#s3").click();
  await page.keyboard.press("p");
  await page.keyboard.press("c");
  await page.locator("#s3.t-custom.t-claim").waitFor();
  const row = page.locator(".custom-tag", { hasText: "Protest" });
  await row.getByRole("button", { name: "Remove" }).click();
  await row.getByRole("alert").filter({ hasText: "1 annotation use Protest" }).waitFor();
  assert.equal((await storedRecord(page)).tags.length, 1, "nothing removed yet");
  await row.getByRole("button", { name: "Remove anyway" }).click();
  await page.locator("#s3.t-claim:not(.t-custom)").waitFor();
  const record = await storedRecord(page);
  assert.equal(record.tags, undefined);
  assert.deepEqual(record.annotations[0].tags, ["claim"]);
  // Its key no longer tags anything.
  await page.keyboard.press("p");
  assert.doesNotMatch(await page.locator("#s3").getAttribute("class"), /t-custom/);
  assert.deepEqual(problems, []);
  await context.close();
});
