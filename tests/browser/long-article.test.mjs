// A long article is drawn near the view only: sentences far from it stay
// plain text until they come close, and every way of reaching a sentence
// (keys, jumps, scrolling, dragging, printing) still finds it drawn.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openApp, annotate, storedRecord, drag, countIs } from "./harness.mjs";
import { generateArticle } from "../../bench/article-gen.mjs";

const ARTICLE = generateArticle(160 * 1024).text;
const env = startApp();

const drawn = (page) => page.locator("#article .s").count();
const current = (page) => page.locator('#article .s[aria-current="true"]').getAttribute("id");
const inView = (page, id) =>
  page.evaluate((id) => {
    const box = document.getElementById(id)?.getBoundingClientRect();
    return !!box && box.bottom > 0 && box.top < window.innerHeight;
  }, id);

test("a long article: the text is whole, the sentences drawn are those near the view", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  assert.equal(await page.locator("#article").textContent(), ARTICLE, "every character is on the page");
  await page.keyboard.press("End");
  const last = Number((await current(page)).slice(1));
  assert.ok(last > 1000, `a long article has over a thousand of sentences, not ${last + 1}`);
  assert.ok(await inView(page, `s${last}`), "End shows the last sentence");
  const count = await drawn(page);
  assert.ok(count < last / 4, `${count} of ${last + 1} sentences are drawn`);

  // Tag the last sentence, go back to the top: the end goes back to plain
  // text, and ] finds the claim there again, drawn and tagged.
  await page.keyboard.press("c");
  await page.locator(`#s${last}.t-claim`).waitFor();
  await page.keyboard.press("Home");
  assert.equal(await current(page), "s0");
  await page.locator(`#s${last}`).waitFor({ state: "detached" });
  await page.keyboard.press("]");
  await page.locator(`#s${last}.t-claim[aria-current="true"]`).waitFor();
  assert.ok(await inView(page, `s${last}`));
  assert.equal((await storedRecord(page)).annotations.length, 1);

  // Scrolling by hand draws what comes into view.
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
  await page.waitForFunction(() =>
    [...document.querySelectorAll("#article .s")].some((el) => {
      const box = el.getBoundingClientRect();
      return box.top > 0 && box.bottom < window.innerHeight;
    }),
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test("a long article: a drag far down tags the words dragged over", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await page.keyboard.press("End");
  const last = Number((await current(page)).slice(1));
  // A sentence of several words some way above the end, in a later chunk.
  const target = await page.evaluate((last) => {
    for (let i = last - 20; i > 0; i--) {
      const words = document.getElementById(`s${i}`)?.textContent.split(" ") ?? [];
      if (words.length >= 8) return { i, from: words[2], to: words[5] };
    }
  }, last);
  await drag(page, target.i, target.from, target.to);
  await page.getByRole("status").filter({ hasText: /^Selected "/ }).waitFor();
  await page.keyboard.press("q");
  // What is stored is what the page marks, inside the sentence dragged over:
  // offsets counted from a later chunk's start land where the mouse was.
  const [a] = (await storedRecord(page)).annotations;
  const text = Array.from(ARTICLE).slice(a.start, a.end).join("");
  const sentence = await page.locator(`#s${target.i}`).textContent();
  assert.ok(sentence.includes(text) && text.split(" ").length >= 2, `tagged ${JSON.stringify(text)}`);
  assert.equal(await page.locator(`#s${target.i} mark.t-quote`).textContent(), text);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a long article prints with every sentence drawn", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await page.keyboard.press("End");
  const last = Number((await current(page)).slice(1));
  await page.evaluate(() => {
    window.addEventListener("beforeprint", () => {
      window.drawnForPrint = document.querySelectorAll("#article .s").length;
    });
  });
  await page.pdf();
  assert.equal(await page.evaluate(() => window.drawnForPrint), last + 1);
  await page.waitForFunction((last) => document.querySelectorAll("#article .s").length < last / 4, last);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a long article's panel lists a hundred rows at a time, and the filter still searches all", async () => {
  const { context, page, problems } = await openApp(env.browser, env.server.url);
  await annotate(page, ARTICLE);
  await page.locator("#article .s[class*='sg-']").first().waitFor();
  await page.getByRole("button", { name: "Accept all quotes" }).click();
  const total = (await storedRecord(page)).annotations.length;
  assert.ok(total > 250, `${total} quotes accepted`);
  const rows = page.locator(".panel li.annotation");
  await countIs(rows, 100);
  await page.getByRole("button", { name: `Show 100 more of ${total - 100} not shown` }).click();
  await countIs(rows, 200);
  // The last quote is found by the filter although its row was not drawn.
  const lastQuote = (await storedRecord(page)).annotations.at(-1);
  const needle = Array.from(ARTICLE).slice(lastQuote.start, lastQuote.end).join("").slice(0, 40);
  await page.getByLabel("Filter annotations").fill(needle);
  await rows.first().waitFor();
  assert.ok((await rows.count()) < 100);
  assert.ok((await rows.allTextContents()).some((t) => t.includes(needle)));
  await rows.filter({ hasText: needle }).first().getByRole("button", { name: needle }).click();
  await page.locator('#article .s.t-quote[aria-current="true"]').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
