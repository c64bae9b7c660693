// Hostile or broken input: shown as text, never run; clear messages; stored
// work never lost.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openApp, annotate } from "./harness.mjs";

const env = startApp();

test("markup in a pasted article is shown as characters and runs nothing", async () => {
  const hostile = [
    "Breaking <img src=x onerror=\"window.__pwned = 'img'\"> news.",
    "",
    "The mayor said <script>window.__pwned = 'script'</script> nothing. <b onclick=\"window.__pwned='b'\">Bold</b> claims followed.",
  ].join("\n");
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, hostile);
  for (const el of await page.locator("#article .s").all()) await el.click();
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("#article img, #article script, #article b").count(), 0);
  assert.equal(await page.locator("#article").textContent(), hostile);
  assert.deepEqual(problems, []);
  await context.close();
});

test("the Content-Security-Policy allows the loader by hash and no eval", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.match(csp, /'wasm-unsafe-eval'/);
  assert.doesNotMatch(csp, /'unsafe-eval'|'unsafe-inline'|LOADER/);
  // The policy is enforced: an inline script added now is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = 1";
    document.body.append(s);
    return window.__inline;
  });
  assert.equal(ran, undefined);
  assert.ok(problems.every((p) => /Content Security Policy/.test(p)), problems.join("\n"));
  await context.close();
});

test("annotating an empty text says what to do", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.getByRole("alert").filter({ hasText: "Paste an article" }).waitFor();
  assert.equal(await page.locator("#article").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("an unreadable stored entry is reported, kept aside and offered for download", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, "First sentence here. Second one follows.");
  await page.keyboard.press("c");
  const key = await page.evaluate(() => "marginalia/v2/doc/" + localStorage.getItem("marginalia/v2/current"));
  await page.evaluate((k) => localStorage.setItem(k, '{"format": "marginalia/1", "document": {trunc'), key);

  await page.reload();
  await page.getByRole("alert").filter({ hasText: "could not be read" }).waitFor();
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("marginalia/v2/unreadable/"))
      .map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(kept, ['{"format": "marginalia/1", "document": {trunc']);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download the unreadable entry" }).click(),
  ]);
  assert.ok(download.suggestedFilename().endsWith(".json"));
  // The page still works: a new article can be annotated.
  await annotate(page, "Another article. With two sentences.");
  assert.equal(await page.locator("#article .s").count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a second article does not overwrite the first one's stored work", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, "Alpha said prices rose. Beta denied it.");
  await page.keyboard.press("c");
  await page.getByRole("button", { name: "New article" }).click();
  await annotate(page, "A wholly different story. Nothing tagged yet.");
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("marginalia/v2/doc/"))
      .map((k) => JSON.parse(localStorage.getItem(k))),
  );
  assert.equal(stored.length, 2);
  const alpha = stored.find((d) => d.title.startsWith("Alpha"));
  assert.deepEqual(alpha.annotations.map((a) => a.tags), [["claim"]]);
  // Pasting the first text again offers its stored annotations back.
  await page.getByRole("button", { name: "New article" }).click();
  await page.getByLabel("Article text").fill("Alpha said prices rose. Beta denied it.");
  await page.getByRole("button", { name: "Annotate" }).click();
  await page.getByRole("button", { name: "Open existing" }).click();
  assert.match(await page.locator("#s0").getAttribute("class"), /t-claim/);
  assert.deepEqual(problems, []);
  await context.close();
});
