// Hosting: the caching rules the site ships (`_headers` for Netlify and Cloudflare Pages, the
// same in `nginx.conf`) and what they make of a reader's second visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { DIST, serve, launch, shippedHeaders } from './harness.mjs';

/** The app's JavaScript and WebAssembly, named by a hash of their bytes. */
const HASHED = /^explainer-[0-9a-f]+(_bg\.wasm|\.js)$/;
const files = fs.readdirSync(DIST).filter((f) => !f.startsWith('.') && fs.statSync(path.join(DIST, f)).isFile());

test('_headers: the app\'s files, named by their content, are kept for a year; the page and the other files are not', () => {
  const hashed = files.filter((f) => HASHED.test(f));
  assert.ok(hashed.some((f) => f.endsWith('.wasm')) && hashed.some((f) => f.endsWith('.js')), `hashed files: ${hashed}`);
  for (const f of hashed) {
    const digest = crypto.createHash('sha256').update(fs.readFileSync(path.join(DIST, f))).digest('hex');
    assert.equal(f.match(/^explainer-([0-9a-f]+)/)[1], digest.slice(0, 16), `${f} is named by its bytes`);
  }
  for (const f of hashed) assert.equal(shippedHeaders(DIST, '/' + f)['Cache-Control'], 'public, max-age=31536000, immutable', f);
  for (const f of files.filter((f) => !HASHED.test(f))) assert.equal(shippedHeaders(DIST, '/' + f)['Cache-Control'], undefined, f);
  assert.equal(shippedHeaders(DIST, '/')['Cache-Control'], undefined, 'the page');
});

test('nginx.conf: the same files kept for a year, with the headers every file gets', () => {
  const conf = fs.readFileSync(path.join(DIST, 'nginx.conf'), 'utf8');
  const cached = [...conf.matchAll(/location ~ "([^"]+)" \{([\s\S]*?)\n\}/g)].filter(([, , body]) => body.includes('immutable'));
  assert.equal(cached.length, 1, 'one rule');
  const [rule, re, body] = cached[0];
  for (const f of files) assert.equal(new RegExp(re).test('/' + f), HASHED.test(f), f);
  for (const h of ['X-Content-Type-Options', 'Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin', 'application/wasm']) {
    assert.ok(body.includes(h), h);
  }
  assert.ok(conf.indexOf(rule) < conf.indexOf('location ~ \\.wasm$'), 'it comes before the rule for every .wasm (the first match wins)');
});

test('nginx.conf: the charts\' CSV files as text/csv, with the headers every file gets', () => {
  const conf = fs.readFileSync(path.join(DIST, 'nginx.conf'), 'utf8');
  const rules = [...conf.matchAll(/location ~ "([^"]+)" \{([\s\S]*?)\n\}/g)].filter(([, , body]) => body.includes('text/csv'));
  assert.equal(rules.length, 1, 'one rule');
  const [, re, body] = rules[0];
  const csvs = ['', 'en/'].flatMap((lang) => fs.readdirSync(path.join(DIST, lang, 'downloads')).map((f) => `/${lang}downloads/${f}`));
  assert.equal(csvs.filter((f) => f.endsWith('.csv')).length, 20);
  for (const f of csvs) assert.equal(new RegExp(re).test(f), f.endsWith('.csv'), f);
  assert.ok(!new RegExp(re).test('/index.html') && !new RegExp(re).test('/downloads/../index.html'));
  assert.match(body, /default_type "text\/csv; charset=utf-8";/);
  for (const h of ['X-Content-Type-Options', 'Cross-Origin-Resource-Policy', 'Access-Control-Allow-Origin', 'Content-Security-Policy']) {
    assert.ok(body.includes(h), h);
  }
});

test('an address with no page: 404.html (nginx.conf sends it with the status), in both languages, without the app', async () => {
  const conf = fs.readFileSync(path.join(DIST, 'nginx.conf'), 'utf8');
  assert.match(conf, /error_page 404 \/404\.html;/);
  assert.match(conf, /try_files \$uri \$uri\/index\.html =404;/, 'no page stands in for another');
  const app = await serve(DIST);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    await page.goto(`${app.base}/404.html`);
    assert.equal(await page.locator('script').count(), 0);
    assert.equal(await page.getAttribute('meta[name="robots"]', 'content'), 'noindex');
    assert.match(await page.textContent('h1'), /Seite nicht gefunden/);
    assert.equal(await page.getAttribute('section[lang="en"] a', 'href'), '/en/');
    await page.click('section[lang="de"] a');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(new URL(page.url()).pathname, '/');
    assert.deepEqual(errors, [], 'the page keeps to the shipped policy');
  } finally {
    await browser.close();
    app.server.close();
  }
});

test('a second visit fetches only the page', async () => {
  const app = await serve(DIST, { caching: true });
  const asked = [];
  app.server.on('request', (req) => asked.push(new URL(req.url, 'http://x').pathname));
  const browser = await launch();
  try {
    const page = await (await browser.newContext()).newPage();
    const visit = async () => {
      await page.goto(app.base + '/');
      await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
      return asked.splice(0);
    };
    const first = await visit();
    assert.ok(first.some((p) => HASHED.test(p.slice(1)) && p.endsWith('.wasm')), `first visit: ${first}`);
    assert.ok(first.some((p) => HASHED.test(p.slice(1)) && p.endsWith('.js')), `first visit: ${first}`);
    assert.deepEqual(await visit(), ['/'], 'second visit');
  } finally {
    await browser.close();
    app.server.close();
  }
});
