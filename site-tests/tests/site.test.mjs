// Browser tests of the site: Debian's Chromium driven by Playwright, axe-core for
// accessibility. The site is built here from the `assurances` binary (ASSURANCES_BIN) and
// served under a sub-path, as on GitHub Pages; one test opens it from file:// instead.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import {
  ROOT, SCREENSHOTS, assurances, buildSite, serve, launch, newPage, walk, datasetOf,
} from "../lib.mjs";

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const SITE = path.join(ROOT, "target/site-test");

let browser, server, ds;

before(async () => {
  buildSite(SITE);
  ds = datasetOf(SITE);
  server = await serve(SITE);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const live = (rows) => rows.filter((r) => !r.withdrawn);
const firstClaim = () => live(ds.claims).find((k) => k.first_appearance?.source) || live(ds.claims)[0];
const pagesToOpen = () => [
  "index.html", "timeline.html", "timeline-list.html", "matrix.html", "search.html", "editorial.html",
  "commitments/index.html", "claims/index.html", "sources/index.html", "sources/page-2.html",
  "commitments/baker-gorbachev-one-inch-1990.html",
  `claims/${firstClaim().id}.html`,
  "sources/baker-gorbachev-memcon-1990-02-09.html",
  "actors/manfred-woerner.html",
  `events/${live(ds.events)[0].id}.html`,
];

/** Open `rel` and wait until it has loaded; the page. */
async function open(rel, viewport) {
  const page = await newPage(browser, server.base, viewport);
  const resp = await page.goto(server.base + rel, { waitUntil: "load" });
  assert.equal(resp.status(), 200, `${rel} answers 200`);
  return page;
}

test("the home, timeline, matrix and one page of each record kind open with no console error and no request to another host", async () => {
  for (const rel of pagesToOpen()) {
    const page = await open(rel);
    assert.ok((await page.locator("h1").count()) === 1, `${rel} has one h1`);
    await page.waitForTimeout(50);
    assert.deepEqual(page.problems(), [], `${rel}: ${page.problems().join("; ")}`);
    await page.context().close();
  }
});

test("the home page's counts, version and release are those of the dataset it ships", async () => {
  const page = await open("index.html");
  const counts = Object.fromEntries(await page.locator(".counts > div").evaluateAll((divs) =>
    divs.map((d) => [d.querySelector("dt").textContent.trim().toLowerCase(), Number(d.querySelector("dd").textContent)])));
  for (const kind of ["commitments", "claims", "events", "sources", "actors"]) {
    assert.equal(counts[kind], ds[kind].length, kind);
  }
  assert.match(await page.locator("main").textContent(), new RegExp(`Version ${ds.version.replace(/\./g, "\\.")}`));
  assert.ok((await page.locator("footer").textContent()).includes(ds.fingerprint));
});

test("search: \"woerner\" lists Manfred Wörner, \"Горбачёв\" lists Mikhail Gorbachev, and results are links to record pages", async () => {
  const page = await open("search.html");
  await page.fill("#q", "woerner");
  const first = page.locator("#search-results li a", { hasText: "Manfred Wörner" });
  await first.first().waitFor();
  assert.equal(await first.first().getAttribute("href"), "actors/manfred-woerner.html");
  await page.fill("#q", "Горбачёв");
  await page.locator("#search-results li a", { hasText: "Mikhail Gorbachev" }).first().waitFor();
  await page.fill("#q", "one inch to the east");
  const quotes = await page.locator("#search-results li").allTextContents();
  assert.ok(quotes.some((t) => t.startsWith("quote")), "quotes are searched");
  await page.fill("#q", "zzqqxx-nothing");
  assert.match(await page.locator("#search-status").textContent(), /^0 results/);
  // The header's search form carries the query over.
  const home = await open("index.html");
  await home.fill("#quick-q", "wörner");
  await home.press("#quick-q", "Enter");
  await home.locator("#search-results li a", { hasText: "Manfred Wörner" }).first().waitFor();
  assert.deepEqual([...page.problems(), ...home.problems()], []);
});

test("the timeline has one mark per dated commitment, draws partial dates as spans, and filters", async () => {
  const page = await open("timeline.html");
  const commitments = live(ds.commitments).filter((c) => c.date);
  assert.equal(await page.locator("#timeline a.mark-commitment").count(), commitments.length);
  assert.equal(await page.locator("#timeline a.mark-event").count(), live(ds.events).length);
  assert.equal(await page.locator("#timeline a.mark-claim").count(), live(ds.claims).filter((k) => k.date).length);
  // A date known only to the year is a bar about one year wide; a day is a dot.
  const yearOnly = commitments.find((c) => /^\d{4}$/.test(c.date) && !c.end_date);
  const bar = page.locator(`#timeline a[href="commitments/${yearOnly.id}.html"] rect`);
  assert.ok(Number(await bar.getAttribute("width")) > 80, `${yearOnly.id} is drawn as a year-long bar`);
  const day = commitments.find((c) => /^\d{4}-\d{2}-\d{2}$/.test(c.date) && !c.end_date);
  assert.equal(await page.locator(`#timeline a[href="commitments/${day.id}.html"] circle`).count(), 1);
  // Filter by perspective group: only that group's claims and the commitments they are about.
  const all = await page.locator("#timeline a.mark:visible").count();
  await page.selectOption("select[name=group]", "ussr_russia");
  const shown = page.locator("#timeline a.mark:visible");
  const n = await shown.count();
  assert.ok(n > 0 && n < all, `filter leaves ${n} of ${all}`);
  for (const groups of await shown.evaluateAll((els) => els.map((e) => e.getAttribute("data-groups")))) {
    assert.ok(groups.split(" ").includes("ussr_russia"));
  }
  await page.selectOption("select[name=group]", "");
  // Filter by actor: every mark left names that actor.
  const woerner = await page.locator("select[name=actor] option", { hasText: "Manfred Wörner" }).getAttribute("value");
  await page.selectOption("select[name=actor]", woerner);
  const byActor = await shown.evaluateAll((els) => els.map((e) => e.getAttribute("data-actors").split(" ")));
  assert.ok(byActor.length > 0 && byActor.every((a) => a.includes(woerner)));
  await page.selectOption("select[name=actor]", "");
  await page.uncheck("input[name=kind][value=claim]");
  assert.equal(await page.locator("#timeline a.mark-claim:visible").count(), 0);
  // Marks are links to the records.
  await page.locator(`#timeline a[href="commitments/${day.id}.html"]`).click();
  await page.waitForURL(`**/commitments/${day.id}.html`);
  assert.deepEqual(page.problems(), []);
});

test("the stance matrix's cells equal `assurances balance --json`", async () => {
  const balance = JSON.parse(assurances("balance", "--json"));
  const page = await open("matrix.html");
  const rows = await page.locator("#matrix tbody tr").evaluateAll((trs) => trs.map((tr) => ({
    id: tr.getAttribute("data-commitment"),
    oneSided: tr.getAttribute("data-one-sided") === "true",
    cells: [...tr.querySelectorAll("td")].map((td) => ({
      group: td.getAttribute("data-group"),
      claims: td.getAttribute("data-claims").split(" ").filter(Boolean),
      stances: JSON.parse(td.getAttribute("data-stances")),
      links: [...td.querySelectorAll("a")].map((a) => a.getAttribute("href")),
    })),
  })));
  assert.deepEqual(rows.map((r) => r.id), balance.commitments.map((c) => c.id));
  for (const [i, c] of balance.commitments.entries()) {
    const row = rows[i];
    assert.equal(row.oneSided, c.one_sided, `${c.id} one-sided`);
    for (const cell of row.cells) {
      const voices = c.groups[cell.group] || { claims: [], stances: {} };
      assert.deepEqual(cell.claims, voices.claims, `${c.id} × ${cell.group}: claims`);
      assert.deepEqual(cell.stances, voices.stances, `${c.id} × ${cell.group}: stances`);
      assert.deepEqual(cell.links, voices.claims.map((id) => `claims/${id}.html`));
    }
  }
  for (const id of balance.one_sided) {
    assert.equal(await page.locator(`tr[data-commitment="${id}"] .one-sided`).count(), 1, `${id} marked one-sided`);
  }
});

test("every internal link and asset reference in the whole site resolves", () => {
  const files = walk(SITE);
  const have = new Set(files);
  const broken = [];
  let checked = 0;
  for (const rel of files.filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(SITE, rel), "utf8");
    for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const target = m[1].replace(/&amp;/g, "&").replace(/&#39;/g, "'").replace(/&quot;/g, '"');
      if (/^(https?:|mailto:)/i.test(target)) continue;
      assert.ok(!/^[a-z][a-z0-9+.-]*:/i.test(target), `${rel}: non-http link ${target}`);
      const [file] = target.split(/[?#]/);
      if (!file) continue;
      const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(rel), file));
      checked++;
      if (!have.has(resolved)) broken.push(`${rel} -> ${target}`);
    }
  }
  assert.ok(checked > 10000, `checked ${checked} links`);
  assert.deepEqual(broken.slice(0, 20), []);
});

test("every page is under 200 KB", () => {
  const big = walk(SITE).filter((f) => f.endsWith(".html"))
    .map((f) => [f, fs.statSync(path.join(SITE, f)).size]).filter(([, n]) => n >= 200 * 1024);
  assert.deepEqual(big, []);
});

test("axe-core finds no serious or critical accessibility violation", async () => {
  const report = [];
  for (const rel of pagesToOpen()) {
    const page = await open(rel);
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ["violations"] }));
    for (const v of result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      report.push(`${rel}: ${v.id} (${v.impact}) ${v.nodes.slice(0, 2).map((n) => n.target.join(" ")).join(", ")}`);
    }
    await page.context().close();
  }
  assert.deepEqual(report, []);
});

test("keyboard: the skip link comes first and leads to the content; timeline marks take focus", async () => {
  const page = await open("timeline.html");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to content");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  await page.locator("#timeline a.mark").first().focus();
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains("mark")), true);
  assert.ok((await page.locator("#timeline-tip").textContent()).length > 0, "focus shows the mark's label");
});

test("schema.org JSON-LD: a Dataset on the home page, a Claim on claim pages", async () => {
  const home = await open("index.html");
  const blocks = await home.locator('script[type="application/ld+json"]').allTextContents();
  const dataset = JSON.parse(blocks[0]);
  assert.equal(dataset["@type"], "Dataset");
  assert.equal(dataset.version, ds.version);
  assert.equal(dataset.license, "https://creativecommons.org/licenses/by/4.0/");
  assert.ok(dataset.distribution.length >= 3 && dataset.temporalCoverage.startsWith("1990"));
  assert.ok(dataset.citation.includes(ds.version));
  const k = firstClaim();
  const page = await open(`claims/${k.id}.html`);
  const claim = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.equal(claim["@type"], "Claim");
  assert.ok(claim.firstAppearance?.["@type"] === "CreativeWork");
  assert.ok(Array.isArray(claim.appearance));
});

test("a claim's page links the claims it answers, and their pages link back", async () => {
  const k = live(ds.claims).find((x) => x.responds_to?.length);
  const target = k.responds_to[0].claim;
  const page = await open(`claims/${k.id}.html`);
  assert.ok((await page.locator(`section[aria-labelledby=links] a[href="../claims/${target}.html"]`).count()) > 0, `${k.id} links ${target}`);
  const back = await open(`claims/${target}.html`);
  assert.ok((await back.locator(`section[aria-labelledby=links] a[href="../claims/${k.id}.html"]`).count()) > 0, `${target} links back to ${k.id}`);
  assert.match(await back.locator("main").textContent(), /First appearance/);
});

test("the records of one meeting stand side by side on baker-gorbachev-one-inch-1990", async () => {
  const page = await open("commitments/baker-gorbachev-one-inch-1990.html");
  const columns = page.locator(".side-by-side .record-column");
  assert.ok((await columns.count()) >= 2);
  const heads = await columns.locator("h3").allTextContents();
  assert.ok(heads.some((h) => /U\.S\. memorandum/.test(h)) && heads.some((h) => /Soviet|Gorbachev/.test(h)), heads.join(" | "));
  const boxes = await columns.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
  assert.equal(Math.round(boxes[0]), Math.round(boxes[1]), "the columns share a row at desktop width");
  assert.match(await page.locator(".cite-record").textContent(), /commitment record .baker-gorbachev-one-inch-1990./);
});

test("screenshots of the home page, timeline, matrix and baker-gorbachev-one-inch-1990 at desktop and phone widths", async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const shots = [["home", "index.html"], ["timeline", "timeline.html"], ["matrix", "matrix.html"],
    ["baker-gorbachev-one-inch-1990", "commitments/baker-gorbachev-one-inch-1990.html"]];
  for (const [name, rel] of shots) {
    for (const [size, viewport] of [["desktop", { width: 1280, height: 900 }], ["phone", { width: 390, height: 844 }]]) {
      const page = await open(rel, viewport);
      const file = path.join(SCREENSHOTS, `${name}-${size}.png`);
      await page.screenshot({ path: file, fullPage: false });
      assert.ok(fs.statSync(file).size > 5000, `${file} written`);
      if (size === "phone") {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 1, `${rel} does not scroll sideways on a phone (${overflow}px)`);
      }
      await page.context().close();
    }
  }
});

test("print: navigation and filters are left out, external links print their address", async () => {
  const page = await open("sources/tass-2014-07-01-unipolar-model-has-failed.html");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".site-header").evaluate((e) => getComputedStyle(e).display), "none");
  const after = await page.locator("a.external").first().evaluate((e) => getComputedStyle(e, "::after").content);
  assert.match(after, /https:\/\/tass\.com/);
  const timeline = await open("timeline.html");
  await timeline.emulateMedia({ media: "print" });
  assert.equal(await timeline.locator("#timeline-filters").evaluate((e) => getComputedStyle(e).display), "none");
});

test("the site works from file:// (no server): pages, links, search", async () => {
  const page = await newPage(browser, null);
  await page.goto(pathToFileURL(path.join(SITE, "index.html")).href);
  await page.click("nav >> text=Search");
  await page.fill("#q", "woerner");
  await page.locator("#search-results li a", { hasText: "Manfred Wörner" }).first().click();
  await page.waitForURL(/actors\/manfred-woerner\.html$/);
  await page.goto(pathToFileURL(path.join(SITE, "timeline.html")).href);
  assert.ok((await page.locator("#timeline a.mark").count()) > 0);
  assert.deepEqual(page.problems(), []);
});
