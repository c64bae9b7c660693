// What a screen reader gets: each move reads the sentence reached, each tag
// change is announced, and a sentence's tags and waiting suggestions are in
// its accessible description (read from Chromium's accessibility tree).
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openApp, annotate } from "./harness.mjs";

const ARTICLE = [
  "Port Strike Looms",
  "",
  "Dock workers voted to strike on Monday. \"If the offer does not improve, the cranes stop,\" union leader Sara Holm said.",
].join("\n");

const env = startApp();

/** The accessible name, role and description Chromium computes for `selector`. */
async function axNode(page, selector) {
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument");
  const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false });
  await cdp.detach();
  const node = nodes[0];
  return { role: node.role?.value, description: node.description?.value ?? "" };
}

test("moves are read out, tag changes announced, tags and suggestions described", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  const reading = page.locator("#reading");
  assert.equal(await reading.getAttribute("aria-live"), "polite");
  await page.locator("#article").focus();
  await page.keyboard.press("j");
  await reading.filter({ hasText: "Sentence 2 of 3: Dock workers voted to strike on Monday." }).waitFor();
  await page.keyboard.press("c");
  await page.getByRole("status").filter({ hasText: "Claim added to sentence 2." }).waitFor();
  assert.equal((await axNode(page, "#s1")).description, "Claim");
  await page.keyboard.press("Shift+j");
  await reading.filter({ hasText: /Sentences 2–3 of 3 selected/ }).waitFor();
  await page.keyboard.press("k");
  await reading.filter({ hasText: "Sentence 2 of 3: Dock workers voted to strike on Monday. (Claim)" }).waitFor();

  // The quote waits as a suggestion: its description says so, and why.
  await page.locator("#s2[class*='sg-']").waitFor();
  const quote = await axNode(page, "#s2");
  assert.match(quote.description, /^Suggested quote: /);
  assert.match(quote.description, /Suggested warning: /);
  assert.deepEqual(problems, []);
  await context.close();
});
