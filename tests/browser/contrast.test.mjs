// Text keeps WCAG AA contrast (4.5:1) in both themes: the article with every
// tag, suggestions, the panel, the toolbar and the status line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startApp, openApp, annotate } from "./harness.mjs";

const env = startApp();

const ARTICLE = [
  "Harbour Talks Stall",
  "",
  "Published Date: 1 Feb, 2026",
  "",
  "\"We will not sign this deal,\" Mayor Ana Varga told reporters on Monday. Officials warned that any strike would close the port. The council met later.",
].join("\n");

/** Every element with its own text, and the contrast of that text against
 * the first opaque background behind it (tints are blended over it). */
function contrasts() {
  const parse = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return { r, g, b, a };
  };
  const over = (top, bottom) => ({
    r: top.r * top.a + bottom.r * (1 - top.a),
    g: top.g * top.a + bottom.g * (1 - top.a),
    b: top.b * top.a + bottom.b * (1 - top.a),
    a: 1,
  });
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0) {
        layers.push(c);
        if (c.a === 1) break;
      }
    }
    let bg = { r: 255, g: 255, b: 255, a: 1 };
    for (const layer of layers.reverse()) bg = over(layer, bg);
    return bg;
  };
  const lum = ({ r, g, b }) => {
    const f = (v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
    if (!own || el.closest("[hidden], .overlay:not(.open)")) continue;
    const style = getComputedStyle(el);
    if (style.visibility === "hidden" || style.display === "none" || el.closest("button:disabled")) continue;
    const bg = background(el);
    const fg = over(parse(style.color), bg);
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    out.push({ text: el.textContent.trim().slice(0, 40), cls: el.className, ratio: (hi + 0.05) / (lo + 0.05) });
  }
  return out;
}

for (const scheme of ["light", "dark"]) {
  test(`text contrast is at least 4.5:1 in the ${scheme} theme`, async () => {
    const { context, page, problems } = await openApp(env.browser, env.server.url, { colorScheme: scheme });
    await annotate(page, ARTICLE);
    await page.locator("#article .s[class*='sg-']").first().waitFor();
    await page.locator("#s2").click();
    for (const key of ["c", "q", "w"]) await page.keyboard.press(key);
    await page.locator("#s3").click();
    await page.keyboard.press("a");
    await page.locator("#s4").click();
    const low = (await page.evaluate(contrasts)).filter((c) => c.ratio < 4.5);
    assert.deepEqual(low, [], `below AA in ${scheme}: ${JSON.stringify(low, null, 1)}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
