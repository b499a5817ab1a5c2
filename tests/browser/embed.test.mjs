// Embeds: every view in frames of news pages served from another origin (pym.js, a
// Datawrapper-style listener, a sandboxed WordPress-style frame, the explainer's own embed
// code). The frame fits its content, stays still, follows when content opens; forged messages
// change nothing; the Content-Security-Policy holds; no cookie, no storage, no foreign request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, VIEWS, serve, serveHosts, launch, hostFrame, open, openCard, setRange, text } from './harness.mjs';

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
  const frame = await hostFrame(page);
  await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  return { context, page, frame, problems };
}

/** A view's height on the article's page without what its embedded page leaves out: the
 * charts' embed buttons and the open embed codes. */
const shownHere = (page, view) => page.$eval(`#${view}`, (e) => {
  const v = e.closest('.calc, .chart');
  const outer = (x) => { const s = getComputedStyle(x); return x.getBoundingClientRect().height + parseFloat(s.marginTop) + parseFloat(s.marginBottom); };
  return v.getBoundingClientRect().height - [...v.querySelectorAll('.chart .embed-control, .calc-actions .embed-code')].reduce((a, x) => a + outer(x), 0);
});
const frameHeight = (page) => page.evaluate(() => window.frameEl().getBoundingClientRect().height);
const docHeight = (frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** Waits until the frame is as tall as its document (within 2 px); returns the ms it took. */
async function settles(page, frame, within = 10000) {
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
    await stays(page, 600);
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
      cards: document.querySelectorAll('.calc').length,
      charts: [...document.querySelectorAll('.chart-frame')].map((f) => f.id),
      font: getComputedStyle(document.querySelector('.chart-source')).fontFamily,
      embeds: document.querySelectorAll('.embed-control').length,
      // What the charts say of the marker: its label, the text alternative, the tables.
      words: [...document.querySelectorAll('.chart-frame')].map((f) => [f.getAttribute('aria-label'), f.querySelector('.chart-labels')?.textContent,
        f.closest('figure').querySelector('table')?.textContent].join(' ')).join(' '),
      // A link to another site must not replace the view in the host's frame.
      inFrame: [...document.querySelectorAll('a[href]')].filter((a) => new URL(a.href).origin !== location.origin && a.target !== '_blank').map((a) => a.href),
    }));
    assert.deepEqual(info.inFrame, [], `${view}: links to other sites open a new tab`);
    assert.equal(info.toolbar, false, `${view}: no site chrome`);
    assert.equal(info.embeds, 0, `${view}: no embed code inside a frame`);
    if (view.endsWith('-chart')) {
      // A chart's view is the chart alone, in the charts' type as in the article's cards.
      assert.deepEqual([info.cards, info.charts], [0, [view]], `${view}: the chart alone`);
      assert.match(info.font, /sans/i, `${view}: the sans type`);
      // Without the calculator's controls the scenario is not the reader's own.
      assert.doesNotMatch(info.words, /\bIhr(e|en)?\b/, `${view}: ${info.words}`);
    } else if (view === 'c1') {
      assert.match(info.words, /Ihre Wahl: 34,72\s\$/, 'beside its controls the scenario is the reader\'s');
    }
    assert.ok(info.title && info.source, `${view}: title and source`);
    assert.ok(info.link && !/embed[=/]/.test(info.link), `${view}: link to the whole explainer`);
    assert.deepEqual(problems, [], view);
    await context.close();
  }
});

test('an embed keeps the keys of the full page', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // The view's own page, and the older form on the article's address (built afresh there).
  for (const address of ['/embed/c1/?cap=8&n=301', '/embed/c1?cap=8&n=301', '/?embed=c1&cap=8&n=301', '/en/embed/c1/?cap=8&n=301']) {
    await page.goto(app.base + address);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(await page.$eval('#c1-capital', (e) => e.value), '8', address);
    assert.equal(await page.$eval('#users', (e) => e.value), '301', address);
    assert.equal(await page.locator('.article, .toolbar').count(), 0, `${address}: the view alone`);
    const question = (await page.textContent('.calc-question')).trim();
    assert.match(question, address.startsWith('/en/') ? /^How/ : /^Wie/);
    assert.ok((await page.title()).startsWith(`${question} | `), `${address}: the title names the view`);
    const link = await page.$eval('.embed-link a', (a) => a.href);
    assert.equal(link, `${app.base}${address.startsWith('/en/') ? '/en' : ''}/?cap=8&n=301`, address);
  }
  await context.close();
});

test('each view has a page of its own in each language, prerendered: without JavaScript it shows the view and a note, not the article', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  for (const [lang, prefix, note] of [['de', '', /^Die Regler laufen nicht .*Werte des Artikels\.$/], ['en', '/en', /^The controls are not running .*the article’s values\.$/]]) for (const view of VIEWS) {
    const response = await page.goto(`${app.base}${prefix}/embed/${view}/`);
    assert.equal(response.status(), 200, view);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang, `${prefix} ${view}`);
    const info = await page.evaluate(() => ({
      embed: document.documentElement.classList.contains('embed'),
      named: document.getElementById('app')?.dataset.embed,
      article: document.querySelectorAll('.article, .toolbar, .legend, .article-header, .claim-list').length,
      title: document.querySelector('.calc-question, figcaption')?.textContent,
      source: document.querySelector('.chart-source')?.textContent,
      charts: document.querySelectorAll('.chart-static svg').length,
      link: document.querySelector('.embed-link a')?.getAttribute('href'),
      robots: document.querySelector('meta[name="robots"]')?.content,
    }));
    assert.equal(info.embed, true, `${view}: styled as an embed from the first paint`);
    assert.equal(info.named, view, view);
    assert.equal(info.article, 0, `${view}: no article, no site chrome`);
    assert.ok(info.title && info.source, `${view}: title and source`);
    assert.ok((await page.title()).startsWith(`${info.title.trim()} | `), `${prefix} ${view}: the document's title names the view`);
    assert.ok(info.charts >= 1, `${view}: its chart as SVG`);
    assert.equal(info.link, `${prefix}/`, `${view}: a link to the whole explainer in its language`);
    assert.equal(info.robots, 'noindex, indexifembedded', view);
    assert.ok(await page.locator('.app-note').isVisible(), `${view}: the note that the calculators need JavaScript`);
    assert.match((await page.textContent('.app-note')).trim(), note);
  }
  // The headline calculator at the article's values, in each language.
  await page.goto(`${app.base}/embed/c1/`);
  assert.equal(await text(page, '#c1-result'), '34,72 $');
  await page.goto(`${app.base}/en/embed/c1/`);
  assert.equal(await text(page, '#c1-result'), '$34.72');
  await context.close();
});

test('an embedded view keeps its height and its layout while the app takes it over, in each language', async () => {
  for (const lang of ['de', 'en']) for (const view of VIEWS) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    await context.addInitScript(() => {
      if (window.parent === window) {
        window.__heights = [];
        addEventListener('message', (e) => {
          const d = e.data && e.data['datawrapper-height'];
          if (d) window.__heights.push(...Object.values(d));
        });
      } else {
        window.__cls = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
      }
    });
    const page = await context.newPage();
    await page.goto(`${host.base}/datawrapper.html?view=${view}&lang=${lang}`);
    const frame = await hostFrame(page);
    await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
    assert.equal(await frame.evaluate(() => document.documentElement.lang), lang, view);
    await page.waitForTimeout(400);
    const heights = await page.evaluate(() => window.__heights);
    assert.ok(heights.length >= 1, `${view}: a height reported`);
    assert.deepEqual([...new Set(heights)], [heights[0]], `${lang} ${view}: one height from the prerendered view on: ${heights}`);
    assert.equal(await frame.evaluate(() => window.__cls), 0, `${lang} ${view}: no layout shift in the frame`);
    assert.ok(await frame.locator('canvas').count() > 0, `${lang} ${view}: the app's charts in place`);
    await context.close();
  }
});

test('without WebAssembly an embedded view stays, with its note, and the frame fits it', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  await page.goto(`${host.base}/datawrapper.html?view=c2`);
  const frame = await hostFrame(page);
  await frame.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
  assert.ok(await frame.locator('.app-note').isVisible());
  assert.ok(await frame.locator('#c2 .chart-static svg').first().isVisible(), 'the prerendered chart stays');
  assert.equal(await frame.locator('.article').count(), 0);
  await settles(page, frame);
  await context.close();
});

test('the embed code from a calculator\'s button: the view\'s own page with the reader\'s scenario, fitted by embed.js', async () => {
  const { page, context } = await open(browser, `${app.base}/`, { viewport: { width: 1280, height: 900 } });
  await openCard(page, 'c1');
  await openCard(page, 'c2');
  await setRange(page, '#c2-target', 25);
  await setRange(page, '#c1-capital', 7);
  await page.click('#c1 .calc-actions .embed-control > button');
  assert.ok((await page.inputValue('#c1-embed-code')).includes('/embed/c1/?cap=7&amp;theme=light"'));
  // Moved after the code opened: the code follows when the reader comes to copy it, whole and
  // selected; it carries the view's own inputs only.
  await setRange(page, '#c1-capital', 8);
  await page.focus('#c1-embed-code');
  const code = await page.inputValue('#c1-embed-code');
  assert.ok(code.includes(`src="${app.base}/embed/c1/?cap=8&amp;theme=light"`), code);
  assert.deepEqual(await page.$eval('#c1-embed-code', (t) => [t.selectionStart, t.selectionEnd, t.value.length]).then(([a, b, n]) => [a, b - n]), [0, 0], 'all selected');
  assert.ok(code.includes(`<script src="${app.base}/embed.js" async></script>`), code);
  // Its fixed height, for hosts without the script: the card's, with room for the link back.
  const fixed = Number(code.match(/height="(\d+)"/)[1]);
  const card = await shownHere(page, 'c1');
  assert.ok(fixed >= card + 60 && fixed <= card + 100, `fixed ${fixed} px, card ${card} px`);
  // The same with the chart's code open in the card too.
  await page.click('#c1 .chart .embed-control > button');
  await page.focus('#c1-embed-code');
  assert.equal(await page.inputValue('#c1-embed-code'), code);
  await page.click('#c1 .chart .embed-control > button');
  // Copied by its button where the clipboard may be written, with a status; otherwise selected
  // for the reader's own keys, and the status says so.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.base });
  await page.click('#c1 .embed-code button');
  await page.waitForFunction(() => document.querySelector('#c1 .embed-code [role=status]').textContent === 'Code kopiert');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
  await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true }));
  await page.click('#c1 .embed-code button');
  await page.waitForFunction(() => /Strg\+C/.test(document.querySelector('#c1 .embed-code [role=status]').textContent));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'c1-embed-code');
  assert.deepEqual(await page.$eval('#c1-embed-code', (t) => [t.selectionStart, t.selectionEnd - t.value.length]), [0, 0]);
  // The frame's colours: light unless the editor picks dark or the reader's own.
  await page.check('#c1 .embed-code input[type=radio] >> nth=1');
  assert.ok((await page.inputValue('#c1-embed-code')).includes('/embed/c1/?cap=8&amp;theme=dark"'));
  await page.check('#c1 .embed-code input[type=radio] >> nth=2');
  assert.ok((await page.inputValue('#c1-embed-code')).includes('/embed/c1/?cap=8"'));
  await page.check('#c1 .embed-code input[type=radio] >> nth=0');
  assert.equal(await page.inputValue('#c1-embed-code'), code);
  // The code on a page of its own: the frame shows the calculator at 8 tn $ and takes its height.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'news-')), 'news.html');
  fs.writeFileSync(file, `<!doctype html><html lang="en"><title>News</title><h1>News</h1>${code}</html>`);
  const newsHost = await serveHosts(app.base, { '/news.html': file });
  const news = await context.newPage();
  await news.goto(`${newsHost.base}/news.html`);
  const frame = await (await news.waitForSelector('iframe')).contentFrame();
  await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  assert.equal(await frame.$eval('#c1-capital', (e) => e.value), '8');
  let frameHeight, docHeight;
  for (const end = Date.now() + 10000; Date.now() < end;) {
    frameHeight = await news.$eval('iframe', (f) => f.getBoundingClientRect().height);
    docHeight = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    if (Math.abs(frameHeight - docHeight) <= 2) break;
    await news.waitForTimeout(50);
  }
  assert.ok(Math.abs(frameHeight - docHeight) <= 2 && frameHeight !== fixed, `frame ${frameHeight} px, view ${docHeight} px`);
  // Without the script: the fixed height holds the whole view in a column as wide as the article's.
  const bare = path.join(path.dirname(file), 'bare.html');
  fs.writeFileSync(bare, `<!doctype html><html lang="en"><title>News</title><main style="max-width:42rem">${code.replace(/<script.*<\/script>/, '')}</main></html>`);
  const bareHost = await serveHosts(app.base, { '/bare.html': bare });
  await news.goto(`${bareHost.base}/bare.html`);
  const bareFrame = await (await news.waitForSelector('iframe')).contentFrame();
  await bareFrame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  assert.equal(await news.$eval('iframe', (f) => f.getBoundingClientRect().height), fixed);
  const bareDoc = await bareFrame.evaluate(() => document.documentElement.scrollHeight);
  assert.ok(bareDoc <= fixed, `view ${bareDoc} px in a frame ${fixed} px high`);
  bareHost.server.close();
  // In English: the English view's page.
  await page.click('.language a[lang="en"]');
  await page.waitForFunction(() => document.querySelector('#c1-embed-code')?.value.includes('/en/embed/c1/'));
  assert.ok((await page.inputValue('#c1-embed-code')).includes(`src="${app.base}/en/embed/c1/?cap=8&amp;theme=light"`));
  await context.close();
  newsHost.server.close();
});

test('every view can be embedded from the article: each card and each chart of its own has its button and its code', async () => {
  const { page, context } = await open(browser, `${app.base}/`, { viewport: { width: 1280, height: 900 } });
  const cards = VIEWS.filter((v) => !v.endsWith('-chart') && v !== 'c6');
  for (const card of cards) await openCard(page, card);
  // The models card is its chart alone: its card's button serves.
  const charts = VIEWS.filter((v) => v.endsWith('-chart') && v !== 'c6-models-chart');
  assert.equal(await page.locator('.embed-control > button').count(), cards.length + charts.length);
  for (const view of [...cards, ...charts]) {
    const button = view.endsWith('-chart')
      ? page.locator(`#${view}`).locator('xpath=ancestor::figure[1]').locator('.embed-control > button')
      : page.locator(`#${view} .calc-actions .embed-control > button`);
    assert.equal(await button.textContent(), view.endsWith('-chart') ? 'Diagramm einbetten' : 'Einbetten', view);
    await button.click();
    const code = await page.inputValue(`#${view}-embed-code`);
    assert.ok(code.includes(`src="${app.base}/embed/${view}/?theme=light"`), `${view}: ${code}`);
    // Its fixed height: the view's here (the card, or the chart's figure), with room for the link back.
    const fixed = Number(code.match(/height="(\d+)"/)[1]);
    const own = await shownHere(page, view);
    assert.ok(fixed >= Math.max(400, own + 60) && fixed <= Math.max(400, own + 100), `${view}: fixed ${fixed} px, view ${own} px`);
    await button.click();
  }
  await context.close();
});

test('the share link is the article\'s address with the scenario, also from a frame (without the frame\'s parameters)', async () => {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  // The system's share sheet, recorded (in every frame).
  await context.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: (data) => { window.__shared = data.url; return Promise.resolve(); } });
  });
  const page = await context.newPage();
  await page.goto(`${host.base}/pym.html?view=c1&lang=en`);
  const frame = await hostFrame(page);
  await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  assert.match(frame.url(), /\/en\/embed\/c1\/\?.*childId=/, 'pym.js adds its parameters to the frame\'s address');
  await setRange(frame, '#c1-capital', 8);
  await frame.click('#c1 .share > button');
  assert.equal(await (await frame.waitForFunction(() => window.__shared)).jsonValue(), `${app.base}/en/?cap=8`);
  // On the article's page: its own address.
  await page.goto(`${app.base}/`);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await openCard(page, 'c1');
  await setRange(page, '#c1-capital', 8);
  await page.click('#c1 .share > button');
  assert.equal(await (await page.waitForFunction(() => window.__shared)).jsonValue(), `${app.base}/?cap=8`);
  await context.close();
});

test('axe-core finds no WCAG 2.1 A/AA violation in the views on their own, in each language', async () => {
  const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
  const page = await context.newPage();
  for (const prefix of ['', '/en']) for (const view of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c1-chart', 'c3-proj-chart']) {
    await page.goto(`${app.base}${prefix}/embed/${view}/`);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    await page.evaluate(AXE);
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')}`);
    assert.deepEqual(found, [], `${prefix}/embed/${view}/`);
  }
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
