// Deterministic news-like articles of a given size for the browser benchmark:
// a title, a byline, a dateline, then sections of paragraphs under headings,
// with reported speech, direct quotes, numbers, abbreviations and a few
// accented words, so the splitter sees what a real article gives it.
// Same seed and size, same text, on every machine.

/** mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  "Amara Okafor", "Lena Brandt", "Tomás Ferreira", "Hiroshi Tanaka", "Priya Raman", "Jonas Lindqvist",
  "Dr. Farah Haddad", "Gen. Marcus Webb", "Sen. Ellen Price", "Mr. Dawit Bekele", "Ms. Chloé Martin",
  "Rafael Ortega", "Ingrid Solberg", "Kwame Mensah", "Noor Siddiqui", "Prof. Aleksander Nowak",
];
const ROLES = [
  "a spokesperson for", "the chief economist at", "a senior adviser to", "the director of",
  "an analyst with", "the deputy minister at", "a negotiator for", "the head of research at",
];
const ORGS = [
  "the Harbour Authority", "the Ministry of Energy", "Northwind Shipping Co.", "the Coastal Alliance",
  "the Central Statistics Office", "the Regional Water Board", "Meridian Wire", "the Port Workers Union",
  "the National Grid Agency", "the Council on Trade", "São Miguel Holdings", "the Zürich Policy Forum",
];
const PLACES = [
  "Rotterdam", "Lagos", "Valparaíso", "Osaka", "Gdańsk", "Mombasa", "Halifax", "Chennai", "Tromsø",
  "Montréal", "Durban", "Antwerp",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const SUBJECTS = [
  "freight volumes", "the new tariff schedule", "grain shipments", "the desalination project",
  "fuel prices", "the wage agreement", "container traffic", "the emergency reserve",
  "cross-border rail service", "the offshore wind tender", "insurance premiums", "storm repairs",
];
const VERBS = [
  "would rise", "had stalled", "could resume", "was under review", "had fallen sharply",
  "would be delayed", "remained uncertain", "was expected to recover", "had exceeded forecasts",
];
const CAUSES = [
  "after weeks of talks", "because of the storm damage", "despite objections from shippers",
  "as inspections continue", "following a court ruling", "amid a shortage of pilots",
  "while auditors examine the accounts", "before the winter season begins",
];
const HEADLINE_A = [
  "Ports Reopen", "Talks Resume", "Prices Climb", "Unions Warn", "Ministers Meet", "Repairs Begin",
  "Exports Slow", "Investors Wait", "Shippers Protest", "Regulators Step In",
];
const HEADLINE_B = [
  "After Storm", "Amid Shortages", "as Deadline Nears", "Over Safety Concerns", "in Coastal Cities",
  "Despite Warnings", "Ahead of Winter", "as Costs Mount",
];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function number(r) {
  const n = Math.floor(r() * 900) + 10;
  return r() < 0.5 ? `${n}` : `${(n / 10).toFixed(1)}`;
}

/** One sentence in one of a handful of newsroom shapes. */
function sentence(r) {
  const who = pick(r, PEOPLE);
  const subject = pick(r, SUBJECTS);
  switch (Math.floor(r() * 7)) {
    case 0:
      return `${who}, ${pick(r, ROLES)} ${pick(r, ORGS)}, said on ${pick(r, DAYS)} that ${subject} ${pick(r, VERBS)} ${pick(r, CAUSES)}.`;
    case 1:
      return `“We cannot promise that ${subject} ${pick(r, VERBS)} this year,” ${who} told reporters in ${pick(r, PLACES)}.`;
    case 2:
      return `Figures released by ${pick(r, ORGS)} show that ${subject} changed by ${number(r)} percent over the past ${Math.floor(r() * 11) + 2} months.`;
    case 3:
      return `Officials in ${pick(r, PLACES)} warned that ${subject} ${pick(r, VERBS)} unless ${pick(r, ORGS)} acts before ${pick(r, DAYS)}.`;
    case 4:
      return `The dispute over ${subject} has drawn criticism from ${pick(r, ORGS)}, which called the plan “rushed and poorly explained.”`;
    case 5:
      return `According to ${who}, about ${number(r)} million dollars in contracts depend on whether ${subject} ${pick(r, VERBS)}.`;
    default:
      return `Is it fair to ask households in ${pick(r, PLACES)} to pay more while ${subject} ${pick(r, VERBS)}?`;
  }
}

function headline(r) {
  return `${pick(r, HEADLINE_A)} ${pick(r, HEADLINE_B)}`;
}

/**
 * An article of about `bytes` UTF-8 bytes (never more than a paragraph over)
 * and its last sentence, which is unique and marks the article fully shown.
 */
export function generateArticle(bytes, seed = 20260201) {
  const r = rng(seed ^ bytes);
  const enc = new TextEncoder();
  const parts = [];
  let size = 0;
  const add = (s) => {
    parts.push(s);
    size += enc.encode(s).length;
  };
  add(`${headline(r)}: A Special Report\n\n`);
  add(`By ${pick(r, PEOPLE).replace(/^(Dr|Gen|Sen|Mr|Ms|Prof)\. /, "")}\n\n`);
  add(`Published Date: ${Math.floor(r() * 28) + 1} Feb, 2026\n\n`);
  const last = `This report was filed as dispatch number ${bytes}.`;
  const tail = `\n\n${last}\n`;
  const budget = bytes - enc.encode(tail).length;
  let paragraph = 0;
  while (size < budget) {
    if (paragraph % 6 === 5) add(`${headline(r)}\n\n`);
    const count = 3 + Math.floor(r() * 4);
    const sentences = [];
    for (let i = 0; i < count; i++) sentences.push(sentence(r));
    if (paragraph % 9 === 0) {
      sentences[0] = `${pick(r, PLACES).toUpperCase()} (Meridian Wire) — ${sentences[0]}`;
    }
    add(`${sentences.join(" ")}\n\n`);
    paragraph++;
  }
  add(tail);
  return { text: parts.join(""), last };
}

/** "100k", "1m", "5m" (binary units) to bytes. */
export function parseSize(label) {
  const m = /^(\d+(?:\.\d+)?)([km]?)b?$/i.exec(label.trim());
  if (!m) throw new Error(`not a size: ${label}`);
  const unit = { "": 1, k: 1024, m: 1024 * 1024 }[m[2].toLowerCase()];
  return Math.round(Number(m[1]) * unit);
}
