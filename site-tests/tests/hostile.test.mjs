// Records come from pull requests: a title, quote, name or note holding markup or a
// `javascript:` link must render as text everywhere — pages, JSON-LD, search — and nothing
// may run. This builds the site from a copy of the data with such records and checks it in
// the browser.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, assurances, buildSite, serve, launch, newPage, walk } from "../lib.mjs";

const HOSTILE = {
  "commitments/baker-gorbachev-one-inch-1990.json": (r) => {
    r.title = `<script>window.__pwned="title"</script> Baker <b onmouseover="window.__pwned='b'">one inch</b>`;
    r.summary += ` </script><script>window.__pwned="summary"</script>`;
    r.notes = `<img src=x onerror="window.__pwned='notes'"> <a href="javascript:window.__pwned='link'">javascript:window.__pwned='link'</a>`;
    r.quotes[0].text += ` </script><script>window.__pwned="quote"</script>`;
  },
  "claims/jens-stoltenberg-undated-enlargement-never-raised.json": (r) => {
    r.summary = `<a href="javascript:window.__pwned='a'">click</a> ` + r.summary;
    r.quote.text = `</script><script>window.__pwned="jsonld"</script>` + r.quote.text;
  },
  "actors/manfred-woerner.json": (r) => {
    r.name = `Manfred Wörner<svg onload="window.__pwned='svg'"></svg>`;
    r.aliases = [...(r.aliases || []), `"><script>window.__pwned='alias'</script>`];
  },
  "events/nato-enlargement-1999-03-12.json": (r) => {
    r.title = `<iframe src="javascript:window.__pwned='iframe'"></iframe> ` + r.title;
  },
  "sources/baker-gorbachev-memcon-1990-02-09.json": (r) => {
    r.title = `[<script>window.__pwned='source'</script>]`;
  },
};

const PAGES = [
  "index.html", "timeline.html", "matrix.html", "commitments/index.html", "claims/index.html",
  "commitments/baker-gorbachev-one-inch-1990.html",
  "claims/jens-stoltenberg-undated-enlargement-never-raised.html",
  "actors/manfred-woerner.html", "events/nato-enlargement-1999-03-12.html",
  "sources/baker-gorbachev-memcon-1990-02-09.html",
];

let dir, site, server, browser;

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "hostile-"));
  const data = path.join(dir, "data");
  fs.cpSync(path.join(ROOT, "data"), data, { recursive: true });
  for (const [file, edit] of Object.entries(HOSTILE)) {
    const p = path.join(data, file);
    const r = JSON.parse(fs.readFileSync(p, "utf8"));
    edit(r);
    fs.writeFileSync(p, JSON.stringify(r, null, 2) + "\n");
  }
  assurances("fmt", "--data", data);
  site = buildSite(path.join(dir, "site"), data);
  server = await serve(site);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("hostile records render as text on every page, and nothing runs", async () => {
  for (const rel of PAGES) {
    const page = await newPage(browser, server.base);
    await page.goto(server.base + rel, { waitUntil: "load" });
    // Hover and focus whatever shows the hostile text.
    for (const el of await page.locator('b, a:has-text("pwned"), a:has-text("Wörner")').all()) {
      await el.focus().catch(() => {});
      await el.hover({ timeout: 200 }).catch(() => {});
    }
    await page.waitForTimeout(50);
    assert.equal(await page.evaluate(() => window.__pwned), undefined, `${rel}: script ran`);
    assert.equal(await page.locator("iframe, img, svg [onload], [onerror], [onmouseover], [onload]").count(), 0, `${rel}: markup from data`);
    assert.equal(await page.locator('a[href^="javascript:" i]').count(), 0, `${rel}: javascript: link`);
    assert.equal(await page.locator("main script").count(), 0, `${rel}: script element in main`);
    assert.deepEqual(page.problems(), [], rel);
    await page.context().close();
  }
  const page = await newPage(browser, server.base);
  await page.goto(server.base + "commitments/baker-gorbachev-one-inch-1990.html");
  assert.match(await page.locator("h1").textContent(), /^<script>window\.__pwned="title"<\/script> Baker <b/);
  assert.match(await page.locator("main").textContent(), /<img src=x onerror=/);
  await page.goto(server.base + "claims/jens-stoltenberg-undated-enlargement-never-raised.html");
  const ld = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  assert.ok(ld.text.startsWith(`</script><script>window.__pwned="jsonld"</script>`), "JSON-LD keeps the text as data");
  assert.equal(await page.locator("script").count(), 2, "only the JSON-LD block and site.js");
  await page.context().close();
});

test("hostile records stay text in the search index and its results", async () => {
  const page = await newPage(browser, server.base);
  await page.goto(server.base + "search.html");
  for (const q of ["script pwned", "woerner", "pwned"]) {
    await page.fill("#q", q);
    await page.waitForTimeout(50);
    assert.ok((await page.locator("#search-results li").count()) > 0, q);
    for (const el of await page.locator("#search-results a").all()) await el.hover({ timeout: 200 }).catch(() => {});
  }
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator("#search-results script, #search-results img, #search-results svg, #search-results iframe").count(), 0);
  assert.deepEqual(page.problems(), []);
  const index = fs.readFileSync(path.join(site, "assets/search-index.js"), "utf8");
  assert.ok(!/[<>]/.test(index), "the index file holds no raw < or >");
  await page.context().close();
});

test("no file of the hostile site holds the records' markup unescaped", () => {
  for (const rel of walk(site).filter((f) => f.endsWith(".html"))) {
    const html = fs.readFileSync(path.join(site, rel), "utf8");
    assert.ok(!html.includes("<script>window.__pwned"), rel);
    assert.ok(!/<(img|iframe|svg|b)\s[^>]*(onerror|onload|onmouseover|javascript:)/i.test(html), rel);
  }
});
