// Shared by the browser tests: serves the release build (dist/) on a loopback port, launches
// Debian's Chromium headless through playwright-core, and records console errors, page errors
// and every request that leaves the page's own origin.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { chartPicture } from './in-page.mjs';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const DIST = path.join(ROOT, 'dist');

const MIME = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8' };

/**
 * The headers of a Netlify-style `_headers` file (what the site ships) for a path: those of
 * every rule whose pattern matches it (`*` matches anything), as Netlify and Cloudflare Pages
 * send them. The default path, `/`, gets the rules for the whole site.
 */
export function shippedHeaders(dir = DIST, pathname = '/') {
  const file = path.join(dir, '_headers');
  if (!fs.existsSync(file)) return {};
  const headers = {};
  let applies = false;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (/^\S/.test(line) && !line.startsWith('#')) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '.*');
      applies = new RegExp(`^${pattern}$`).test(pathname);
    }
    const m = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (applies && m) headers[m[1]] = headers[m[1]] ? `${headers[m[1]]}, ${m[2].trim()}` : m[2].trim();
  }
  return headers;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port with the headers the site ships (its
 * Content-Security-Policy among them); resolves to { server, base }. `rewrite(file, body, url)`
 * may change a file on the way out (host pages get the app's address). Nothing is cached,
 * unless `caching`: then each path gets the shipped headers for it, its caching rules too
 * (and `headers` is not used). `compress`: brotli for clients that accept it, as hosts send it.
 */
export function serve(dir = DIST, { headers = shippedHeaders(dir), rewrite = null, extra = {}, caching = false, compress = false } = {}) {
  const compressed = new Map();
  const rules = new Map(); // the shipped headers by path, read once each
  const shipped = (pathname) => {
    if (!rules.has(pathname)) rules.set(pathname, shippedHeaders(dir, pathname));
    return { ...rules.get(pathname) };
  };
  if (!fs.existsSync(path.join(dir, 'index.html')) && !extra['/index.html']) throw new Error(`${dir}/index.html missing: run the release build first`);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = extra[url.pathname] || path.join(dir, decodeURIComponent(url.pathname));
    if (!extra[url.pathname] && !file.startsWith(dir)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = extra['/index.html'] || path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    let body = fs.readFileSync(file);
    if (rewrite) body = rewrite(file, body, url);
    const sent = caching ? shipped(url.pathname) : { ...headers, 'Cache-Control': 'no-store' };
    if (compress && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
      if (!compressed.has(file)) compressed.set(file, zlib.brotliCompressSync(body));
      body = compressed.get(file);
      Object.assign(sent, { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
    }
    res.writeHead(200, { ...sent, 'Content-Type': MIME[path.extname(file)] || 'application/octet-stream' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () =>
    resolve({ server, base: `http://127.0.0.1:${server.address().port}` })));
}

/** The calculators with inputs, by their card's id. */
export const CALCULATORS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6-bitcoin'];

/** The explainer's frame in a host page of `serveHosts` (each names it `window.frameEl()`). */
export async function hostFrame(page) {
  return (await page.waitForFunction(() => window.frameEl && window.frameEl())).asElement().contentFrame();
}

/** Every view an editor can embed (`/embed/<view>/`, `/en/embed/<view>/`). */
export const VIEWS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c6-bitcoin', 'c6-mit', 'c6-models', 'c1-chart', 'c2-chart',
  'c3-chart', 'c3-share-chart', 'c3-proj-chart', 'c4-chart', 'c5-chart', 'c6-bitcoin-chart', 'c6-models-chart'];

/**
 * Serves the news pages of tests/browser/hosts on another origin, without the app's headers,
 * with the app's address (`{{APP}}`, `{{APP_RE}}`), the view (`{{VIEW}}`, from `?view=`) and
 * the language's path (`{{LANG_PATH}}`: `/en` for `?lang=en`) filled in; pym.js from npm. `extra` maps more paths to files.
 */
export function serveHosts(appBase, extra = {}) {
  const hosts = path.join(ROOT, 'tests/browser/hosts');
  const escaped = appBase.replace(/[.:/]/g, (c) => '\\\\' + c);
  return serve(hosts, {
    headers: {},
    extra: { '/pym.v1.min.js': path.join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'),
      '/index.html': path.join(hosts, 'plain.html'), ...extra },
    rewrite: (file, body, url) => (file.endsWith('.html')
      ? Buffer.from(body.toString()
        .replaceAll('{{APP}}', appBase)
        .replaceAll('{{APP_RE}}', escaped)
        .replaceAll('{{VIEW}}', url.searchParams.get('view') || 'c1')
        .replaceAll('{{LANG_PATH}}', url.searchParams.get('lang') === 'en' ? '/en' : ''))
      : body),
  });
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens `url` in a fresh context and waits until the app runs.
 * Returns { page, context, problems } where problems collects console errors, page errors,
 * failed requests and requests to other origins.
 */
export async function open(browser, url, { viewport = { width: 1280, height: 900 }, dpr = 1, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: dpr, colorScheme });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console error: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith('data:') && new URL(u).origin !== origin) problems.push(`foreign request: ${u}`);
  });
  page.on('requestfailed', (r) => problems.push(`failed request: ${r.url()}`));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.__problems = problems;
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 20000 });
  return { page, context, problems };
}

/** Opens a calculator card if it is closed (on a phone, or a compact card). */
export async function openCard(page, id) {
  if (!(await page.locator(`#${id} .calc-body`).isVisible())) await page.click(`#${id} .calc-toggle`);
  await page.locator(`#${id} .calc-body`).waitFor({ state: 'visible' });
}

/** Sets a range input's value and fires a bubbling input event, as a drag does. */
export async function setRange(page, selector, value) {
  await page.$eval(selector, (el, v) => {
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** The chart as the reader sees it (see `chartPicture`). */
export function pixels(page, selector = '#c1-chart') {
  return page.evaluate(chartPicture, selector);
}

/** Text of an element, whitespace collapsed. */
export async function text(page, selector) {
  return (await page.textContent(selector)).replace(/\s+/g, ' ').trim();
}

/**
 * The article's words as a reader sees them in the text: without the marks' verdict symbols
 * and screen-reader notes, and without the calculators, cards, legend and fact check.
 */
export async function proseText(page, selector = 'article') {
  const t = await page.$eval(selector, (el) => {
    const c = el.cloneNode(true);
    c.querySelectorAll('.mark-symbol, .visually-hidden, .calc, .legend, .claim-pop, .claim-list').forEach((n) => n.remove());
    return c.textContent;
  });
  return t.replace(/\s+/g, ' ').trim();
}
