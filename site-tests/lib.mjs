// Shared helpers of the browser tests: build the site with the `assurances` binary, serve it
// under a sub-path (as GitHub Pages does), and drive Debian's Chromium with Playwright.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "..");
export const BIN = process.env.ASSURANCES_BIN || path.join(ROOT, "target/debug/assurances");
export const SCREENSHOTS = process.env.SCREENSHOTS_DIR || path.join(ROOT, "target/site-screenshots");
export const PREFIX = "/nato-assurances/";

/** Run the `assurances` binary; its stdout. */
export function assurances(...args) {
  return execFileSync(BIN, args, { encoding: "utf8", maxBuffer: 64 << 20 });
}

/** Build the site of `dataDir` (the embedded data when null) into `out`. */
export function buildSite(out, dataDir = null) {
  fs.rmSync(out, { recursive: true, force: true });
  const args = ["site", "--out", out];
  if (dataDir) args.push("--data", dataDir);
  assurances(...args);
  return out;
}

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".json": "application/json", ".csv": "text/csv", ".md": "text/markdown", ".png": "image/png",
};

/** Serve `dir` under PREFIX on a free loopback port: { base, close }. */
export async function serve(dir) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(PREFIX)) { res.writeHead(404); res.end(); return; }
    let rel = decodeURIComponent(url.pathname.slice(PREFIX.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.join(dir, rel);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404); res.end("not found"); return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { base: `http://127.0.0.1:${port}${PREFIX}`, close: () => new Promise((r) => server.close(r)) };
}

/** Debian's Chromium, headless, with the flags this machine's closed network needs. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * A new page that records console errors, uncaught exceptions, dialogs and every request
 * to another host (which is aborted). `page.problems()` lists them.
 */
export async function newPage(browser, base, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems = [];
  const allowed = base ? new URL(base).host : null;
  await context.route("**/*", (route) => {
    const u = new URL(route.request().url());
    const local = u.protocol === "file:" || u.protocol === "data:" || (allowed && u.host === allowed);
    if (local) return route.continue();
    problems.push(`request to another host: ${u.href}`);
    return route.abort();
  });
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console error: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("dialog", (d) => { problems.push(`dialog: ${d.message()}`); d.dismiss(); });
  page.problems = () => problems;
  return page;
}

/** Every file under `dir`, relative, with `/` separators. */
export function walk(dir, rel = "") {
  return fs.readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((e) => {
    const r = rel ? `${rel}/${e.name}` : e.name;
    return e.isDirectory() ? walk(dir, r) : [r];
  });
}

/** The dataset export the site ships (downloads/dataset.json). */
export function datasetOf(siteDir) {
  return JSON.parse(fs.readFileSync(path.join(siteDir, "downloads/dataset.json"), "utf8"));
}
