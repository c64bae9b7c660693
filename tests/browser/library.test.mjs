// The library on the start page: listing, renaming and dating, search,
// duplicate, delete with undo, the offer when the same text is pasted again,
// and backup and restore of the whole library. Each test checks that no
// annotation was lost along the way.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { startApp, openApp, annotate } from "./harness.mjs";

const env = startApp();

const harbour = "Harbour Storm\n\nPublished Date: 3 Mar, 2026\n\nShips were lost near the pier. The mayor blamed the forecast. Repairs start Monday.";
const council = "Council Budget\n\nThe council approved the budget. Critics said it was rushed.";

/** Annotates `text`, tags the sentences given as [index, key], and goes back to the library. */
async function addArticle(page, text, tags) {
  await annotate(page, text);
  for (const [i, key] of tags) {
    await page.locator(`#s${i}`).click();
    await page.keyboard.press(key);
  }
  await page.getByRole("button", { name: "New article" }).click();
}

const entry = (page, title) =>
  page.locator(".entry", { has: page.getByRole("button", { name: title, exact: true }) });

/** Stored annotation count per title. */
async function stored(page) {
  return page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith("marginalia/v2/doc/"))
        .map((k) => JSON.parse(localStorage.getItem(k)))
        .map((r) => [r.title, r.annotations.length]),
    ),
  );
}

test("the library lists articles with date, counts and last change; title and date are editable", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await addArticle(page, harbour, [[2, "c"], [3, "q"], [4, "c"]]);
  await addArticle(page, council, [[2, "w"]]);
  const h = entry(page, "Harbour Storm");
  assert.equal(await h.locator(".date-field").inputValue(), "3 Mar, 2026");
  assert.match(await h.locator(".facts").textContent(), /Claim 2.*Quote 1.*Warning 0.*Changed \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  assert.equal(await entry(page, "Council Budget").locator(".date-field").inputValue(), "");
  // The most recently changed comes first.
  assert.deepEqual(await page.locator(".entry .open").allTextContents(), ["Council Budget", "Harbour Storm"]);

  await h.locator(".title-field").fill("Storm Closes Harbour");
  await h.locator(".title-field").press("Enter");
  await entry(page, "Storm Closes Harbour").waitFor();
  await entry(page, "Storm Closes Harbour").locator(".date-field").fill("4 March 2026");
  await entry(page, "Storm Closes Harbour").locator(".date-field").press("Enter");
  await page.reload();
  const renamed = entry(page, "Storm Closes Harbour");
  assert.equal(await renamed.locator(".date-field").inputValue(), "4 March 2026");
  // Renaming kept every annotation, and opening shows them.
  assert.deepEqual(await stored(page), { "Storm Closes Harbour": 3, "Council Budget": 1 });
  await renamed.getByRole("button", { name: "Storm Closes Harbour", exact: true }).click();
  assert.equal(await page.locator("#article .s[class*='t-']").count(), 3);
  assert.deepEqual(problems, []);
  await context.close();
});

test("search finds articles by title and by text", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await addArticle(page, harbour, [[2, "c"]]);
  await addArticle(page, council, []);
  const search = page.getByLabel("Search titles and text");
  await search.fill("council");
  assert.deepEqual(await page.locator(".entry .open").allTextContents(), ["Council Budget"]);
  await search.fill("mayor FORECAST");
  assert.deepEqual(await page.locator(".entry .open").allTextContents(), ["Harbour Storm"]);
  await search.fill("airport");
  assert.equal(await page.locator(".entry").count(), 0);
  await page.getByText("No article matches the search.").waitFor();
  await search.fill("");
  assert.equal(await page.locator(".entry").count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("duplicate makes an independent copy; delete can be undone with every annotation", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await addArticle(page, harbour, [[2, "c"], [3, "q"]]);
  await entry(page, "Harbour Storm").getByRole("button", { name: "Duplicate" }).click();
  await entry(page, "Harbour Storm (copy)").waitFor();
  assert.deepEqual(await stored(page), { "Harbour Storm": 2, "Harbour Storm (copy)": 2 });
  // The text is stored once for both.
  const texts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("marginalia/v2/text/")).length);
  assert.equal(texts, 1);
  // Tagging the copy leaves the original alone.
  await entry(page, "Harbour Storm (copy)").getByRole("button", { name: "Harbour Storm (copy)", exact: true }).click();
  await page.locator("#s4").click();
  await page.keyboard.press("w");
  await page.getByRole("button", { name: "New article" }).click();
  assert.deepEqual(await stored(page), { "Harbour Storm": 2, "Harbour Storm (copy)": 3 });

  await entry(page, "Harbour Storm").getByRole("button", { name: "Delete" }).click();
  await page.getByRole("button", { name: "Undo delete" }).waitFor();
  assert.deepEqual(await stored(page), { "Harbour Storm (copy)": 3 });
  await page.getByRole("button", { name: "Undo delete" }).click();
  await entry(page, "Harbour Storm").waitFor();
  assert.deepEqual(await stored(page), { "Harbour Storm": 2, "Harbour Storm (copy)": 3 });
  // Deleting both removes the shared text too; undo brings it back.
  await entry(page, "Harbour Storm (copy)").getByRole("button", { name: "Delete" }).click();
  await entry(page, "Harbour Storm").getByRole("button", { name: "Delete" }).click();
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("marginalia/v2/")).length), 0);
  await page.getByRole("button", { name: "Undo delete" }).click();
  await entry(page, "Harbour Storm").getByRole("button", { name: "Harbour Storm", exact: true }).click();
  assert.equal(await page.locator("#article .s[class*='t-']").count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("pasting a stored text again offers to open it or make a copy", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await addArticle(page, harbour, [[2, "c"]]);
  await page.getByLabel("Article text").fill(harbour);
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.getByRole("group", { name: "Already in the library" }).waitFor();
  assert.equal(await page.locator("#article").count(), 0);
  await page.getByRole("button", { name: "Make a copy" }).click();
  await page.locator("#article .s").first().waitFor();
  assert.equal(await page.locator("#article .s[class*='t-']").count(), 0);
  await page.getByRole("button", { name: "New article" }).click();
  const count = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("marginalia/v2/doc/")).length);
  assert.equal(count, 2);

  await page.getByLabel("Article text").fill(harbour);
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.getByRole("button", { name: "Open existing" }).click();
  await page.locator("#article .s").first().waitFor();
  assert.match(await page.locator("#s2").getAttribute("class"), /t-claim/);
  assert.deepEqual(problems, []);
  await context.close();
});

test("backup and restore: export the library, then merge or replace with a preview", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await addArticle(page, harbour, [[2, "c"], [3, "q"]]);
  await addArticle(page, council, [[2, "w"]]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(".backup").getByRole("button", { name: "Export library" }).click(),
  ]);
  const file = join(mkdtempSync(join(tmpdir(), "marginalia-")), "backup.json");
  writeFileSync(file, readFileSync(await download.path()));
  const backup = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(backup.format, "marginalia-library/1");
  assert.equal(backup.articles.length, 2);

  // In a fresh browser: one article of its own, then merge the backup in.
  const fresh = await openApp(env.browser, env.server.url);
  await addArticle(fresh.page, harbour, [[4, "w"]]);
  await fresh.page.locator("#restore-file").setInputFiles(file);
  const preview = fresh.page.getByRole("region", { name: "Restore preview" });
  await preview.waitFor();
  assert.match(await preview.textContent(), /Adds: Council Budget/);
  assert.match(await preview.textContent(), /Changes: Harbour Storm \(1 → 3 annotations\)/);
  await preview.getByRole("button", { name: "Restore" }).click();
  await preview.waitFor({ state: "detached" });
  assert.deepEqual(await stored(fresh.page), { "Harbour Storm": 3, "Council Budget": 1 });

  // Replace: an article not in the backup is previewed as removed.
  await addArticle(fresh.page, "Extra story. Not in the backup.", [[0, "c"]]);
  await fresh.page.locator("#restore-file").setInputFiles(file);
  await preview.waitFor();
  await preview.getByLabel("Replace: make the library exactly the backup").check();
  assert.match(await preview.textContent(), /Removes: Extra story\./);
  assert.match(await preview.textContent(), /Changes: Harbour Storm \(3 → 2 annotations\)/);
  await preview.getByRole("button", { name: "Cancel" }).click();
  assert.deepEqual(await stored(fresh.page), { "Harbour Storm": 3, "Council Budget": 1, "Extra story.": 1 });

  // A file that is not a library changes nothing and says why.
  const junk = join(mkdtempSync(join(tmpdir(), "marginalia-")), "junk.json");
  writeFileSync(junk, '{"format": "marginalia/1"}');
  await fresh.page.locator("#restore-file").setInputFiles(junk);
  await fresh.page.getByRole("alert").filter({ hasText: "Nothing was restored" }).waitFor();
  assert.deepEqual(await stored(fresh.page), { "Harbour Storm": 3, "Council Budget": 1, "Extra story.": 1 });
  assert.deepEqual(problems, []);
  assert.deepEqual(fresh.problems, []);
  await fresh.context.close();
  await context.close();
});
