// Faults: no JavaScript, no WebAssembly, a panic in the app; no layout shift while the app
// takes over the prerendered page; and how the page fetches the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, serveHosts, hostFrame, launch, open, openCard, setRange, proseText, text } from './harness.mjs';
import { choicesShowTheirValue } from './in-page.mjs';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'content/article.de.txt'), 'utf8');
const ARTICLE_EN = fs.readFileSync(path.join(ROOT, 'content/article.en.txt'), 'utf8');
const PANIC_DIST = path.join(ROOT, 'target/dist-panic');

let app, panicking, browser;

before(async () => {
  app = await serve();
  panicking = await serve(PANIC_DIST);
  browser = await launch();
});

after(async () => {
  await browser?.close();
  app?.server.close();
  panicking?.server.close();
});

/** The page as without JavaScript (nojs.css): every calculator open, none laid over another,
 * no control that only the app serves. */
async function asWithoutJavaScript(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.calc-toggle')].every((t) => !t.checkVisibility()), null, { timeout: 5000 });
  assert.ok(await page.locator('#c5 .calc-body').isVisible(), 'closed cards show their content');
  assert.equal(await page.locator('.calc-actions button, .downloads button, .reset-all').filter({ visible: true }).count(), 0,
    'no share, embed, reset or download button that does nothing');
  const overlaps = await page.$$eval('.calc', (cs) => {
    const boxes = cs.map((c) => [c.id, c.getBoundingClientRect()]);
    return boxes.flatMap(([a, r], i) => boxes.slice(i + 1)
      .filter(([, q]) => r.left < q.right && q.left < r.right && r.top < q.bottom && q.top < r.bottom).map(([b]) => `${a}/${b}`));
  });
  assert.deepEqual(overlaps, [], 'no calculator laid over another');
  // No control that moves without changing anything: a slider's value stands in its label, a
  // choice shows only its value.
  assert.equal(await page.locator('.calc input').filter({ visible: true }).count(), 0, 'no slider or radio button');
  assert.ok(await page.evaluate(choicesShowTheirValue), 'each choice shows only its chosen option');
  assert.ok((await page.textContent('#c1 .field-value')).trim().length > 0, "a slider's value in its label");
  const lists = await page.$$eval('.calc select', (ss) => ss.map((s) => [s.id, s.disabled, getComputedStyle(s).color, getComputedStyle(s.closest('.field')).color]));
  assert.ok(lists.length >= 3 && lists.every(([, disabled, c, text]) => disabled && c === text), `lists disabled, in the text's colour: ${JSON.stringify(lists)}`);
  // Each prerendered chart fills its frame, which takes the chart's proportions: not drawn
  // small in the middle of a wide frame.
  const charts = await page.$$eval('.chart-frame', (fs) => fs.filter((f) => f.checkVisibility()).map((f) => {
    const box = f.getBoundingClientRect(), svg = f.querySelector('.chart-static svg');
    const [, , w, h] = svg.getAttribute('viewBox').split(' ').map(Number);
    return [f.id, box.width / box.height, w / h, box.width];
  }));
  assert.ok(charts.length >= 8, `${charts.length} charts`);
  for (const [id, shown, drawn, width] of charts) {
    assert.ok(Math.abs(shown / drawn - 1) < 0.02 && width >= 280, `${id}: ${shown} against ${drawn}, ${width} px wide`);
  }
}

async function allOfTheArticle(page, article = ARTICLE) {
  const body = await proseText(page);
  for (const line of article.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
    assert.ok(body.includes(line), `missing: ${line.slice(0, 60)}`);
  }
}

test('without JavaScript: the whole article, its figures, the charts and the fact check; notes on the controls', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.base + '/');
  await allOfTheArticle(page);
  assert.equal((await page.textContent('[data-slot="c1.iphone"]')).trim(), '35 Dollar');
  assert.equal(await page.locator('.chart-static svg').count(), 10);
  assert.ok(await page.locator('#c1 .chart-static svg').isVisible());
  // The prerendered charts show the article's scenario, which no reader has chosen.
  const marker = await page.textContent('#c1-chart .chart-static svg');
  assert.ok(marker.includes('Szenario: 34,72') && !/\bIhr/.test(marker), marker);
  assert.ok((await page.textContent('#c1-result')).includes('34,72'));
  assert.ok(await page.locator('.app-note').isVisible());
  assert.ok(await page.locator('#c1 .needs-js').isVisible());
  assert.ok(await page.locator('#c2 .calc-body').isVisible(), 'closed cards show their content');
  await asWithoutJavaScript(page);
  // Each marked claim is a link to its entry in the fact check.
  const marks = await page.$$eval('.article .mark', (ms) => ms.map((m) => [m.tagName, m.getAttribute('href')]));
  assert.ok(marks.length >= 20, `${marks.length} marks`);
  for (const [tag, href] of marks) {
    assert.equal(tag, 'A');
    assert.equal(await page.locator(`.claim-list ${href}`).count(), 1, href);
  }
  await page.click('#mark-c1-0');
  await page.waitForURL(/#claim-c1$/);
  assert.ok(await page.locator('#claim-c1').isVisible());
  const inView = (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return r.top >= -1 && r.top < innerHeight; });
  assert.ok(await inView('#claim-c1'), 'the entry in view');
  // The last mark's entry, below entries laid out only near the view (content-visibility),
  // stays in view once those are laid out.
  const last = await page.$$eval('.article .mark', (ms) => ms.at(-1).id);
  const entry = await page.getAttribute(`#${last}`, 'href');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click(`#${last}`);
  await page.waitForURL((url) => url.hash === entry);
  await page.waitForTimeout(300); // (the page runs no script here: no frame callbacks to wait for)
  assert.ok(await inView(entry), `${entry} in view`);
  assert.equal(await page.locator('.claim-list .claim-entry').count(), 22);
  // No control that does nothing: the reset is hidden; the language switch is a pair of links.
  assert.equal(await page.locator('.toolbar button').filter({ visible: true }).count(), 0);
  await page.click('.language a[hreflang="en"]');
  await page.waitForURL(`${app.base}/en/`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.click('.language a[hreflang="de"]');
  await page.waitForURL(`${app.base}/`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  await context.close();
});

test('without JavaScript, in English at /en/: the whole translation, its figures, the charts and the fact check', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(app.base + '/en/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await page.title(), /^AI race/);
  await allOfTheArticle(page, ARTICLE_EN);
  assert.equal((await page.textContent('[data-slot="c1.iphone"]')).trim(), '$35');
  assert.equal(await page.locator('.chart-static svg').count(), 10);
  assert.ok((await page.textContent('#c1-result')).includes('$34.72'));
  assert.ok(await page.locator('.app-note').isVisible());
  assert.match(await page.textContent('.app-note'), /calculators/i);
  assert.equal(await page.locator('.claim-list .claim-entry').count(), 22);
  await context.close();
});

test('without JavaScript: each chart downloads as SVG and CSV with the article\'s values, in each language', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  for (const [address, header, row] of [
    ['/', 'Gruppe,Größe,Zahlung pro Monat,Quelle', /^iPhone-Nutzer weltweit,"1,56 Mrd\.","34,72 \$","BankMyCell via Kartal24, 4\.1\.2025 \(https:\/\/www\.kartal24\.com\//m],
    ['/en/', 'Group,Size,Monthly payment,Source', /^iPhone users worldwide,1\.56 bn,\$34\.72,"BankMyCell via Kartal24, 4 Jan 2025 \(https:\/\/www\.kartal24\.com\//m],
  ]) {
    await page.goto(app.base + address);
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => ({
      title: f.querySelector('.chart-title').textContent,
      source: f.querySelector('.chart-source').textContent,
      cells: [...f.querySelectorAll('table tr')].map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent.trim())),
      links: [...f.querySelectorAll('.downloads a')].map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('download')]),
    })));
    assert.equal(charts.length, 10);
    // The links show; the PNG, which only the app draws, does not.
    assert.equal(await page.locator('.downloads a').filter({ visible: true }).count(), 20);
    assert.equal(await page.locator('.downloads button').filter({ visible: true }).count(), 0);
    for (const chart of charts) {
      const [[, svgHref, svgName], [, csvHref, csvName]] = chart.links;
      assert.match(svgHref, new RegExp(`^${address}downloads/[\\w-]+\\.svg$`));
      assert.equal(svgHref.split('/').at(-1), svgName);
      assert.equal(csvHref.replace(/csv$/, 'svg'), svgHref);
      assert.equal(csvHref.split('/').at(-1), csvName);
      const svg = await context.request.get(app.base + svgHref);
      assert.equal(svg.status(), 200, svgHref);
      const doc = await page.evaluate((s) => {
        const d = new DOMParser().parseFromString(s, 'image/svg+xml');
        return { error: !!d.querySelector('parsererror'), root: d.documentElement.nodeName, text: d.documentElement.textContent };
      }, await svg.text());
      assert.deepEqual([doc.error, doc.root], [false, 'svg'], svgHref);
      assert.ok(doc.text.includes(chart.title.split(' ')[0]) && doc.text.includes(chart.source.split(' ')[0]), svgHref);
      const csv = await context.request.get(app.base + csvHref);
      assert.equal(csv.status(), 200, csvHref);
      const lines = (await csv.text()).split('\n');
      assert.equal(lines[0], `# ${chart.title}`);
      assert.equal(lines[1], `# ${chart.source}`);
      assert.equal(lines.length, 2 + chart.cells.length + 1, `${csvHref}: a line for each row of the table`);
      chart.cells.forEach((cells, i) => assert.ok(cells.every((c) => lines[2 + i].includes(c.replaceAll('"', '""').replaceAll('\u00a0', ' '))), `${csvHref}: ${lines[2 + i]}`));
    }
    // A click saves the file.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#c1 .downloads a[download$=".csv"]')]);
    assert.equal(download.suggestedFilename(), 'c1-chart.csv');
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.equal(text.split('\n')[2], header);
    assert.match(text, row);
  }
  await context.close();
});

test('in a reader view (Mozilla\'s Readability, as Firefox\'s Reader View and read-later apps take the article out of the page): the whole article with every figure, the fact check, no note on calculators; before the app and after', async () => {
  const readability = fs.readFileSync(path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js'), 'utf8');
  const context = await browser.newContext();
  const page = await context.newPage();
  const blank = await context.newPage();
  for (const [address, article, byline] of [['/', ARTICLE, 'Von Laura Höllhumer'], ['/en/', ARTICLE_EN, 'By Laura Höllhumer']]) {
    // The page as a read-later app fetches it (its HTML, no script run), and as Firefox's
    // Reader View takes it from the tab (the document as the app has made it).
    await page.goto(app.base + address);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const pages = [['prerendered', await (await fetch(app.base + address)).text()], ['app\'s', await page.content()]];
    for (const [which, html] of pages) {
      const view = await blank.evaluate(([source, html, url]) => {
        const Readability = new Function(`${source}\nreturn Readability;`)();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const base = doc.createElement('base');
        base.href = url;
        doc.head.prepend(base);
        const parsed = new Readability(doc, { keepClasses: true }).parse();
        const out = new DOMParser().parseFromString(parsed.content, 'text/html');
        const notes = [...out.querySelectorAll('.app-note')].map((n) => n.textContent);
        const entries = out.querySelectorAll('.claim-entry').length;
        // What screen readers hear beside a mark (its verdict) stands in the text here; the
        // article's own words are what is compared.
        out.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
        return { title: parsed.title, byline: parsed.byline, text: out.body.textContent, notes, entries };
      }, [readability, html, app.base + address]);
      const text = `${view.title} ${view.text}`.replace(/\s+/g, ' ');
      const where = `${address}, the ${which} page`;
      assert.equal(view.byline, byline, where);
      for (let line of article.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
        if (line.endsWith(` ${byline}`)) line = line.slice(0, -byline.length - 1);
        assert.ok(text.includes(line), `${where}: not in the reader view: ${line.slice(0, 80)}… (the figures: ${line.match(/\d[\d.,]*\s?%?/g)?.join(' ')})`);
      }
      assert.equal(view.entries, 22, `${where}: every entry of the fact check`);
      assert.deepEqual(view.notes, [], `${where}: no note on calculators a reader view does not show`);
    }
  }
  await context.close();
});

test('without WebAssembly: the prerendered page stays, with a short note', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(app.base + '/');
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
  await allOfTheArticle(page);
  assert.ok(await page.locator('.app-note').isVisible());
  assert.ok(await page.locator('#c1 .chart-static svg').isVisible(), 'the prerendered chart stays');
  assert.equal(await page.locator('.toolbar button').filter({ visible: true }).count(), 0, 'no reset that does nothing');
  await asWithoutJavaScript(page);
  await page.click('.language a[hreflang="en"]');
  await page.waitForURL(`${app.base}/en/`);
  await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('when the app\'s files fail to arrive (network error, 404, a corrupt WebAssembly), the prerendered page stays, with the note', async () => {
  const cases = [
    [/\.wasm$/, (route) => route.abort()],
    [/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' })],
    [/\.wasm$/, (route) => route.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from('not wasm') })],
    [/\/explainer-[0-9a-f]+\.js$/, (route) => route.abort()],
    [/\/explainer-[0-9a-f]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' })],
  ];
  for (const [files, fail] of cases) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.route(files, fail);
    // The layout without the app needs no request of its own: the network may be what failed.
    await context.route(/nojs\.css$/, (route) => route.abort());
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(app.base + '/');
    await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
    assert.ok(await page.locator('.app-note').isVisible(), `${files}: the note`);
    assert.ok(await page.locator('#c1 .needs-js').isVisible(), `${files}: the controls say what they need`);
    assert.ok(await page.locator('#c1 .chart-static svg').isVisible(), `${files}: the prerendered chart stays`);
    assert.ok(await page.$$eval('.calc select', (ss) => ss.length > 0 && ss.every((s) => s.disabled)), `${files}: the lists cannot change`);
    await allOfTheArticle(page);
    await asWithoutJavaScript(page);
    assert.equal((await page.textContent('[data-slot="c1.iphone"]')).trim(), '35 Dollar');
    assert.deepEqual(errors, [], `${files}: no uncaught error`);
    await context.close();
  }
});

test('a panic replaces the broken calculator with a message; the rest stays readable', async () => {
  const { page, context } = await open(browser, panicking.base + '/', { viewport: { width: 1280, height: 900 } });
  await openCard(page, 'c5');
  await setRange(page, '#c5-decline', 90).catch(() => {});
  await page.waitForFunction(() => document.querySelector('#c5').classList.contains('broken'), null, { timeout: 5000 });
  assert.ok(await page.locator('#c5 .calc-error').isVisible());
  assert.match(await page.textContent('#c5 .calc-error'), /Fehler/);
  assert.equal(await page.locator('#c5 .calc-body').isVisible(), false);
  assert.ok(await page.locator('#c1 .calc-body').isVisible(), 'the other calculators stay in place');
  assert.ok(!(await page.locator('#c1').getAttribute('class')).includes('broken'));
  assert.ok(await page.locator('.app-note').isVisible());
  await allOfTheArticle(page);
  // The language switch still works: after a panic it is a plain link, not the app's (a page
  // is loaded).
  await page.evaluate(() => { window.sameDocument = true; });
  await page.click('.language a[hreflang="en"]');
  await page.waitForURL((url) => url.pathname === '/en/');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'a new page');
  await context.close();
});

test('a panic while the app takes over the page leaves the prerendered page whole, with the note', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(panicking.base + '/?panic=takeover');
  await page.waitForFunction(() => document.documentElement.classList.contains('app-panicked'), null, { timeout: 10000 });
  assert.ok(await page.locator('.app-note').isVisible());
  // The calculators on the page are the prerendered ones, whole: none gives way to the error
  // message, each says what it needs.
  assert.equal(await page.locator('.calc.broken').count(), 0);
  assert.ok(await page.locator('#c1 .needs-js').isVisible());
  await asWithoutJavaScript(page);
  assert.ok(await page.locator('#c1 .chart-static svg').isVisible(), 'the prerendered chart stays');
  assert.ok((await page.textContent('#c1-result')).includes('34,72'));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app never took over');
  await allOfTheArticle(page);
  await context.close();
});

test('after a panic an embed still reports its height', async () => {
  const host = await serveHosts(panicking.base);
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.base + '/plain.html?view=c5');
  const frame = await hostFrame(page);
  await frame.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const fits = () => page.waitForFunction(async () => true).then(async () => {
    for (const end = Date.now() + 10000; Date.now() < end;) {
      const f = await page.evaluate(() => window.frameEl().getBoundingClientRect().height);
      const d = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      if (Math.abs(f - d) <= 2) return [f, d];
      await page.waitForTimeout(50);
    }
    return null;
  });
  const before = await fits();
  assert.ok(before, 'fits before');
  await frame.evaluate(() => { const e = document.querySelector('#c5-decline'); e.value = '90'; e.dispatchEvent(new Event('input', { bubbles: true })); }).catch(() => {});
  await frame.waitForFunction(() => document.querySelector('#c5').classList.contains('broken'), null, { timeout: 5000 });
  const afterPanic = await fits();
  assert.ok(afterPanic, 'still fits after the panic');
  assert.ok(afterPanic[0] < before[0], 'the frame shrank with the broken calculator');
  await context.close();
  host.server.close();
});

for (const [w, h, at] of [[1280, 900, '/'], [375, 740, '/'], [1280, 900, '/en/'], [375, 740, '/en/']]) {
  test(`no layout shift while the app takes over the page (${at}, ${w} px)`, async () => {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    await context.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    await page.goto(app.base + at);
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    assert.equal(await page.evaluate(() => document.documentElement.lang), at === '/en/' ? 'en' : 'de');
    await page.waitForTimeout(500);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2));
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.__cls), 0);
    await context.close();
  });
}

for (const [w, h, at] of [[1280, 900, '/'], [375, 740, '/'], [1280, 900, '/en/'], [320, 700, '/en/']]) {
  test(`the app's page lays out as the prerendered one: every paragraph, mark and calculator in place (${at}, ${w} px)`, async () => {
    // The layout-shift entries above cannot see this: the swap puts new elements in place of
    // the old ones. Here the boxes are compared across it.
    const { context, page, release } = await beforeTheApp({ width: w, height: h }, at);
    const boxes = () => page.evaluate(() => [...document.querySelectorAll('#app .article-body > *, #app .mark, #app .calc, #app .claim-entry')]
      .map((e) => {
        const r = e.getBoundingClientRect();
        const kind = e.classList.contains('calc') ? 'calc' : e.classList.contains('mark') ? 'mark' : e.tagName;
        return { kind, id: e.id, box: `${Math.round(r.left)},${Math.round(r.top + scrollY)} ${Math.round(r.width)}x${Math.round(r.height)}`, top: r.top + scrollY, bottom: r.bottom + scrollY };
      }));
    const before = await boxes();
    release();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const after = await boxes();
    assert.ok(before.length > 50, `${before.length} boxes`);
    const text = (list) => list.filter((b) => b.kind !== 'calc').map((b) => `${b.kind} ${b.id} ${b.box}`);
    assert.deepEqual(text(after), text(before));
    // The calculators too, in the margin column as well: the page's loader keeps its cards
    // apart before the app, by the app's rule, so none overlaps another and none moves.
    const cards = (list) => list.filter((b) => b.kind === 'calc');
    const [was, is] = [cards(before), cards(after)];
    assert.equal(is.length, was.length);
    for (const [i, c] of was.entries()) {
      assert.ok(!was.slice(0, i).some((a) => a.bottom > c.top && a.box.split(',')[0] === c.box.split(',')[0]),
        `${c.id} laid over a card above it before the app`);
      assert.equal(is[i].box, c.box, `${c.id} in place`);
    }
    await context.close();
  });
}

test('the app takes over in parts: the reader\'s tasks run in between, and the prerendered page changes once, when it is swapped', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  await context.addInitScript(() => {
    // A task every few milliseconds, as a reader's clicks and scrolls would be; and every
    // change to the page's prerendered root or to the body's children.
    window.__ticks = [];
    const tick = () => { window.__ticks.push(performance.now()); if (window.__ticks.length < 5000) setTimeout(tick, 1); };
    setTimeout(tick, 1);
    window.__changes = { inside: 0, swaps: 0 };
    document.addEventListener('DOMContentLoaded', () => {
      const root = document.getElementById('app');
      new MutationObserver((list) => { window.__changes.inside += list.length; })
        .observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
      new MutationObserver((list) => {
        for (const m of list) if ([...m.removedNodes].includes(root)) window.__changes.swaps += 1;
      }).observe(root.parentNode, { childList: true });
    });
  });
  const page = await context.newPage();
  await page.goto(app.base + '/');
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const seen = await page.evaluate(() => {
    const [start] = performance.getEntriesByName('takeover-start');
    const [end] = performance.getEntriesByName('takeover-end');
    return { start: start?.startTime, end: end?.startTime, ticks: window.__ticks, changes: window.__changes,
      root: document.getElementById('app').querySelectorAll('.calc canvas').length };
  });
  assert.ok(seen.start !== undefined && seen.end > seen.start, 'takeover-start and takeover-end are marked');
  const between = seen.ticks.filter((t) => t > seen.start && t < seen.end).length;
  assert.ok(between >= 3, `other tasks ran while the app rendered its parts (${between})`);
  assert.equal(seen.changes.inside, 0, 'the prerendered page was not changed while the app rendered');
  assert.equal(seen.changes.swaps, 1, 'the prerendered root was replaced once');
  assert.ok(seen.root > 0, 'the page in view is the app\'s, with its canvases');
  await context.close();
});

test('the WebAssembly is requested without waiting for the app\'s JavaScript', async () => {
  // On a slow phone connection each request in a row costs a round trip (half a second). The
  // JavaScript is answered half a second late: the WebAssembly must be asked for before then.
  const context = await browser.newContext();
  const page = await context.newPage();
  const at = {};
  page.on('request', (r) => { if (r.url().endsWith('_bg.wasm')) at.wasm ??= Date.now(); });
  await page.route(/\/explainer-[0-9a-f]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    at.glue = Date.now();
    await route.continue();
  });
  await page.goto(app.base + '/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.ok(at.wasm && at.glue && at.wasm < at.glue, `WebAssembly asked for ${at.wasm - at.glue} ms after the JavaScript was answered`);
  await context.close();
});

/** The prerendered page with the app held back until `release()`: its WebAssembly waits. */
async function beforeTheApp(viewport, address = '/', options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  await page.goto(app.base + address);
  await page.waitForSelector('.claim-list');
  return { context, page, release };
}

for (const [how, anchoring] of [['its WebAssembly fails to arrive', true], ['its WebAssembly fails to arrive', false], ['it panics while it takes over', false]]) {
  test(`where the app fails late (${how}), the reader reads on at the same line (${anchoring ? 'with' : 'without'} the browser's scroll anchoring)`, async () => {
    // On a phone the layout without the app opens every card: the text above the reader grows.
    // WebKit has no scroll anchoring (and Chromium's does not hold here): the page keeps the place.
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    if (!anchoring) {
      await context.addInitScript(() => document.addEventListener('DOMContentLoaded', () => { document.documentElement.style.overflowAnchor = 'none'; }));
    }
    const page = await context.newPage();
    let fail;
    const held = new Promise((r) => { fail = r; });
    const panics = how.includes('panic');
    await page.route(/_bg\.wasm$/, async (route) => { await held; await (panics ? route.continue() : route.abort()); });
    await page.goto(panics ? panicking.base + '/?panic=takeover' : app.base + '/');
    const before = await page.evaluate(() => {
      const ps = [...document.querySelectorAll('.article-body p')].filter((p) => !p.closest('.calc'));
      window.__target = ps[Math.floor(ps.length * 0.7)];
      window.scrollBy(0, window.__target.getBoundingClientRect().top - 100);
      return { top: window.__target.getBoundingClientRect().top, y: scrollY };
    });
    assert.ok(Math.abs(before.top - 100) <= 1 && before.y > 1000, `scrolled down (${before.y} px)`);
    fail();
    await page.waitForFunction(() => document.documentElement.classList.contains('app-failed'), null, { timeout: 10000 });
    const after = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() =>
      r({ top: window.__target.getBoundingClientRect().top, y: scrollY }))));
    assert.ok(after.y > before.y + 500, `the cards above opened (${after.y - before.y} px)`);
    assert.ok(Math.abs(after.top - before.top) <= 1, `the paragraph at ${after.top} px, was at ${before.top} px`);
    await context.close();
  });
}

test('a reader deep in the fact-check list before the app arrived reads on at the same line', async () => {
  const { context, page, release } = await beforeTheApp({ width: 375, height: 740 });
  // Scroll down through the list, as a reader would, so that the entries passed have their
  // real heights; stop with an entry past the middle of the list at the top of the view.
  const target = await page.evaluate(async () => {
    const entries = [...document.querySelectorAll('.claim-entry')];
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const goal = entries[Math.floor(entries.length * 0.6)];
    for (let i = 0; i < 200 && Math.abs(goal.getBoundingClientRect().top - 80) > 1; i++) {
      window.scrollBy(0, Math.max(-400, Math.min(400, goal.getBoundingClientRect().top - 80)));
      await frame();
    }
    return { id: goal.id, top: goal.getBoundingClientRect().top };
  });
  assert.ok(Math.abs(target.top - 80) <= 1, `scrolled to ${target.id}`);
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const top = await page.evaluate((id) => document.getElementById(id).getBoundingClientRect().top, target.id);
  assert.ok(Math.abs(top - target.top) <= 1, `${target.id} at ${top}px, was at ${target.top}px`);
  await context.close();
});

test('a slider moved and a choice made before the app arrived take effect when it does', async () => {
  const { context, page, release } = await beforeTheApp({ width: 1280, height: 900 });
  const result = await text(page, '#c1-result');
  await page.focus('#c1-capital');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await page.selectOption('#c1-group', 'netflix');
  await page.$eval('#c2-stock-1', (e) => { e.checked = true; }); // in a closed card, which opens only with the app
  const moved = await page.$eval('#c1-capital', (e) => e.value);
  assert.notEqual(moved, '6.5', 'the prerendered slider moves (it does nothing yet)');
  assert.equal(await text(page, '#c1-result'), result, 'nothing follows before the app');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await page.$eval('#c1-capital', (e) => e.value), moved);
  assert.equal(await page.$eval('#c1-group', (e) => e.value), 'netflix');
  assert.equal(await page.$eval('#c2-stock-1', (e) => e.checked), true);
  assert.notEqual(await text(page, '#c1-result'), result, 'the calculator follows the reader\'s values');
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('cap') === v, moved, { timeout: 3000 });
  await context.close();
});

test('a calculator\'s toggle and reset work before the app arrives, and its other buttons take effect when it does', async () => {
  // On a phone every card starts closed; the toggle is the reader's first tap. The address
  // has a bad value: the app adds a notice with a button the prerendered page does not have.
  const { context, page, release } = await beforeTheApp({ width: 375, height: 740 }, '/?mar=abc');
  const shown = (sel) => page.$eval(sel, (e) => e.getClientRects().length > 0);
  const label = (card) => page.$eval(`${card} .calc-toggle`, (e) => e.innerText.trim());
  const labels = await page.$eval('#c2', (c) => [c.querySelector('.calc-toggle-open').textContent, c.querySelector('.calc-toggle-close').textContent]);
  assert.equal(await shown('#c1-body'), false, 'closed on a phone');
  await page.click('#c1 .calc-toggle');
  assert.equal(await shown('#c1-body'), true, 'opened at once, before the app');
  assert.equal(await page.getAttribute('#c1 .calc-toggle', 'aria-expanded'), 'true');
  assert.equal(await label('#c1'), labels[1], 'it says it closes the card');
  await page.click('#c2 .calc-toggle');
  await page.click('#c2 .calc-toggle');
  assert.equal(await shown('#c2-body'), false, 'opened and closed again');
  assert.ok((await label('#c2')).endsWith(labels[0]) && !(await label('#c2')).includes(labels[1]), 'it says it opens the card');
  // A slider moved, the card's reset (at once), the slider moved again; the embed button.
  const capital = () => page.$eval('#c1-capital', (e) => e.value);
  await page.focus('#c1-capital');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  assert.notEqual(await capital(), '6.5', 'the slider moved');
  await page.click('#c1 .reset');
  assert.equal(await capital(), '6.5', 'reset at once');
  await page.focus('#c1-capital');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  const moved = await capital();
  assert.notEqual(moved, '6.5');
  await page.click('#c1 .calc-actions .embed-control > button');
  // The reader reads on below the opened card: a paragraph two blocks after it at the top of
  // the view. The embed code the app then shows (above it) must not push it away.
  const before = await page.evaluate(() => {
    window.__below = document.querySelector('#c1').closest('.with-calc').nextElementSibling.nextElementSibling.querySelector('p') ||
      document.querySelector('#c1').closest('.with-calc').nextElementSibling;
    window.scrollBy(0, window.__below.getBoundingClientRect().top - 1);
    return window.__below.getBoundingClientRect().top;
  });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not taken over');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const below = await page.evaluate(() => {
    const old = window.__below;
    const same = [...document.querySelectorAll('#app .article-body p')].find((p) => p.textContent === old.textContent);
    return same.getBoundingClientRect().top;
  });
  assert.ok(Math.abs(below - before) <= 1, `the text below the opened card at ${below} px, was at ${before} px`);
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.embed-control')?.closest('.calc')?.id), 'c1', 'the focus on the embed button still');
  assert.ok(await shown('.address-notice button'), 'the app\'s notice about the address, with its button');
  assert.equal(await shown('#c1-body'), true, 'still open in the app');
  assert.equal(await page.getAttribute('#c1 .calc-toggle', 'aria-expanded'), 'true');
  assert.equal(await shown('#c2-body'), false, 'still closed in the app');
  assert.equal(await capital(), moved, 'the move after the reset holds');
  await page.waitForFunction((v) => new URL(location.href).searchParams.get('cap') === v, moved, { timeout: 3000 });
  assert.equal(await page.getAttribute('#c1 .calc-actions .embed-control > button', 'aria-expanded'), 'true', 'the embed code is open');
  assert.equal(await shown('#c1-embed-code'), true);
  // The card toggles in the app as before.
  await page.click('#c1 .calc-toggle');
  assert.equal(await shown('#c1-body'), false);
  await context.close();
});

test('a chart\'s SVG and CSV download before the app arrives (the build\'s files), and only once', async () => {
  const { context, page, release } = await beforeTheApp({ width: 1280, height: 900 }, '/', { acceptDownloads: true });
  const downloads = [];
  page.on('download', (d) => downloads.push(d));
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#c1 .downloads a:has-text("CSV")')]);
  assert.equal(csv.suggestedFilename(), 'c1-chart.csv');
  assert.equal(fs.readFileSync(await csv.path(), 'utf8'), fs.readFileSync(path.join(ROOT, 'dist/downloads/c1-chart.csv'), 'utf8'));
  await page.click('#c2 .calc-toggle');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#c2 .downloads a:has-text("SVG")')]);
  assert.equal(svg.suggestedFilename(), 'c2-chart.svg');
  assert.equal(fs.readFileSync(await svg.path(), 'utf8'), fs.readFileSync(path.join(ROOT, 'dist/downloads/c2-chart.svg'), 'utf8'));
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not taken over');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForTimeout(500);
  assert.deepEqual(downloads.map((d) => d.suggestedFilename()), ['c1-chart.csv', 'c2-chart.svg'], 'not saved again by the app');
  await context.close();
});

test('a calculator the address names is open before the app arrives; the margin column\'s cards stay apart', async () => {
  const { context, page, release } = await beforeTheApp({ width: 1280, height: 900 }, '/#c3');
  const shown = (sel) => page.$eval(sel, (e) => e.getClientRects().length > 0);
  assert.equal(await shown('#c3-body'), true, 'a compact card, open');
  // The reader opens C1's table (the card grows over the ones below, but for the loader) and
  // follows a claim's link (the address names another place now).
  await page.click('#c1 .chart-data summary');
  await page.click('#app .article-body a.mark');
  await page.waitForFunction(() => location.hash.startsWith('#claim-'));
  const boxes = () => page.$$eval('#app .with-calc > .calc.compact', (cs) => cs.map((c) => {
    const r = c.getBoundingClientRect();
    return { id: c.id, top: Math.round(r.top + scrollY), bottom: Math.round(r.bottom + scrollY) };
  }));
  const before = await boxes();
  for (const [i, c] of before.entries()) {
    assert.ok(i === 0 || c.top >= before[i - 1].bottom, `${c.id} below ${before[i - 1]?.id}`);
  }
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await shown('#c3-body'), true, 'still open');
  assert.deepEqual(await boxes(), before, 'the cards stay where they were');
  await context.close();
});

test('before the app arrives, the language switch leads to the other language with the address\'s scenario', async () => {
  const { context, page, release } = await beforeTheApp({ width: 1280, height: 900 }, '/?cap=9&lang=de&ref=news');
  await page.waitForFunction(() => document.querySelector('.language a[lang="en"]').getAttribute('href') !== '/en/');
  assert.equal(await page.getAttribute('.language a[lang="en"]', 'href'), '/en/?cap=9&ref=news');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not taken over');
  await page.click('.language a[lang="en"]');
  await page.waitForURL((url) => url.pathname === '/en/');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.$eval('#c1-capital', (e) => e.value), '9');
  await context.close();
});

test('what the reader did before the app arrived stays: scroll position, focus, open sections', async () => {
  const { context, page, release } = await beforeTheApp({ width: 1280, height: 900 });
  // On the prerendered page: open a claim's table of data, focus its summary, scroll elsewhere.
  const before = await page.evaluate(() => {
    const all = [...document.querySelectorAll('#app details')];
    const i = all.findLastIndex((d) => d.getClientRects().length > 0);
    all[i].open = true;
    all[i].querySelector('summary').focus();
    window.scrollTo(0, 1234);
    return { i, count: all.length, scroll: window.scrollY };
  });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.app), undefined, 'the app has not run yet');
  release();
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  const after = await page.evaluate((i) => {
    const all = [...document.querySelectorAll('#app details')];
    return { open: all[i].open, others: all.filter((d) => d.open).length, count: all.length,
      focused: document.activeElement === all[i].querySelector('summary'), scroll: window.scrollY };
  }, before.i);
  assert.equal(after.count, before.count);
  assert.ok(after.open, 'the open section is still open');
  assert.equal(after.others, 1, 'no other section opened');
  assert.ok(after.focused, 'focus is where it was');
  assert.equal(after.scroll, before.scroll);
  await context.close();
});
