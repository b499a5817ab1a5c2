// Embeds: every view in frames of news pages served from another origin (pym.js, a
// Datawrapper-style listener, a sandboxed WordPress-style frame, the explainer's own embed
// code). The frame fits its content, stays still, follows when content opens; forged messages
// change nothing; the Content-Security-Policy holds; no cookie, no storage, no foreign request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { VIEWS, serve, serveHosts, launch } from './harness.mjs';

let app, host, browser;

before(async () => {
  app = await serve();
  host = await serveHosts(app.base);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  app?.server.close();
  host?.server.close();
});

/** Opens a host page; records CSP violations, console errors and requests. */
async function openHost(kind, view) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    window.__csp = [];
    addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const o = new URL(r.url()).origin;
    if (!r.url().startsWith('data:') && o !== app.base && o !== host.base) problems.push(`foreign request: ${r.url()}`);
  });
  await page.goto(`${host.base}/${kind}.html?view=${view}`);
  const frame = await (await page.waitForFunction(() => window.frameEl && window.frameEl())).asElement().contentFrame();
  await frame.waitForFunction(() => document.querySelector('.calc, .chart'), null, { timeout: 15000 });
  return { context, page, frame, problems };
}

const frameHeight = (page) => page.evaluate(() => window.frameEl().getBoundingClientRect().height);
const docHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Waits until the frame is as tall as its document (within 2 px); returns the ms it took. */
async function settles(page, frame, within = 2000) {
  const t0 = Date.now();
  for (;;) {
    const [f, d] = [await frameHeight(page), await docHeight(frame)];
    if (Math.abs(f - d) <= 2) return Date.now() - t0;
    if (Date.now() - t0 > within) assert.fail(`frame ${f} px, document ${d} px after ${within} ms`);
    await page.waitForTimeout(50);
  }
}

async function stays(page, ms = 2000) {
  const seen = new Set();
  for (let t = 0; t < ms; t += 100) { seen.add(Math.round(await frameHeight(page))); await page.waitForTimeout(100); }
  assert.equal(seen.size, 1, `the frame moved: ${[...seen]}`);
}

for (const kind of ['pym', 'datawrapper', 'wordpress', 'plain']) {
  test(`${kind}: the frame fits, stays, follows, ignores forged messages, keeps its policy`, async () => {
    const { context, page, frame, problems } = await openHost(kind, 'c1');
    await settles(page, frame);
    await stays(page);
    // Content that opens: the claim's details.
    const before = await frameHeight(page);
    await frame.click('#c1 .claim-more summary');
    await settles(page, frame);
    assert.ok(await frameHeight(page) > before + 20, 'the frame grew with its content');
    // A hostile sibling forges messages both ways.
    const state = await frame.evaluate(() => [location.href, document.querySelector('#c1-capital').value, document.querySelector('#c1-result').textContent]);
    const h = await frameHeight(page);
    await page.frame({ url: /evil\.html/ }).evaluate(() => window.forge());
    await page.waitForTimeout(700);
    assert.equal(await frameHeight(page), h, 'forged heights ignored');
    assert.deepEqual(await frame.evaluate(() => [location.href, document.querySelector('#c1-capital').value, document.querySelector('#c1-result').textContent]), state);
    await settles(page, frame);
    // Policy, privacy.
    assert.deepEqual(await frame.evaluate(() => window.__csp), []);
    assert.equal(await frame.evaluate(() => { try { return document.cookie; } catch { return ''; } }), '');
    assert.equal(await frame.evaluate(() => { try { return localStorage.length + sessionStorage.length; } catch { return 0; } }), 0);
    assert.deepEqual(await context.cookies(), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the sandboxed frame has an opaque origin and still runs the app', async () => {
  const { context, frame, problems } = await openHost('wordpress', 'c2');
  assert.equal(await frame.evaluate(() => origin), 'null');
  assert.ok(await frame.locator('#c2-chart canvas').count() > 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('pym.js: the frame answers the parent\'s width messages with its height', async () => {
  const { context, page, frame } = await openHost('pym', 'c4');
  await settles(page, frame);
  await page.setViewportSize({ width: 600, height: 800 });
  await page.evaluate(() => window.pymParent.sendWidth());
  await settles(page, frame);
  await context.close();
});

test('every view fits its frame, with a title, its source and a link to the whole explainer', async () => {
  for (const view of VIEWS) {
    const { context, page, frame, problems } = await openHost('datawrapper', view);
    await settles(page, frame, 3000);
    const info = await frame.evaluate(() => ({
      toolbar: !!document.querySelector('.toolbar, .legend, .article-header'),
      title: document.querySelector('.calc-question, figcaption')?.textContent,
      source: document.querySelector('.chart-source')?.textContent,
      link: document.querySelector('.embed-link a')?.getAttribute('href'),
    }));
    assert.equal(info.toolbar, false, `${view}: no site chrome`);
    assert.ok(info.title && info.source, `${view}: title and source`);
    assert.ok(info.link && !info.link.includes('embed='), `${view}: link to the whole explainer`);
    assert.deepEqual(problems, [], view);
    await context.close();
  }
});

test('an embed keeps the keys of the full page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${app.base}/?embed=c1&cap=8&n=301`);
  await page.waitForSelector('#c1-result');
  assert.equal(await page.$eval('#c1-capital', (e) => e.value), '8');
  assert.equal(await page.$eval('#users', (e) => e.value), '301');
  const link = await page.$eval('.embed-link a', (a) => a.href);
  assert.equal(link, `${app.base}/?cap=8&n=301`);
  await context.close();
});

test('the page runs under the shipped Content-Security-Policy', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__csp = [];
    addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const response = await page.goto(`${app.base}/?cap=8`);
  const csp = response.headers()['content-security-policy'];
  assert.match(csp, /default-src 'none'/);
  assert.ok(!csp.includes('unsafe-inline') && !csp.includes("'unsafe-eval'"));
  await page.waitForFunction(() => performance.getEntriesByName('first-draw').length > 0);
  await page.click('#mark-c2-cape-today-0');
  await page.focus('#c1-chart');
  await page.keyboard.press('ArrowRight');
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  await context.close();
});
