// Reader features: shareable addresses, hostile addresses, the English edition, phones, dark
// mode, print, downloads, chart readouts, keyboard, and accessibility (axe-core).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, open, setRange, text, openCard } from './harness.mjs';
import { numberControls, focusedControl, missedControls, choicesShowTheirValue } from './in-page.mjs';

const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const CARDS = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6-bitcoin', 'c6-mit', 'c6-models'];

let server, base, browser;
const problems = [];

before(async () => {
  ({ server, base } = await serve());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function page(query = '', opts = {}) {
  const r = await open(browser, base + '/' + query, opts);
  problems.push(r.problems);
  return r;
}

async function openAll(p) {
  for (const id of CARDS) await openCard(p, id);
}

const value = (p, sel) => p.$eval(sel, (e) => e.value);

test('a shared address restores the scenario, and the address follows the reader', async () => {
  const { page: p, context } = await page('?cap=7.5&n=301&cape=30&m7=40&from=0&lang=en');
  assert.equal(await value(p, '#c1-capital'), '7.5');
  assert.equal(await value(p, '#users'), '301');
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await text(p, '#c1-revenue'), '$750 bn');
  assert.equal(await text(p, '[data-slot="c1.revenue"]'), '$750 billion');
  await openAll(p);
  assert.equal(await value(p, '#c2-target'), '30');
  assert.equal(await value(p, '#c4-share'), '40');
  assert.equal(await value(p, '#c6-from'), '0');
  // Moving a slider rewrites the address (after a short pause) without a new history entry.
  const length = await p.evaluate(() => history.length);
  await setRange(p, '#users', 800);
  await p.waitForFunction(() => location.search.includes('n=800'), null, { timeout: 3000 });
  assert.equal(await p.evaluate(() => history.length), length);
  assert.equal(await p.evaluate(() => location.hash), '');
  const shared = await p.evaluate(() => location.href);
  assert.equal(new URL(shared).pathname, '/en/', 'the English page\'s address, no lang= needed');
  await context.close();
  const again = await page(shared.replace(base + '/', ''));
  assert.equal(await again.page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await value(again.page, '#users'), '800');
  assert.equal(await value(again.page, '#c1-capital'), '7.5');
  await again.context.close();
});

test('the article is the address without a query; reset all brings it back', async () => {
  const { page: p, context } = await page('?cap=9&fall=70&embed=c1x');
  await p.click('.reset-all');
  await p.waitForFunction(() => !location.search.includes('cap='), null, { timeout: 3000 });
  assert.equal(await p.evaluate(() => location.search), '?embed=c1x', 'parameters that are not ours stay');
  assert.equal(await value(p, '#c1-capital'), '6.5');
  await context.close();
});

const HOSTILE = [
  ['?n=NaN&cap=inf', { '#users': '1560', '#c1-capital': '6.5' }],
  ['?cap=1e999&n=-0', { '#c1-capital': '6.5', '#users': '100' }],
  ['?n=99999999&ret=-5', { '#users': '3000', '#c1-return': '2' }],
  ['?n=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E&cap=%ZZ', { '#users': '1560', '#c1-capital': '6.5' }],
  ['?<img src=x onerror=window.__xss=1>=1&lang=xx', { '#users': '1560' }],
  ['?' + 'x=1&'.repeat(2600) + 'n=500', { '#users': '1560' }],
];

for (const [query, want] of HOSTILE) {
  test(`a hostile address leaves a working page: ${query.slice(0, 60)}`, async () => {
    const { page: p, context } = await page(query);
    for (const [sel, v] of Object.entries(want)) assert.equal(await value(p, sel), v, sel);
    assert.match(await text(p, '#c1-result'), /^\d[\d.]*,\d\d \$$/);
    assert.equal(await p.evaluate(() => window.__xss), undefined);
    assert.ok(!(await p.textContent('body')).includes('NaN'));
    assert.equal(await p.locator('article .mark').count() >= 20, true);
    await context.close();
  });
}

test('an unusable value gives a quiet notice that can be dismissed', async () => {
  const { page: p, context } = await page('?n=abc');
  const notice = p.locator('.address-notice');
  assert.ok((await notice.textContent()).includes('Adresse'));
  await notice.locator('button').click();
  assert.equal(await notice.count(), 0);
  await context.close();
});

/** Visible texts of 25 characters or more, outside links and data tables (source titles and
 *  data notes are the sources' own words in both editions). */
const longTexts = (p) => p.evaluate(() => {
  const out = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const n = walker.currentNode, el = n.parentElement;
    const t = n.textContent.replace(/\s+/g, ' ').trim();
    if (t.length < 25 || !el || el.closest('a, table, .visually-hidden, [hidden]')) continue;
    if (!el.checkVisibility()) continue;
    out.add(t);
  }
  return [...out];
});

test('the language switch changes every visible string, and back', async () => {
  const { page: p, context } = await page();
  await openAll(p);
  const de = await longTexts(p);
  assert.ok(de.length > 60, `${de.length} texts`);
  // The switch is a pair of links (they work before the app and without it); the app switches
  // in place: the same document, the reader's settings kept.
  assert.equal(await p.getAttribute('.language a[lang="en"]', 'href'), '/en/');
  assert.equal(await p.getAttribute('.language a[lang="de"]', 'aria-current'), 'page');
  await setRange(p, '#c1-capital', 10);
  await p.evaluate(() => { window.sameDocument = true; });
  await p.click('.language a[lang="en"]');
  await p.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await p.evaluate(() => window.sameDocument), true, 'switched without loading a page');
  assert.equal(await value(p, '#c1-capital'), '10');
  await setRange(p, '#c1-capital', 6.5);
  const en = new Set(await longTexts(p));
  const same = de.filter((t) => en.has(t));
  assert.deepEqual(same, [], 'strings left in German');
  assert.equal(await text(p, 'h1'), 'AI race, speculative bubbles and the coming fall');
  assert.ok((await text(p, '.translation-note')).includes('German original'));
  assert.match(await p.title(), /AI race/);
  assert.equal(await text(p, '[data-slot="c1.iphone"]'), '$35');
  assert.equal(await text(p, '#c1-result'), '$34.72');
  // The address: the English page's path, so that a reload or a shared link opens on the page
  // prerendered in English.
  await p.waitForFunction(() => location.pathname === '/en/' && !location.search.includes('lang='), null, { timeout: 3000 });
  assert.equal(await p.getAttribute('.language a[lang="en"]', 'aria-current'), 'page');
  assert.equal(await p.getAttribute('.language a[lang="de"]', 'aria-current'), null);
  // Opened in a new tab (or copied), a link carries the scenario: its address is brought up to
  // date when the pointer or the focus reaches it, and the app leaves such a click to the browser.
  await setRange(p, '#c1-capital', 9);
  const [tab] = await Promise.all([context.waitForEvent('page'), p.click('.language a[lang="de"]', { button: 'middle' })]);
  await tab.waitForLoadState();
  assert.equal(new URL(tab.url()).pathname + new URL(tab.url()).search, '/?cap=9');
  await tab.close();
  assert.equal(await p.evaluate(() => document.documentElement.lang), 'en', 'the page stays in English');
  await setRange(p, '#c1-capital', 6.5);
  await p.focus('.language a[lang="en"]');
  assert.equal(await p.getAttribute('.language a[lang="en"]', 'href'), '/en/');
  await p.click('.language a[lang="de"]');
  await p.waitForFunction(() => document.documentElement.lang === 'de');
  assert.equal(await text(p, '#c1-result'), '34,72 $');
  await p.waitForFunction(() => location.pathname === '/' && !location.search.includes('lang='), null, { timeout: 3000 });
  await context.close();
});

test('numbers follow the language: 1.234,5 and Mrd. in German, 1,234.5 and bn in English', async () => {
  const { page: p, context } = await page('?lang=en&cap=10');
  await openAll(p);
  const body = (await p.textContent('body')).replace(/\u00a0/g, ' ');
  assert.ok(body.includes('$1,000 bn') && body.includes('$1 trillion'));
  assert.ok(!/\d+\.\d{3},\d/.test(body), 'no German grouping in English');
  assert.ok(!/\d+(\.\d+)?\s*billion\b/.test(body.replace(/\$\d[\d,.]* billion/g, '')), 'billion only for 10^9');
  await context.close();
});

/** Opens every card and every chart's table. */
async function openTables(p) {
  await openAll(p);
  await p.$$eval('details.chart-data', (ds) => ds.forEach((d) => { d.open = true; }));
}

test('the tables and the cards speak the page\'s language: notes, ranges, percentages', async () => {
  const { page: de, context } = await page();
  // A closed card's summary is its calculator's figure, in the language, following the reader.
  assert.equal(await text(de, '#c6-bitcoin .calc-toggle-result'), '−26,8 %');
  await openTables(de);
  const deBody = await de.textContent('main');
  for (const english of ['as above', 'fiscal year', 'guidance of', 'index weight', 'month open', 'full market cap']) {
    assert.ok(!deBody.includes(english), `English in the German page: ${english}`);
  }
  assert.ok(deBody.includes('wie oben') && deBody.includes('Rekordhoch (im Tagesverlauf etwa 126.080–126.273)'));
  await de.selectOption('#c6-to', '3');
  await de.waitForFunction(() => document.querySelector('#c6-bitcoin .calc-toggle-result').textContent.replace(/\s+/g, ' ').trim() === '−17,7 %', null, { timeout: 10000 })
    .catch(async () => assert.fail(`the summary after the date moved: ${await text(de, '#c6-bitcoin .calc-toggle-result')}`));
  await context.close();

  const { page: en, context: enContext } = await page('en/');
  assert.equal(await text(en, '#c6-bitcoin .calc-toggle-result'), '−26.8%');
  await openTables(en);
  const enBody = (await en.textContent('main')).replace(/\u00a0/g, ' ');
  for (const german of ['wie oben', 'Methodenwechsel', 'Höchststand', 'Monatswert', 'Indexgewicht', 'Rekordhoch']) {
    assert.ok(!enBody.includes(german), `German in the English page: ${german}`);
  }
  assert.ok(enBody.includes('record high (intraday about 126,080–126,273)'), 'English digit grouping in the notes');
  assert.deepEqual(enBody.match(/\d %/g), null, 'no space before % in English');
  await enContext.close();
});

test('at 320 px: no horizontal scroll, and every control is at least 44 px tall', async () => {
  const { page: p, context } = await page('', { viewport: { width: 320, height: 640 }, dpr: 2 });
  await openAll(p);
  // A chart is sized and drawn on the frame after its card opens: wait for that (the
  // assertions below say what is wrong if it never comes).
  await p.waitForFunction(() => [...document.querySelectorAll('.chart-frame canvas')].filter((c) => c.checkVisibility())
    .every((c) => Math.abs(c.width - 2 * c.getBoundingClientRect().width) < 0.01), null, { timeout: 10000 }).catch(() => {});
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  // A radio button's target is its whole label.
  const small = await p.$$eval('button:not(.link-button), .downloads a, select, input:not([type=radio]), summary, .choice-option', (els) =>
    els.filter((e) => e.checkVisibility()).map((e) => [e.className || e.tagName, e.getBoundingClientRect().height])
      .filter(([, h]) => h < 44));
  assert.deepEqual(small, []);
  // A table wider than its card scrolls inside it: its last column can be scrolled into
  // view, and the keyboard reaches the scrolling region.
  await p.$$eval('details.chart-data', (ds) => ds.forEach((d) => { d.open = true; }));
  const [hidden, scrolled] = await p.$$eval('details.chart-data table', (tables) => {
    const shown = tables.filter((t) => t.checkVisibility());
    const bad = shown.flatMap((t) => {
      const name = t.closest('.chart')?.querySelector('.chart-frame')?.id;
      const r = t.closest('.table-scroll');
      if (!r || !['auto', 'scroll'].includes(getComputedStyle(r).overflowX)) return [`${name}: no scrolling region`];
      if (r.tabIndex !== 0 || r.getAttribute('role') !== 'group' || !r.getAttribute('aria-label')) return [`${name}: region not reachable`];
      r.scrollLeft = r.scrollWidth;
      const box = r.getBoundingClientRect();
      const out = [...t.querySelectorAll('tr > :last-child')].some((c) => c.getBoundingClientRect().right > box.right + 0.5);
      return out ? [`${name}: last column out of reach`] : [];
    });
    return [bad, shown.filter((t) => t.closest('.table-scroll')?.scrollWidth > t.closest('.table-scroll')?.clientWidth).length];
  });
  assert.ok(scrolled > 0, 'some table is wider than a phone\'s card');
  assert.deepEqual(hidden, [], 'every table whole within reach');
  // Charts redraw sharp at their new width.
  const sizes = await p.$$eval('.chart-frame canvas', (cs) => cs.filter((c) => c.checkVisibility())
    .map((c) => [c.className, c.width, c.getBoundingClientRect().width]));
  assert.ok(sizes.filter(([name, , cw]) => name === 'chart-base' && cw > 200).length >= 10);
  for (const [name, w, cw] of sizes) assert.ok(Math.abs(w - 2 * cw) < 0.01, `${name}: ${w} px for ${cw} CSS px`);
  await context.close();
});

test('on a wide screen the bar above the article lines up with its text column', async () => {
  const { page: p, context } = await page('', { viewport: { width: 1280, height: 800 } });
  const [bar, column] = await p.evaluate(() => [
    document.querySelector('.toolbar').getBoundingClientRect(),
    document.querySelector('.article-body p').getBoundingClientRect(),
  ].map((r) => [Math.round(r.left), Math.round(r.right)]));
  assert.deepEqual(bar, column, 'the toolbar\'s edges are the text column\'s');
  await context.close();
});

test('dark mode: dark page and dark charts', async () => {
  const { page: p, context } = await page('', { colorScheme: 'dark' });
  const bg = await p.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(22, 22, 22)');
  const px = await p.$eval('#c1-chart .chart-base', (c) => [...c.getContext('2d').getImageData(2, 2, 1, 1).data]);
  assert.deepEqual(px.slice(0, 3), [22, 22, 22]);
  await context.close();
});

test('dark mode before the app and without it: the prerendered charts in the dark palette', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.goto(`${base}/`);
  const colours = await p.$eval('#c1-chart .chart-static svg', (svg) => ({
    paper: getComputedStyle(svg.querySelector('rect[fill="#FFFFFF"]')).fill,
    text: getComputedStyle(svg.querySelector('text[fill="#333333"]')).fill,
    line: getComputedStyle(svg.querySelector('[stroke="#0072B2"]')).stroke,
    accent: getComputedStyle(svg.querySelector('[fill="#D55E00"]')).fill,
  }));
  assert.deepEqual(colours, { paper: 'rgb(22, 22, 22)', text: 'rgb(230, 230, 230)', line: 'rgb(86, 180, 233)', accent: 'rgb(213, 94, 0)' });
  await p.emulateMedia({ colorScheme: 'light' });
  assert.equal(await p.$eval('#c1-chart .chart-static svg rect[fill="#FFFFFF"]', (r) => getComputedStyle(r).fill), 'rgb(255, 255, 255)');
  await context.close();
});

test('the address sets the colours: ?theme=dark as a dark system does, ?theme=light light in a dark system', async () => {
  const colours = async (query, colorScheme) => {
    const { page: p, context } = await page(query, { colorScheme });
    const out = await p.evaluate(() => {
      // Every property the dark colours set, read on the root.
      const names = [];
      for (const sheet of document.styleSheets) {
        for (const rule of sheet.cssRules) {
          if (rule.conditionText?.includes('prefers-color-scheme: dark')) {
            for (const inner of rule.cssRules) names.push(...inner.style);
          }
        }
      }
      const root = getComputedStyle(document.documentElement);
      return {
        count: names.length,
        values: Object.fromEntries(names.map((n) => [n, root.getPropertyValue(n).trim()])),
        body: getComputedStyle(document.body).backgroundColor,
        sentence: getComputedStyle(document.querySelector('.sentence')).color,
        chart: [...document.querySelector('#c1-chart .chart-base').getContext('2d').getImageData(2, 2, 1, 1).data].slice(0, 3),
      };
    });
    await context.close();
    return out;
  };
  const dark = await colours('', 'dark');
  assert.ok(dark.count >= 20, `${dark.count} dark colours`);
  assert.equal(dark.body, 'rgb(22, 22, 22)');
  assert.deepEqual(await colours('?theme=dark', 'light'), dark);
  const light = await colours('', 'light');
  assert.equal(light.body, 'rgb(255, 255, 255)');
  assert.deepEqual(light.chart, [255, 255, 255]);
  // Forced light says so to the browser's own controls too; a light system leaves it to the
  // page's `color-scheme` meta.
  const forcedLight = await colours('?theme=light', 'dark');
  assert.equal(forcedLight.values['color-scheme'], 'light');
  delete forcedLight.values['color-scheme'];
  delete light.values['color-scheme'];
  assert.deepEqual(forcedLight, light);
  assert.deepEqual(await colours('?theme=nonsense', 'dark'), dark, 'an unknown theme: the system\'s');
  // A page prints light, whatever its colours on screen.
  const printed = async (query, colorScheme) => {
    const { page: p, context } = await page(query, { colorScheme });
    await p.emulateMedia({ media: 'print' });
    const out = await p.evaluate(() => ['body', '.sentence', '.calc', '.chart-source'].map((s) => {
      const style = getComputedStyle(document.querySelector(s));
      return [style.color, style.backgroundColor];
    }));
    await context.close();
    return out;
  };
  const onPaper = await printed('', 'light');
  assert.deepEqual(await printed('?theme=dark', 'light'), onPaper);
  assert.deepEqual(await printed('', 'dark'), onPaper);
});

test('print: the article with values and charts, without controls', async () => {
  const { page: p, context } = await page('?cap=8');
  await p.emulateMedia({ media: 'print' });
  const hidden = await p.$$eval('input[type=range], .calc-toggle, .toolbar, .reset, .downloads', (els) => els.every((e) => !e.checkVisibility()));
  assert.ok(hidden, 'controls hidden');
  assert.ok(await p.locator('#c2 .calc-body').isVisible(), 'closed cards print open');
  assert.ok(await p.locator('#c1-chart').isVisible());
  assert.ok((await p.textContent('#c1-revenue')).includes('800'));
  // A choice prints as its value: the list's chosen option, the chosen radio button's label.
  assert.ok(await p.locator('#c6-bitcoin select').first().isVisible(), 'a list prints its value');
  assert.ok(await p.evaluate(choicesShowTheirValue), 'each radio group prints its chosen label only');
  // Before printing (the browser's `beforeprint`, sent for a PDF too), each chart is written
  // as SVG with the reader's values, which the paper shows in place of the canvases, with the
  // chart's proportions whatever the column's width; after printing it goes.
  await p.evaluate(() => dispatchEvent(new Event('beforeprint')));
  const charts = await p.$$eval('.chart-frame', (frames) => frames.map((f) => {
    const svg = f.querySelector('.chart-print > svg');
    const box = svg && svg.getBoundingClientRect();
    return {
      id: f.id,
      height: +[...f.classList].find((c) => c.startsWith('h-')).slice(2),
      viewBox: svg && svg.getAttribute('viewBox'),
      ratio: box && box.width / box.height,
      canvases: [...f.querySelectorAll('canvas, .chart-labels, .chart-static')].some((e) => e.checkVisibility()),
      text: svg ? svg.textContent : '',
    };
  }));
  assert.equal(charts.length, 10);
  for (const c of charts) {
    assert.equal(c.viewBox, `0 0 640 ${c.height}`, c.id);
    assert.ok(Math.abs(c.ratio - 640 / c.height) < 0.02, `${c.id}: drawn ${c.ratio}, laid out ${640 / c.height}`);
    assert.equal(c.canvases, false, `${c.id}: the canvases do not print`);
  }
  assert.match(charts.find((c) => c.id === 'c1-chart').text, /Ihre Wahl: 42,74/, "the reader's scenario (?cap=8)");
  await p.evaluate(() => dispatchEvent(new Event('afterprint')));
  assert.equal(await p.$$eval('.chart-print', (ls) => ls.filter((l) => l.childElementCount).length), 0);
  assert.ok(await p.locator('#c1-chart canvas').first().isVisible(), 'the canvases again once printed');
  await context.close();
});

test('downloads: PNG, SVG and CSV of a chart are valid files', async () => {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const p = await context.newPage();
  await p.goto(base + '/');
  await p.waitForFunction(() => performance.getEntriesByName('first-draw').length > 0);
  const get = async (card, kind) => {
    const [dl] = await Promise.all([p.waitForEvent('download'), p.click(`#${card} .downloads :is(button, a):has-text("${kind}")`)]);
    return [dl.suggestedFilename(), fs.readFileSync(await dl.path())];
  };
  const [pngName, png] = await get('c1', 'PNG');
  assert.equal(pngName, 'c1-chart.png');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.ok(png.readUInt32BE(16) >= 600 && png.readUInt32BE(20) >= 400, 'at twice the size');
  const [, svg] = await get('c1', 'SVG');
  const doc = await p.evaluate((s) => {
    const d = new DOMParser().parseFromString(s, 'image/svg+xml');
    return { error: !!d.querySelector('parsererror'), root: d.documentElement.nodeName, text: d.documentElement.textContent };
  }, svg.toString());
  assert.deepEqual([doc.error, doc.root], [false, 'svg']);
  assert.ok(doc.text.includes('Monatliche Zahlung') && doc.text.includes('Quelle: J.P. Morgan'));
  const [csvName, csv] = await get('c1', 'CSV');
  assert.equal(csvName, 'c1-chart.csv');
  const lines = csv.toString().trim().split('\n');
  assert.match(lines[0], /^# Monatliche Zahlung/);
  assert.match(lines[1], /^# Quelle: J\.P\. Morgan/);
  assert.equal(lines[2], 'Gruppe,Größe,Zahlung pro Monat,Quelle');
  assert.ok(lines.some((l) => l.startsWith('iPhone-Nutzer weltweit,') && l.includes('"34,72 $"') && l.includes('https://')));
  // At the article's values the app's files are the build's (the links' targets, for readers
  // without the app); a move changes the app's, not the build's.
  const built = async (card, kind) => {
    const href = `/downloads/${card}-chart.${kind.toLowerCase()}`;
    const res = await p.request.get(base + href);
    assert.equal(res.status(), 200, href);
    return res.text();
  };
  assert.equal(await p.getAttribute('#c1 .downloads a:has-text("CSV")', 'download'), 'c1-chart.csv');
  assert.equal(await built('c1', 'CSV'), csv.toString(), 'the CSV file is the app\'s at the article\'s values');
  assert.match(await built('c1', 'SVG'), /^<svg[\s\S]*Monatliche Zahlung[\s\S]*Quelle: J\.P\. Morgan[\s\S]*<\/svg>\s*$/);
  await setRange(p, '#c1-capital', 10);
  const [, moved] = await get('c1', 'CSV');
  assert.notEqual(moved.toString(), csv.toString(), 'the app\'s CSV follows the slider');
  // Saved through its menu (or a middle click, a long press, a drag) rather than a click, the
  // link gives the file as it is now too: it points at it by then.
  const link = '#c1 .downloads a:has-text("CSV")';
  await p.dispatchEvent(link, 'contextmenu');
  const href = await p.getAttribute(link, 'href');
  assert.match(href, /^blob:/);
  const [saved] = await Promise.all([p.waitForEvent('download'), p.evaluate((u) => {
    const a = Object.assign(document.createElement('a'), { href: u, download: 'saved.csv' });
    document.body.append(a);
    a.click();
    a.remove();
  }, href)]);
  assert.equal(fs.readFileSync(await saved.path(), 'utf8'), moved.toString());
  assert.equal(await built('c1', 'CSV'), csv.toString());
  // The other charts download too.
  await p.click('#c4 .calc-toggle');
  const [, c4] = await get('c4', 'CSV');
  assert.ok(c4.toString().includes('37,4 %'));
  assert.equal(await built('c4', 'CSV'), c4.toString());
  await context.close();
});

test('a chart reads out the value under the pointer and steps through values with the arrow keys', async () => {
  const { page: p, context } = await page();
  const live = '#c1 .chart [aria-live]';
  await p.focus('#c1-chart');
  await p.keyboard.press('ArrowRight');
  assert.equal(await text(p, live), '100 Mio. Zahlende: 541,67 $ im Monat');
  await p.keyboard.press('End');
  assert.equal(await text(p, live), '3 Mrd. Zahlende: 18,06 $ im Monat');
  assert.ok(await p.locator('#c1-chart .readout-text').isVisible());
  await p.keyboard.press('Escape');
  assert.equal(await text(p, live), '');
  const box = await p.locator('#c1-chart').boundingBox();
  await p.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
  // Pointer moves reach the page with its next frame.
  await p.waitForFunction((s) => document.querySelector(s).textContent !== '', live, { timeout: 10000 }).catch(() => {});
  assert.match(await text(p, live), /Zahlende: \d+,\d\d \$ im Monat/);
  await context.close();
});

test('screen readers hear the sentence under the focused control once the reader pauses, not at every step', async () => {
  const { page: p, context } = await page();
  await openCard(p, 'c1');
  await openCard(p, 'c2');
  // The sentences are not live regions of their own; one polite region says what changed.
  assert.equal(await p.locator('.sentence[aria-live]').count(), 0);
  assert.equal(await p.getAttribute('#announcer', 'aria-live'), 'polite');
  assert.equal(await text(p, '#announcer'), '');
  // Every change of the region, and every key, with its time.
  await p.evaluate(() => {
    window.__said = [];
    window.__keys = [];
    new MutationObserver(() => window.__said.push([performance.now(), document.querySelector('#announcer').textContent]))
      .observe(document.querySelector('#announcer'), { childList: true, characterData: true, subtree: true });
    document.addEventListener('keydown', () => window.__keys.push(performance.now()), true);
  });
  await p.focus('#c1-capital');
  for (let i = 0; i < 5; i++) await p.keyboard.press('ArrowRight');
  await p.waitForFunction(() => window.__said.length > 0, null, { timeout: 10000 });
  // Once only: nothing more comes after another pause's time (waiting for an absence).
  await p.waitForTimeout(1200);
  const [said, keys] = await p.evaluate(() => [window.__said, window.__keys]);
  assert.equal(said.length, 1, JSON.stringify(said));
  assert.ok(said[0][0] - keys.at(-1) >= 850, `said ${said[0][0] - keys.at(-1)} ms after the last key`);
  assert.equal(said[0][1], await p.textContent('#c1-sentence'));
  assert.match(said[0][1], /Zahlende/);
  // In a card with several sentences: the one under the control.
  const yieldSentence = () => p.$eval('#c2-yield', (e) => e.closest('.result').querySelector('.sentence').textContent);
  const before = await yieldSentence();
  await p.focus('#c2-bond');
  await p.keyboard.press('ArrowLeft');
  await p.waitForFunction((t) => document.querySelector('#c2-yield').closest('.result').querySelector('.sentence').textContent !== t, before, { timeout: 10000 });
  const after = await yieldSentence();
  await p.waitForFunction((t) => document.querySelector('#announcer').textContent === t, after, { timeout: 10000 });
  // A card's reset button, after its sentences: the card's sentences, as they now read.
  await p.click('#c1 .calc-actions .reset');
  await p.waitForFunction(() => document.querySelector('#announcer').textContent === document.querySelector('#c1-sentence').textContent
    && /34,72/.test(document.querySelector('#c1-sentence').textContent), null, { timeout: 10000 });
  // A change made outside the cards says nothing (waiting past the pause: an absence).
  await p.focus('#c1-capital');
  await p.keyboard.press('ArrowRight');
  const count = await p.evaluate(() => window.__said.length);
  await p.click('.reset-all');
  await p.waitForTimeout(1800);
  assert.equal(await p.evaluate(() => window.__said.length), count);
  await context.close();
});

test('the keyboard reaches every control, each with a visible focus', async () => {
  const { page: p, context } = await page();
  await openAll(p);
  const want = await p.evaluate(numberControls);
  const seen = new Set();
  const invisible = [];
  for (let i = 0; i < want + 20 && seen.size < want; i++) {
    await p.keyboard.press('Tab');
    const f = await p.evaluate(focusedControl);
    if (!f) continue;
    seen.add(f.k);
    if (!f.ring) invisible.push(f.what);
  }
  const missed = await p.evaluate(missedControls, [...seen]);
  assert.deepEqual(missed, []);
  assert.equal(seen.size, want);
  assert.deepEqual(invisible, []);
  await context.close();
});

for (const [lang, scheme] of [['de', 'light'], ['en', 'light'], ['de', 'dark'], ['en', 'dark']]) {
  test(`axe-core finds no WCAG 2.1 A/AA violation (${lang}, ${scheme})`, async () => {
    const { page: p, context } = await page(lang === 'en' ? 'en/' : '', { colorScheme: scheme });
    await openAll(p);
    await p.click('#mark-c2-cape-today-0');
    await p.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
    // A card's embed code and its chart's, open at once, with a copy's status.
    await p.click('#c1 .calc-actions .embed-control > button');
    await p.click('#c1 .chart .embed-control > button');
    await p.click('#c1 .calc-actions .embed-copy button');
    await p.waitForFunction(() => document.querySelector('#c1 .calc-actions [role=status]').textContent !== '');
    // Evaluated through the browser's devtools protocol: the page's own policy forbids inline scripts.
    await p.evaluate(AXE);
    const result = await p.evaluate(() => window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } }));
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0].target.join(' ')} ${v.nodes[0].failureSummary.slice(0, 160)}`);
    assert.deepEqual(found, []);
    // Landmarks a screen reader lists: no name twice (the fact check's 22 entries once added
    // 22 regions of the same name), and the toolbar named apart from its language group.
    const names = await p.evaluate(() => [...document.querySelectorAll('section[aria-label], section[aria-labelledby], [role=region], nav, aside, main')]
      .filter((e) => e.checkVisibility()).map((e) => `${e.tagName} ${e.getAttribute('aria-label') ?? document.getElementById(e.getAttribute('aria-labelledby'))?.textContent}`));
    assert.deepEqual(names.filter((n, i) => names.indexOf(n) !== i), [], 'landmarks named alike');
    assert.notEqual(await p.getAttribute('.toolbar', 'aria-label'), await p.getAttribute('.language', 'aria-label'));
    assert.match(await p.textContent('.reset-all'), lang === 'en' ? /^Reset all/ : /zurücksetzen$/);
    if (lang === 'de') {
      // A source's English title on the German page is marked as English.
      const untagged = await p.$$eval('.claim-source a', (as) => as.filter((a) => /\b(the|of|and|for)\b/i.test(a.textContent) && a.closest('[lang]').lang !== 'en').map((a) => a.textContent));
      assert.deepEqual(untagged, [], 'English titles without lang="en"');
    }
    await context.close();
  });
}

test('no console error and no request to another origin', () => {
  assert.deepEqual(problems.flat(), []);
});
