// Every claim, calculator and chart of the article, in headless Chromium against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CALCULATORS, serve, launch, open, setRange, pixels, text, openCard as openCardIn } from './harness.mjs';
import { chartDrawn } from './in-page.mjs';

let server, base, browser, page, context;
const problems = [];

before(async () => {
  ({ server, base } = await serve());
  browser = await launch();
  ({ page, context } = await open(browser, base + '/', { viewport: { width: 1280, height: 900 } }));
  problems.push(page.__problems);
});

after(async () => {
  await browser?.close();
  server?.close();
});

const CHART_ONLY = ['c6-mit', 'c6-models'];

/** Waits until a chart frame's canvases are drawn (a card that opens draws on the next frame). */
async function waitDrawn(frame) {
  return page.waitForFunction(chartDrawn, frame, { timeout: 10000 }).then(() => true, () => false);
}

const openCard = (id) => openCardIn(page, id);

test('about twenty claims are marked in the text, each a button with its verdict', async () => {
  const marks = await page.$$eval('article .mark', (ms) => ms.map((m) => ({
    id: m.id, tag: m.tagName, role: m.getAttribute('role'), tabindex: m.getAttribute('tabindex'), href: m.getAttribute('href'), controls: m.getAttribute('aria-controls'),
    symbol: m.querySelector('.mark-symbol')?.textContent, sr: m.querySelector('.visually-hidden')?.textContent,
  })));
  assert.ok(marks.length >= 20, `${marks.length} marks`);
  for (const m of marks) {
    // A button to assistive technology; a link to the claim's entry to what reads the page
    // without its scripts (reader views drop <button>s, and the figure with them).
    assert.equal(m.tag, 'A');
    assert.equal(m.role, 'button');
    assert.equal(m.tabindex, '0', 'in the Tab order where links are not (Safari)');
    assert.match(m.href, /^#claim-/);
    assert.equal(m.controls, null, 'it controls its card once the card is there');
    assert.ok(['✓', '≈', '◐', '⇄', '?'].includes(m.symbol), m.id);
    assert.match(m.sr, /Faktencheck: (korrekt|korrekt, aber gerundet|ungenau|falsch zugeordnet|ohne Quelle)/);
  }
  const claims = new Set(marks.map((m) => `card-${m.href.slice('#claim-'.length)}`));
  assert.equal(claims.size, 22, 'every claim has a mark');
  assert.equal(await page.locator('article .article-body').getByRole('button', { name: /Faktencheck/ }).count(), marks.length, 'each exposed as a button');
  // The fact check after the article lists the claims in the order the text first marks them.
  const entries = await page.$$eval('.claim-entry', (es) => es.map((e) => e.id.slice('claim-'.length)));
  assert.deepEqual(entries, [...claims].map((c) => c.slice('card-'.length)));
});

test('the legend explains the five verdicts with their symbols', async () => {
  const legend = await text(page, '.legend');
  for (const v of ['korrekt', 'korrekt, aber gerundet', 'ungenau', 'falsch zugeordnet', 'ohne Quelle']) assert.ok(legend.includes(v), v);
  assert.equal(await page.locator('.legend-list li').count(), 5);
});

test('every mark opens its card with Enter; Escape closes it and gives the focus back', async () => {
  const ids = await page.$$eval('article .mark', (ms) => ms.map((m) => [m.id, `card-${m.getAttribute('href').slice('#claim-'.length)}`]));
  for (const [id, card] of ids) {
    await page.focus(`#${id}`);
    await page.keyboard.press('Enter');
    const c = page.locator(`#${card}`);
    await c.waitFor({ state: 'visible' });
    assert.equal(await page.getAttribute(`#${id}`, 'aria-expanded'), 'true', id);
    assert.equal(await page.getAttribute(`#${id}`, 'aria-controls'), card, id);
    await page.waitForFunction((card) => document.activeElement?.id === card, card, { timeout: 10000 })
      .catch(() => assert.fail(`${id}: focus moves into the card`));
    const body = await text(page, `#${card}`);
    assert.match(body, /Urteil: (korrekt|korrekt, aber gerundet|ungenau|falsch zugeordnet|ohne Quelle)/, card);
    for (const part of ['Der Artikel sagt', 'Die Quelle sagt', 'Zum Urteil', 'Quelle:']) assert.ok(body.includes(part), `${card}: ${part}`);
    assert.ok(await c.locator('.claim-source a[href^="https://"]').count() === 1, `${card}: source link`);
    await page.keyboard.press('Escape');
    await c.waitFor({ state: 'detached' });
    await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 10000 })
      .catch(() => assert.fail(`${id}: focus back on the mark`));
  }
});

test('Space and a click open a card too; its close button closes it', async () => {
  await page.focus('#mark-c3-morgan-stanley-2-9tn-0');
  await page.evaluate(() => window.addEventListener('keydown', (e) => { window.__spaceScrolls = !e.defaultPrevented; }, { once: true }));
  await page.keyboard.press('Space');
  await page.locator('#card-c3-morgan-stanley-2-9tn').waitFor();
  assert.equal(await page.evaluate(() => window.__spaceScrolls), false, 'Space acts as on a button: it does not scroll the page');
  const card = await text(page, '#card-c3-morgan-stanley-2-9tn');
  assert.ok(card.includes('falsch zugeordnet') && card.includes('Morgan Stanley'));
  await page.click('#card-c3-morgan-stanley-2-9tn .claim-close');
  await page.locator('#card-c3-morgan-stanley-2-9tn').waitFor({ state: 'detached' });
  await page.click('#mark-c3-big-four-750bn-0');
  const unsourced = await text(page, '#card-c3-big-four-750bn');
  assert.ok(unsourced.includes('ohne Quelle') && unsourced.includes('keine Quelle'), 'says plainly that there is no source');
  await page.click('#mark-c3-big-four-750bn-0');
  await page.locator('#card-c3-big-four-750bn').waitFor({ state: 'detached' });
});

test('a claim card\'s link to its calculator opens the calculator and gives it the focus', async () => {
  await page.click('#mark-c4-mag7-weight-0');
  const card = page.locator('#card-c4-mag7-weight');
  await card.waitFor();
  await card.locator('.claim-to-calc a').click();
  await page.waitForFunction(() => document.activeElement?.matches('#c4 .calc-toggle'), null, { timeout: 10000 })
    .catch(() => assert.fail('the focus on the calculator\'s toggle'));
  assert.ok(await page.locator('#c4 .calc-body').isVisible(), 'the calculator open');
  assert.equal(await page.getAttribute('#c4 .calc-toggle', 'aria-expanded'), 'true');
  // Back to the page as the other tests expect it.
  await page.click('#c4 .calc-toggle');
  await page.evaluate(() => history.replaceState(null, '', location.pathname + location.search));
});

test('the arithmetic stands in the cards that have one', async () => {
  await page.click('#mark-c5-us-gdp-ratio-0');
  const card = await text(page, '#card-c5-us-gdp-ratio');
  assert.ok(card.includes('Nachgerechnet') && card.includes('68,5'), card.slice(0, 200));
  await page.keyboard.press('Escape');
});

for (const id of CALCULATORS) {
  test(`calculator ${id}: its first input moves its result and redraws its charts`, async () => {
    await openCard(id);
    const result = `#${id} .result-value`;
    const before = await text(page, result);
    const charts = await page.$$eval(`#${id} .chart-frame`, (fs) => fs.map((f) => f.id));
    assert.ok(charts.length >= 1, `${id} has a chart`);
    const pics = [];
    for (const c of charts) {
      assert.ok(await waitDrawn(`#${c}`), `${c}: drawn`);
      pics.push(await pixels(page, `#${c}`));
    }
    const first = page.locator(`#${id} .calc-body input, #${id} .calc-body select`).first();
    const tag = await first.evaluate((e) => e.tagName + ':' + e.type);
    if (tag === 'INPUT:range') {
      const sel = `#${await first.getAttribute('id')}`;
      const [min, max, value] = await page.$eval(sel, (e) => [+e.min, +e.max, +e.value]);
      await setRange(page, sel, value === max ? min : max);
    } else if (tag.startsWith('SELECT')) {
      const n = await first.evaluate((e) => e.options.length);
      const cur = await first.evaluate((e) => e.selectedIndex);
      await first.selectOption({ index: (cur + 2) % n });
    } else {
      throw new Error(`${id}: unexpected first input ${tag}`);
    }
    const after = await text(page, result);
    assert.notEqual(after, before, `${id}: result`);
    for (const [i, c] of charts.entries()) {
      const moved = (await pixels(page, `#${c}`)) !== pics[i];
      if (c !== 'c3-proj-chart') assert.ok(moved, `${c}: pixels changed`);
    }
    assert.ok(!(await text(page, `#${id}`)).includes('NaN'));
    await page.click(`#${id} .reset`);
    assert.equal(await text(page, result), before, `${id}: reset`);
  });
}

for (const id of CHART_ONLY) {
  test(`chart ${id} is drawn`, async () => {
    await openCard(id);
    assert.ok(await waitDrawn(`#${id} .chart-frame`), `${id}: chart drawn`);
  });
}

test('every chart has a title, a text alternative, a source line and a data table', async () => {
  for (const id of [...CALCULATORS, ...CHART_ONLY]) await openCard(id);
  const figs = await page.$$eval('figure.chart', (fs) => fs.map((f) => ({
    title: f.querySelector('figcaption')?.textContent,
    role: f.querySelector('.chart-frame')?.getAttribute('role'),
    alt: f.querySelector('.chart-frame')?.getAttribute('aria-label'),
    source: f.querySelector('.chart-source')?.textContent,
    rows: f.querySelectorAll('details table tbody tr').length,
  })));
  assert.ok(figs.length >= 10, `${figs.length} charts`);
  for (const f of figs) {
    assert.ok(f.title && f.title.length > 10, JSON.stringify(f));
    assert.equal(f.role, 'img');
    assert.ok(f.alt && /\d/.test(f.alt), `alt with values: ${f.alt}`);
    assert.match(f.source, /^Quellen?:/);
    assert.ok(f.rows >= 2, `${f.title}: table rows`);
  }
  // The tables open from the keyboard.
  const summary = page.locator('#c4 details.chart-data summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#c4 details.chart-data').getAttribute('open'), '');
});

test('the margin column: each card beside its paragraph, and never over another', async () => {
  // As the page opens, C1 (open from the start) stands in the text below its paragraph, and
  // every other card, closed, beside its own paragraph: none pushed down by the one above.
  const fresh = await open(browser, base + '/', { viewport: { width: 1280, height: 900 } });
  const c1 = await fresh.page.$eval('#c1', (c) => {
    const r = c.getBoundingClientRect(), p = c.previousElementSibling.getBoundingClientRect();
    return { left: r.left, width: r.width, below: r.top - p.bottom, textLeft: p.left, textWidth: p.width };
  });
  assert.ok(Math.abs(c1.left - c1.textLeft) < 1 && Math.abs(c1.width - c1.textWidth) < 1, `C1 in the text: ${JSON.stringify(c1)}`);
  assert.ok(c1.below >= 0 && c1.below < 60, `C1 below its paragraph: ${c1.below}`);
  const beside = await fresh.page.$$eval('.with-calc > .calc.compact', (cs) => cs.map((c) => [c.id,
    Math.round(c.getBoundingClientRect().top - c.parentElement.getBoundingClientRect().top)]));
  await fresh.context.close();
  assert.equal(beside.length, 7);
  for (const [id, offset] of beside) assert.ok(offset >= 0 && offset < 120, `${id}: ${offset} px below its paragraph's top`);
  for (const id of [...CALCULATORS, ...CHART_ONLY]) await openCard(id);
  const boxes = () => page.$$eval('.with-calc > .calc.compact', (cs) => cs.map((c) => {
    const r = c.getBoundingClientRect(); return [r.top + scrollY, r.bottom + scrollY, r.left];
  }).sort((a, b) => a[0] - b[0]));
  const overlaps = (bs) => bs.filter((b, i) => i > 0 && b[0] < bs[i - 1][1]).length;
  // The layout follows the cards' sizes after the browser has laid them out: give it frames.
  let bs = await boxes();
  for (const end = Date.now() + 10000; overlaps(bs) > 0 && Date.now() < end;) { await page.waitForTimeout(50); bs = await boxes(); }
  assert.equal(overlaps(bs), 0, JSON.stringify(bs));
  assert.ok(bs.every((b) => b[2] > 700), 'all in the margin column');
});

test('no console error and no request to another origin', () => {
  assert.deepEqual(problems.flat(), []);
});
