// Takes the README's screenshot: the sample article annotated, in the
// Chromium the browser tests use. Usage: node scripts/screenshot.mjs [out.png]
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, launch, openApp, annotate, shared } from "../tests/browser/harness.mjs";

const out = process.argv[2] ?? "docs/screenshot.png";
const sample = readFileSync(join(shared, "samples", "news-us-iran-2026-02-01.txt"), "utf8");
const server = await serve();
const browser = await launch();
const { page } = await openApp(browser, server.url, { viewport: { width: 1280, height: 900 } });
await annotate(page, sample);

async function tagSentence(prefix, keys, { extend = 0, note, speaker } = {}) {
  const i = await page.locator("#article .s").evaluateAll(
    (els, p) => els.findIndex((e) => e.textContent.startsWith(p)),
    prefix,
  );
  await page.locator(`#s${i}`).click();
  for (let n = 0; n < extend; n++) await page.keyboard.press("Shift+ArrowDown");
  for (const k of keys) await page.keyboard.press(k);
  if (speaker) await page.locator(".annotation").last().getByLabel("Speaker").fill(speaker);
  if (note) await page.locator(".annotation").last().getByLabel("Note").fill(note);
}
await tagSentence("President Donald Trump stated", ["c", "q"], { speaker: "Donald Trump" });
await tagSentence("Trump indicated a deadline", ["c"], { speaker: "Donald Trump" });
await tagSentence("He framed the talks", ["w"]);
await tagSentence("In a public address", ["c", "w"], { speaker: "Ali Khamenei", note: "Find the broadcast transcript." });
await tagSentence("Foreign Minister Abbas Araghchi", ["a"]);
await page.locator("#s4").click();
await page.evaluate(() => {
  window.scrollTo(0, 0);
  document.querySelector(".panel").scrollTop = 0;
});
await page.screenshot({ path: out });
await browser.close();
await server.close();
console.log(`wrote ${out}`);
