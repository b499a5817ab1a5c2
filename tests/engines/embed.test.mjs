// Embeds in three engines (Chromium, Firefox, WebKit) through WebDriver: the explainer in frames
// of news pages from another origin (pym.js, a Datawrapper-style listener, a sandboxed
// WordPress-style frame, the explainer's own embed code). The frame fits its content, stays
// still, follows when content opens and when the page narrows; forged messages change nothing;
// no error, no refused policy, no cookie, no storage, no foreign request.
//
//   ENGINES=webkit node --test tests/engines/    one engine (chromium, firefox, webkit)
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { selectedEngines } from './webdriver.mjs';
import { servers, session } from './common.mjs';
import { VIEWS } from '../browser/harness.mjs';

let app, host, close;
before(async () => ({ app, host, close } = await servers()));
after(() => close?.());

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

for (const engine of selectedEngines()) {
  describe(`${engine}: embeds`, () => {
    let s, end;
    before(async () => {
      ({ s, end } = await session(engine));
      assert.ok(await s.viewport(1000, 800), 'a 1000 px viewport');
    });
    after(() => end?.());

    /** The app's frame on the host page, as a WebDriver element reference. */
    const frameRef = () => s.until(() => window.frameEl && window.frameEl(), [], { what: 'the frame' });
    const intoFrame = async () => s.cmd('POST', '/frame', { id: await frameRef() });
    const toHost = () => s.cmd('POST', '/frame/parent', {});
    const frameHeight = () => s.exec(() => window.frameEl().getBoundingClientRect().height);
    const docHeight = async () => {
      await intoFrame();
      const h = await s.exec(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      await toHost();
      return h;
    };
    /** Waits until the frame is as tall as its document (within 2 px). */
    const settles = async (within = 10000) => {
      const t0 = Date.now();
      for (;;) {
        const [f, d] = [await frameHeight(), await docHeight()];
        if (Math.abs(f - d) <= 2) return;
        if (Date.now() - t0 > within) assert.fail(`${engine}: frame ${f} px, document ${d} px after ${within} ms`);
        await sleep(100);
      }
    };
    const stays = async (ms = 1500) => {
      const seen = new Set();
      for (let t = 0; t < ms; t += 150) { seen.add(Math.round(await frameHeight())); await sleep(150); }
      assert.equal(seen.size, 1, `${engine}: the frame moved: ${[...seen]}`);
    };
    const open = async (kind, view) => {
      await s.goto(`${host.base}/${kind}.html?view=${view}`);
      await intoFrame();
      await s.until(() => document.querySelector('.calc, .chart') && document.documentElement.dataset.app === 'ready', [],
        { what: 'the app in the frame', timeout: 30000 });
      await toHost();
    };
    /** What the probe in the frame found, and what the frame keeps of the reader. */
    const privacy = async () => {
      await intoFrame();
      const r = await s.exec(() => ({
        problems: window.__problems,
        cookie: (() => { try { return document.cookie; } catch { return ''; } })(),
        stored: (() => { try { return localStorage.length + sessionStorage.length; } catch { return 0; } })(),
      }));
      await toHost();
      return r;
    };

    for (const kind of ['pym', 'datawrapper', 'wordpress', 'plain']) {
      test(`${kind}: the frame fits, stays, follows, ignores forged messages, keeps its policy`, async () => {
        await open(kind, 'c1');
        await settles();
        await stays();
        const before = await frameHeight();
        // The page around is scrolled to the summary first: the frame is as tall as its content,
        // and WebKitGTK's driver does not scroll the outer page to reach an element in a frame.
        await intoFrame();
        const y = await s.exec(() => document.querySelector('#c1 .claim-more summary').getBoundingClientRect().top);
        await toHost();
        await s.exec((y) => scrollTo(0, window.frameEl().getBoundingClientRect().top + scrollY + y - 200), y);
        await intoFrame();
        await s.click('#c1 .claim-more summary');
        await s.until(() => document.querySelector('#c1 .claim-more').open, [], { what: 'the details open' });
        await toHost();
        await s.until((b) => window.frameEl().getBoundingClientRect().height > b + 20, [before], { what: 'the frame to grow' }).catch(() => {});
        await settles();
        assert.ok((await frameHeight()) > before + 20, `${engine}: the frame grew with its content`);
        // A hostile sibling forges messages both ways.
        await intoFrame();
        const state = await s.exec(() => [location.href, document.querySelector('#c1-capital').value, document.querySelector('#c1-result').textContent]);
        await toHost();
        await stays(600);
        const h = await frameHeight();
        await s.cmd('POST', '/frame', { id: await s.exec(() => document.getElementById('evil')) });
        assert.equal(await s.exec(() => window.forge()), true);
        await toHost();
        await sleep(700);
        assert.equal(await frameHeight(), h, `${engine}: forged heights ignored`);
        await intoFrame();
        assert.deepEqual(await s.exec(() => [location.href, document.querySelector('#c1-capital').value, document.querySelector('#c1-result').textContent]), state);
        await toHost();
        assert.deepEqual(await privacy(), { problems: [], cookie: '', stored: 0 });
      });
    }

    test('the sandboxed frame has an opaque origin and still runs the app', async () => {
      await open('wordpress', 'c2');
      await intoFrame();
      assert.equal(await s.exec(() => origin), 'null');
      await s.until(() => document.querySelectorAll('#c2-chart canvas').length > 0, [], { what: 'the chart' });
      await toHost();
      assert.deepEqual((await privacy()).problems, []);
    });

    test('every view fits its frame, with a title, its source and a link to the whole explainer', async () => {
      for (const view of VIEWS) {
        await open('datawrapper', view);
        await settles();
        await intoFrame();
        const info = await s.exec(() => ({
          chrome: !!document.querySelector('.toolbar, .legend, .article-header'),
          title: document.querySelector('.calc-question, figcaption')?.textContent,
          source: document.querySelector('.chart-source')?.textContent,
          link: document.querySelector('.embed-link a')?.getAttribute('href'),
          problems: window.__problems,
        }));
        await toHost();
        assert.equal(info.chrome, false, `${engine} ${view}: no site chrome`);
        assert.ok(info.title && info.source, `${engine} ${view}: title and source`);
        assert.ok(info.link && !/embed[=/]/.test(info.link), `${engine} ${view}: link to the whole explainer`);
        assert.deepEqual(info.problems, [], `${engine} ${view}`);
      }
    });

    test('the frame follows when the page around narrows (pym.js width messages)', async () => {
      await open('pym', 'c4');
      await settles();
      const wide = await frameHeight();
      await s.viewport(600, 800);
      await s.exec(() => window.pymParent.sendWidth());
      await settles();
      assert.ok((await frameHeight()) >= wide, `${engine}: a narrower frame is at least as tall`);
      assert.ok(await s.viewport(1000, 800), 'a 1000 px viewport');
    });
  });
}
