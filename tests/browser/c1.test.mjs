// The article and its headline calculator C1, in headless Chromium against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, serve, launch, open, setRange, pixels, text, proseText } from './harness.mjs';

const ARTICLE = fs.readFileSync(path.join(ROOT, 'content/article.de.txt'), 'utf8');
const squash = (s) => s.replace(/\s+/g, ' ').trim();

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

async function page(opts) {
  const r = await open(browser, base + '/', opts);
  problems.push(r.problems);
  return r;
}

test('the whole article is on the page, verbatim, first sentence to last line', async () => {
  const { page: p, context } = await page();
  const body = await proseText(p);
  const lines = ARTICLE.split('\n').map(squash).filter(Boolean);
  assert.ok(lines.length > 15);
  for (const line of lines) assert.ok(body.includes(line), `missing: ${line.slice(0, 70)}…`);
  assert.equal(await text(p, 'h1'), 'KI-Wettlauf, Spekulationsblasen & der kommende Fall');
  assert.ok(body.includes('Der Wettlauf um die Oberhoheit in der neuen Technologie der Künstlichen Intelligenz ist ein Beispiel kapitalistischer Anarchie.'));
  assert.ok(body.includes('Die RKI kämpft dafür, dass die kommenden revolutionären Erschütterungen in der Machtübernahme der Arbeiterklasse münden. Schließ dich uns an.'));
  assert.equal(await text(p, '.closing'), '(Funke Nr. 239)');
  assert.equal(await text(p, '.byline'), 'Von Laura Höllhumer');
  await context.close();
});

test('the J.P. Morgan paragraph shows the article figures at the article settings', async () => {
  const { page: p, context } = await page();
  const para = await proseText(p, '.with-calc:has(#c1) > p');
  assert.ok(para.includes('Einnahmen in Höhe von 650 Milliarden Dollar erforderlich wären, um eine Rendite von 10% für den Ausbau'));
  assert.ok(para.includes('monatlichen Zahlung von 35 Dollar von jedem iPhone-Nutzer oder 180 Dollar von jedem Netflix-Abonnenten'));
  assert.equal(await text(p, '[data-slot="c1.iphone"]'), '35 Dollar');
  assert.equal(await p.locator('.live.changed').count(), 0);
  await context.close();
});

test('the calculator reproduces the source: 34,72 $ with the arithmetic written out', async () => {
  const { page: p, context } = await page();
  assert.equal(await text(p, '#c1-result'), '34,72 $');
  assert.equal(await text(p, '#c1-arithmetic'), '650 Mrd. $ ÷ 1,56 Mrd. Nutzer ÷ 12 = 34,72 $ pro Monat');
  assert.equal(await text(p, '#c1-revenue'), '650 Mrd. $');
  const claim = squash(await p.textContent('#c1 .claim'));
  for (const s of ['korrekt, aber gerundet', '34,72 $', 'J.P. Morgan', '10.11.2025']) assert.ok(claim.includes(s), s);
  const users = p.locator('#users');
  assert.equal(await users.getAttribute('min'), '100');
  assert.equal(await users.getAttribute('max'), '3000');
  assert.equal(await p.locator('label[for="users"]').count(), 1);
  await context.close();
});

test('a revenue input moves the figures in the paragraph', async () => {
  const { page: p, context } = await page();
  await setRange(p, '#c1-capital', 10);
  assert.equal(await text(p, '[data-slot="c1.revenue"]'), '1.000 Milliarden');
  assert.equal(await text(p, '[data-slot="c1.iphone"]'), '53 Dollar');
  assert.equal(await text(p, '[data-slot="c1.netflix"]'), '277 Dollar');
  assert.ok((await proseText(p, '.with-calc:has(#c1) > p')).includes('(Artikel: 650 Milliarden)'));
  await setRange(p, '#c1-return', 5);
  assert.equal(await text(p, '[data-slot="c1.return"]'), '5%');
  assert.equal(await text(p, '#c1-revenue'), '500 Mrd. $');
  // Under a moved slider: the article's value where the article states it (10 %), else the
  // starting value, which gives the article's figures (the capital behind the 650 billion).
  const line = (id) => text(p, `.field:has(#${id}) .article-value`);
  assert.equal(await line('c1-return'), 'Artikel: 10 %');
  assert.equal(await line('c1-capital'), 'Ausgangswert: 6,5 Bio. $');
  // Keyboard on a revenue slider works too.
  await p.focus('#c1-margin');
  await p.keyboard.press('ArrowLeft');
  assert.equal(await p.$eval('#c1-margin', (e) => e.value), '99');
  assert.equal(await text(p, '[data-slot="c1.revenue"]'), '510 Milliarden');
  await context.close();
});

test('the payer slider moves result, arithmetic and chart, by keyboard and by input events', async () => {
  const { page: p, context } = await page();
  const before = await pixels(p);
  await p.focus('#users');
  await p.keyboard.press('ArrowRight');
  assert.equal(await p.$eval('#users', (e) => e.value), '1561');
  assert.equal(await text(p, '#c1-result'), '34,70 $');
  // The count is written exactly, so the arithmetic redone gives the amount shown, and one step
  // of the slider is heard as one.
  assert.equal(await text(p, '#c1-arithmetic'), '650 Mrd. $ ÷ 1,561 Mrd. Zahlende ÷ 12 = 34,70 $ pro Monat');
  assert.match(await p.$eval('#users', (e) => e.getAttribute('aria-valuetext')), /^1,561\sMrd\./);
  const afterKey = await pixels(p);
  assert.notEqual(afterKey, before, 'chart redrawn after a key press');
  assert.equal(await text(p, '#c1-chart .chart-labels'), 'Ihre Wahl: 34,70 $', 'the marker label follows');

  await setRange(p, '#users', 301);
  assert.equal(await text(p, '#c1-result'), '179,96 $');
  assert.equal(await text(p, '#c1-arithmetic'), '650 Mrd. $ ÷ 301 Mio. Abonnenten ÷ 12 = 179,96 $ pro Monat');
  assert.equal(await p.$eval('#c1-group', (e) => e.value), 'netflix');
  assert.match(await text(p, '#c1 .group-source'), /^Zuletzt gemeldet: .* rund 301 Mio\. Netflix/, 'one full stop after "Mio."');
  assert.notEqual(await pixels(p), afterKey, 'chart redrawn after an input event');
  // The prose keeps the article's groups: the payer slider is the calculator's own.
  assert.equal(await text(p, '[data-slot="c1.iphone"]'), '35 Dollar');
  await context.close();
});

test('after a drag the chart is the one a page opened at that value draws, pixel for pixel, at any pixel ratio', async () => {
  // The marker's canvas is moved, not painted again, while the marker only moves along the curve.
  for (const dpr of [1, 1.5, 2]) {
    const { page: p, context } = await page({ dpr });
    const marker = () => p.$eval('#c1-chart .chart-marker', (c) => [c.style.left, c.style.top, c.width, c.height].join(' '));
    const places = [];
    for (const n of [301, 2000, 450, 800]) {
      await setRange(p, '#users', n);
      places.push(await marker());
    }
    assert.equal(new Set(places).size, places.length, `dpr ${dpr}: the marker's canvas moved at each step: ${places}`);
    const dragged = await pixels(p);
    const fresh = await open(browser, base + '/?n=800', { dpr });
    assert.equal(dragged, await pixels(fresh.page), `dpr ${dpr}`);
    await fresh.context.close();
    await context.close();
  }
});

test('choosing a group sets the payers, and reset restores the article', async () => {
  const { page: p, context } = await page();
  await p.selectOption('#c1-group', 'chatgpt');
  assert.equal(await p.$eval('#users', (e) => e.value), '800');
  assert.equal(await text(p, '#c1-result'), '67,71 $');
  await setRange(p, '#c1-capital', 3);
  await p.click('#c1 .reset');
  assert.equal(await p.$eval('#users', (e) => e.value), '1560');
  assert.equal(await p.$eval('#c1-capital', (e) => e.value), '6.5');
  assert.equal(await text(p, '#c1-result'), '34,72 $');
  assert.equal(await text(p, '[data-slot="c1.revenue"]'), '650 Milliarden');
  await context.close();
});

test('out-of-range and non-numeric input never shows NaN', async () => {
  const { page: p, context } = await page();
  for (const v of ['abc', '-5', '1e999', '']) {
    await setRange(p, '#users', v);
    const r = await text(p, '#c1-result');
    assert.match(r, /^\d[\d.]*,\d\d \$$/, `result for ${v}: ${r}`);
  }
  assert.ok(!(await p.textContent('body')).includes('NaN'));
  await context.close();
});

test('the chart is sharp at device pixel ratio 2 and has a text alternative', async () => {
  const { page: p, context } = await page({ dpr: 2 });
  // Both canvases, the chart's and the marker's (as large as the marker), have two device
  // pixels to a CSS pixel.
  const sizes = await p.$$eval('#c1-chart canvas', (cs) => cs.map((c) => {
    const r = c.getBoundingClientRect();
    return [c.className, c.width, r.width, c.height, r.height];
  }));
  assert.equal(sizes.length, 2);
  for (const [name, w, cw, h, ch] of sizes) {
    assert.ok(cw > (name === 'chart-base' ? 200 : 10), `${name}: ${cw} CSS px wide`);
    assert.ok(Math.abs(w - 2 * cw) < 0.01 && Math.abs(h - 2 * ch) < 0.01, `${name}: ${w}×${h} px for ${cw}×${ch} CSS px`);
  }
  const alt = await p.getAttribute('#c1-chart', 'aria-label');
  assert.match(alt, /541,67\s\$.*18,06\s\$.*iPhone 34,72\s\$/);
  assert.equal(await p.getAttribute('#c1-chart', 'role'), 'img');
  await context.close();
});

test('on a phone the calculator follows its paragraph, collapsed to its result, and opens', async () => {
  const { page: p, context } = await page({ viewport: { width: 375, height: 740 }, dpr: 2 });
  const toggle = p.locator('#c1 .calc-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await toggle.isVisible());
  assert.ok((await text(p, '#c1 .calc-toggle')).startsWith('34,72 $ pro Monat'));
  assert.equal(await p.locator('#users').isVisible(), false);
  await toggle.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await p.locator('#users').isVisible());
  await p.waitForFunction(() => [...document.querySelectorAll('#c1-chart .chart-base')].every((c) => c.clientWidth > 200 && c.width === 2 * c.clientWidth));
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, 'no horizontal scroll');
  await context.close();
});

test('a link to the calculator scrolls it into view with the slider visible', async () => {
  const { page: p, context } = await open(browser, base + '/#c1', { viewport: { width: 1000, height: 700 } });
  problems.push([]);
  const box = await p.locator('#users').boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 700, `slider at y=${box.y}`);
  assert.ok(box.width >= 300, `slider ${box.width}px wide`);
  await context.close();
});

test('no console error and no request to another origin in any of the above', () => {
  assert.ok(problems.length >= 9);
  assert.deepEqual(problems.flat(), []);
});
