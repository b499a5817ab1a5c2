// The page in three engines (Chromium, Firefox, WebKit) through WebDriver: it loads and the app
// takes over, every calculator reacts to the keyboard and redraws its charts, claim cards open
// by keyboard, and nothing reports an error. Screenshots at 1280 and 375 px per engine go to
// target/screenshots/ for a person to compare side by side.
//
//   ENGINES=firefox node --test tests/engines/    one engine (chromium, firefox, webkit)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, CALCULATORS } from '../browser/harness.mjs';
import { selectedEngines, KEY } from './webdriver.mjs';
import { servers, session } from './common.mjs';
import { chartPicture, chartDrawn, numberControls, focusedControl, missedControls, textOf, markBoxes } from '../browser/in-page.mjs';

const SHOTS = path.join(ROOT, 'target/screenshots');
const AXE = fs.readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let app, host, close;
before(async () => {
  ({ app, host, close } = await servers());
  fs.mkdirSync(SHOTS, { recursive: true });
});
after(() => close?.());

for (const engine of selectedEngines()) {
  describe(engine, () => {
    let s, end;
    // What the probe found, kept across navigations.
    const problems = [];
    const keep = async () => problems.push(...(await s.exec(() => window.__problems || [])));
    const ready = () => document.documentElement.dataset.app === 'ready';
    /** Keeps what the probe found on the page being left, opens `url`, waits for the app. */
    const load = async (url) => {
      await keep();
      await s.goto(url);
      await s.until(ready, [], { what: `the app at ${url}`, timeout: 30000 });
    };
    /** Opens a calculator shown as a closed card (on narrower screens). */
    const openCard = async (id) => {
      const shown = (id) => (document.querySelector(`#${id} .calc-body`)?.getClientRects().length ?? 0) > 0;
      if (!(await s.exec(shown, id))) await s.click(`#${id} .calc-toggle`);
      await s.until(shown, [id], { what: `${id}: the card open` });
    };
    before(async () => {
      ({ s, end } = await session(engine));
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await s.goto(app.base + '/');
      await s.until(ready, [], { what: 'the app to take over', timeout: 30000 });
    });
    after(() => end?.());

    test('the article loads and the app takes over with the article figures', async () => {
      assert.equal(await s.exec(textOf, 'h1'), 'KI-Wettlauf, Spekulationsblasen & der kommende Fall');
      assert.equal(await s.exec(textOf, '#c1-result'), '34,72 $');
      assert.equal(await s.exec(textOf, '[data-slot="c1.iphone"]'), '35 Dollar');
    });

    for (const id of CALCULATORS) {
      test(`calculator ${id}: the keyboard moves its first input, its result and its charts`, async () => {
        await openCard(id);
        await s.exec((id) => document.getElementById(id).scrollIntoView({ block: 'center' }), id);
        const charts = await s.exec((id) => [...document.querySelectorAll(`#${id} .chart-frame`)].map((f) => f.id), id);
        assert.ok(charts.length >= 1, `${id} has a chart`);
        for (const c of charts) await s.until(chartDrawn, [`#${c}`], { what: `${c} drawn` });
        const pictures = [];
        for (const c of charts) pictures.push(await s.exec(chartPicture, `#${c}`));
        const result = `#${id} .result-value`;
        const before = await s.exec(textOf, result);
        const input = await s.exec((id) => {
          const e = document.querySelector(`#${id} .calc-body input, #${id} .calc-body select`);
          return { id: e.id, tag: e.tagName, type: e.type, atMax: e.type === 'range' && +e.value === +e.max };
        }, id);
        await s.focus(`#${input.id}`);
        if (input.tag === 'SELECT') {
          await s.press(KEY.end);
        } else {
          assert.equal(input.type, 'range', `${id}: first input`);
          await s.press(input.atMax ? KEY.home : KEY.end);
        }
        await s.until(`(sel, was) => (${textOf})(sel) !== was`, [result, before],
          { what: `${id}: result changes` });
        for (const [i, c] of charts.entries()) {
          if (c === 'c3-proj-chart') continue; // the projections do not depend on the inputs
          await s.until(`(sel, was) => (${chartPicture})(sel) !== was`, [`#${c}`, pictures[i]], { what: `${c}: redrawn` });
        }
        assert.ok(!(await s.exec(textOf, `#${id}`)).includes('NaN'));
        await s.click(`#${id} .reset`);
        await s.until(`(sel, was) => (${textOf})(sel) === was`, [result, before],
          { what: `${id}: reset` });
      });
    }

    test('the charts follow a resized window: redrawn sharp at their new width', async () => {
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await s.exec(() => document.getElementById('c1-chart').scrollIntoView({ block: 'center' }));
      await s.until(chartDrawn, ['#c1-chart'], { what: 'c1-chart drawn' });
      const size = () => s.exec(() => {
        const f = document.getElementById('c1-chart'), c = f.querySelector('canvas');
        return { css: f.clientWidth, px: c.width, dpr: devicePixelRatio };
      });
      const wide = await size();
      // The canvas matches its frame again: one canvas pixel per device pixel at the new width.
      const matches = () => {
        const f = document.getElementById('c1-chart'), c = f.querySelector('canvas');
        return c.width === Math.round(f.clientWidth * devicePixelRatio) && f.clientWidth;
      };
      // A phone's width, narrower than the text column C1 stands in on wide screens; there
      // every calculator starts as a closed card: open it.
      await s.viewport(560, 900);
      await s.until(() => innerWidth === 560, [], { what: 'the narrower window' });
      await openCard('c1');
      await s.until((w) => { const c = document.getElementById('c1-chart').clientWidth; return c > 0 && c !== w; }, [wide.css],
        { what: 'the frame narrower' });
      const css = await s.until(matches, [], { what: 'the canvas at the new width', timeout: 20000 })
        .catch(async (e) => { throw new Error(`${e.message}: ${JSON.stringify(await size())}`); });
      assert.notEqual(css, wide.css, 'the frame changed width');
      await s.until(chartDrawn, ['#c1-chart'], { what: 'c1-chart redrawn' });
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await s.until((w) => document.getElementById('c1-chart').querySelector('canvas').width === w, [wide.px],
        { what: 'the canvas back at its width' });
    });

    test('a claim card opens with Enter and closes with Escape, focus returning to its mark', async () => {
      const [mark, card] = await s.exec(() => {
        const m = document.querySelector('article .mark');
        m.scrollIntoView({ block: 'center' });
        return [m.id, `card-${m.getAttribute('href').slice('#claim-'.length)}`];
      });
      await s.focus(`#${mark}`);
      await s.press(KEY.enter);
      await s.until((card) => document.getElementById(card)?.offsetParent && document.activeElement?.id === card, [card],
        { what: 'the card open with the focus in it' });
      assert.match(await s.exec(textOf, `#${card}`), /Urteil: /);
      await s.press(KEY.escape);
      await s.until((card, mark) => !document.getElementById(card) && document.activeElement?.id === mark, [card, mark],
        { what: 'the card closed, focus on the mark' });
    });

    test('a shared address restores the scenario, the address follows the reader, and the language switches', async () => {
      const value = (sel) => s.exec((sel) => document.querySelector(sel).value, sel);
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await load(app.base + '/?cap=7.5&n=301&lang=en');
      assert.equal(await value('#c1-capital'), '7.5');
      assert.equal(await value('#users'), '301');
      assert.equal(await s.exec(() => document.documentElement.lang), 'en');
      assert.equal(await s.exec(textOf, '#c1-revenue'), '$750 bn');
      // The keyboard moves the payers; the address follows without a new history entry.
      const length = await s.exec(() => history.length);
      await s.exec(() => document.getElementById('users').scrollIntoView({ block: 'center' }));
      await s.focus('#users');
      await s.press(KEY.end);
      await s.until(() => location.pathname === '/en/' && location.search.includes('n=3000'), [],
        { what: 'the address to follow, on the English page' });
      assert.equal(await s.exec(() => history.length), length);
      // Back to German by the switch, and the figures with it: in place (the same document, no
      // history entry).
      await s.exec(() => { window.sameDocument = true; });
      await s.click('.language a[lang="de"]');
      await s.until(() => document.documentElement.lang === 'de', [], { what: 'German' });
      assert.equal(await s.exec(() => window.sameDocument === true), true, 'switched without loading a page');
      assert.equal(await s.exec(() => history.length), length);
      assert.equal(await s.exec(textOf, 'h1'), 'KI-Wettlauf, Spekulationsblasen & der kommende Fall');
      assert.equal(await s.exec(textOf, '#c1-revenue'), '750 Mrd. $');
      const shared = await s.until(() => location.pathname === '/' && !location.search.includes('lang=') && location.href, [],
        { what: 'the address in German' });
      await load(shared);
      assert.equal(await value('#users'), '3000');
      assert.equal(await value('#c1-capital'), '7.5');
      assert.equal(await s.exec(() => document.documentElement.lang), 'de');
    });

    test('axe-core finds no WCAG 2.1 A/AA violation, every card and section open', async () => {
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await load(app.base + '/');
      await s.exec(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      // axe-core goes in as the driver's own script: the page's policy forbids inline scripts.
      await s.cmd('POST', '/execute/sync', { script: `${AXE}\nreturn true;`, args: [] });
      const found = await s.cmd('POST', '/execute/async', {
        script: `const done = arguments[arguments.length - 1];
          window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] } })
            .then((r) => done(r.violations.map((v) => v.id + ': ' + v.nodes.length + ' x ' + v.nodes[0].target.join(' ') + ' ' + v.nodes[0].failureSummary.slice(0, 160))),
              (e) => done(['axe failed: ' + e]));`,
        args: [],
      });
      assert.deepEqual(found, []);
    });

    test('the keyboard reaches every control, each with a visible focus', async () => {
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await load(app.base + '/');
      const want = await s.exec(numberControls);
      assert.ok(want > 40, `${want} controls`);
      const seen = new Set();
      const invisible = [];
      for (let i = 0; i < want + 20 && seen.size < want; i++) {
        await s.press(KEY.tab);
        const f = await s.exec(focusedControl);
        if (!f) continue;
        seen.add(f.k);
        if (!f.ring) invisible.push(f.what);
      }
      assert.deepEqual(await s.exec(missedControls, [...seen]), [], 'every control reached');
      assert.equal(seen.size, want, 'every control reached');
      assert.deepEqual(invisible, [], 'a visible focus on each');
    });

    test('the prerendered page lays its claim marks out as the app does: links there, links made buttons here', async () => {
      // Wide (the margin column) and narrower (one column; WebKitGTK's windows go no narrower
      // than about 900 px).
      for (const [width, at] of [[1280, '/'], [900, '/en/']]) {
        assert.ok(await s.viewport(width, 900), `a ${width} px viewport`);
        await keep();
        await s.goto(app.base + '/__prerendered' + at);
        assert.equal(await s.exec(() => document.querySelector('.article-body .mark').tagName), 'A');
        const before = await s.exec(markBoxes);
        await load(app.base + at);
        assert.equal(await s.exec(() => document.querySelector('.article-body .mark').getAttribute('role')), 'button');
        const after = await s.exec(markBoxes);
        assert.ok(Object.keys(before).length > 20, `${Object.keys(before).length} marks`);
        assert.deepEqual(after, before, `${at} at ${width} px`);
      }
      assert.ok(await s.viewport(1280, 900), 'back to 1280 px');
    });

    test('screenshots at 1280 and 375 px', async () => {
      /** The top of the page and the headline calculator at one width; `shoot` writes a PNG. */
      const twoShots = async (width, shoot) => {
        await shoot(path.join(SHOTS, `${engine}-${width}.png`));
        await s.exec(() => document.getElementById('c1').scrollIntoView({ block: 'start' }));
        await new Promise((r) => setTimeout(r, 300));
        await shoot(path.join(SHOTS, `${engine}-${width}-c1.png`));
        await keep();
      };
      const wholeWindow = (file) => s.screenshot(file);
      assert.ok(await s.viewport(1280, 900), 'a 1280 px viewport');
      await load(app.base + '/');
      await twoShots(1280, wholeWindow);
      if (await s.viewport(375, 812)) {
        await load(app.base + '/');
        await twoShots(375, wholeWindow);
      } else {
        // The window stays wider than a phone: the page in a 375 px frame instead.
        // WebKitGTK's element screenshots are off by the space below the element: none left.
        await s.viewport(900, 812);
        await s.goto(host.base + '/phone.html');
        // Into the frame only once its page has loaded: a switch during its navigation may
        // hold the document being replaced.
        await s.exec((src) => {
          const f = document.getElementById('phone');
          f.onload = () => { window.phoneLoaded = true; };
          f.src = src;
        }, app.base + '/');
        await s.until(() => window.phoneLoaded, [], { what: 'the frame loaded', timeout: 30000 });
        await s.cmd('POST', '/frame', { id: 0 });
        await s.until(ready, [], { what: 'the app in the frame', timeout: 30000 });
        assert.equal(await s.exec(() => innerWidth), 375);
        await twoShots(375, async (file) => {
          await s.cmd('POST', '/frame/parent', {});
          await s.elementShot('#phone', file);
          await s.cmd('POST', '/frame', { id: 0 });
        });
      }
      for (const f of ['1280', '1280-c1', '375', '375-c1']) assert.ok(fs.statSync(path.join(SHOTS, `${engine}-${f}.png`)).size > 10000, f);
    });

    test('no error, no refused policy and no request to another origin', async () => {
      await keep();
      assert.deepEqual(problems, []);
    });
  });
}
