// A small W3C WebDriver (classic) client over fetch, enough to drive the page in Chromium
// (chromedriver), Firefox (geckodriver) and WebKit (WebKitGTK's WebKitWebDriver under Xvfb)
// with the same calls. Every driver speaks classic WebDriver; only Chromium speaks the newer
// protocols, so the cross-engine tests use nothing else.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';

/** How each engine is started: its driver, and the capabilities of a new session. */
export const ENGINES = {
  chromium: {
    driver: () => ['/usr/bin/chromedriver', []],
    capabilities: {
      browserName: 'chrome',
      'goog:chromeOptions': {
        binary: '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
          '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
      },
    },
  },
  firefox: {
    driver: () => [process.env.GECKODRIVER || `${process.env.CARGO_HOME || `${process.env.HOME}/.cargo`}/bin/geckodriver`, ["--host", "127.0.0.1"]],
    capabilities: {
      browserName: 'firefox',
      'moz:firefoxOptions': { binary: '/usr/bin/firefox-esr', args: ['-headless'] },
    },
  },
  webkit: {
    // MiniBrowser has no headless mode: the driver runs under a virtual display.
    driver: () => ['/usr/bin/xvfb-run', ['-a', '-s', '-screen 0 1400x1100x24', '/usr/bin/WebKitWebDriver']],
    capabilities: {},
  },
};

/** The engines to run: `ENGINES=firefox` (comma-separated) picks; all three by default. */
export function selectedEngines() {
  const want = (process.env.ENGINES || 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
  for (const e of want) if (!ENGINES[e]) throw new Error(`unknown engine ${e} (chromium, firefox, webkit)`);
  return want;
}

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts the engine's driver on a free port; resolves when it answers. */
export async function startDriver(engine) {
  const [bin, args] = ENGINES[engine].driver();
  if (!fs.existsSync(bin)) throw new Error(`${engine}: ${bin} is missing (run cargo xtask setup)`);
  const port = await freePort();
  const portArg = engine === 'firefox' ? ['--port', String(port)] : [`--port=${port}`];
  const proc = spawn(bin, [...args, ...portArg], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let log = '';
  proc.stderr.on('data', (d) => { log = (log + d).slice(-4000); });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${url}/status`);
      if (r.ok) return { url, stop: () => { try { process.kill(-proc.pid, 'SIGTERM'); } catch {} } };
    } catch {}
    if (proc.exitCode != null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  try { process.kill(-proc.pid, 'SIGKILL'); } catch {}
  throw new Error(`${engine}: driver did not start\n${log}`);
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** One browser session. */
export class Session {
  static async start(engine, driverUrl) {
    const r = await fetch(`${driverUrl}/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ capabilities: { alwaysMatch: ENGINES[engine].capabilities } }),
    });
    const body = await r.json();
    if (!r.ok) throw new Error(`${engine}: no session: ${JSON.stringify(body.value)}`);
    const s = new Session();
    s.engine = engine;
    s.url = `${driverUrl}/session/${body.value.sessionId}`;
    return s;
  }

  async cmd(method, path, body) {
    const r = await fetch(this.url + path, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    const json = text ? JSON.parse(text) : {};
    if (!r.ok) throw new Error(`${this.engine}: ${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return json.value;
  }

  goto(url) { return this.cmd('POST', '/url', { url }); }
  quit() { return this.cmd('DELETE', ''); }

  /** Runs `fn` (a function, or its source) in the page with JSON arguments; returns its value. */
  exec(fn, ...args) {
    return this.cmd('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /**
   * Sizes the window so that the viewport is `width` x `height` CSS pixels; returns whether it
   * got there (a window may have a minimum width: WebKitGTK's is wider than a phone).
   */
  async viewport(width, height) {
    let w = width, h = height;
    let [iw, ih] = await this.exec(() => [innerWidth, innerHeight]);
    for (let i = 0; i < 4 && !(iw === width && ih === height); i++) {
      const rect = await this.cmd('POST', '/window/rect', { width: w, height: h });
      const was = [iw, ih];
      // A window that took the size asked for gets longer to show it than one held at a minimum.
      const took = rect && rect.width === w && rect.height === h;
      [iw, ih] = await this.settledSize(was, took ? 5000 : 1000);
      // Unchanged: the window goes no further that way (a minimum width).
      if (iw === was[0] && ih === was[1]) break;
      w += width - iw; h += height - ih;
    }
    return iw === width && ih === height;
  }

  /**
   * The viewport's size once a resize from `was` has taken effect (or `ms` have passed) and
   * stopped changing: a window manager (WebKitGTK's under Xvfb) may apply a new window size
   * after the command has answered, and a size read too early sends the next correction the
   * wrong way.
   */
  async settledSize(was, ms) {
    const size = () => this.exec(() => [innerWidth, innerHeight]);
    const same = (a, b) => a[0] === b[0] && a[1] === b[1];
    let last = await size();
    const end = Date.now() + ms;
    while (same(last, was) && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      last = await size();
    }
    // Then until three reads 50 ms apart agree.
    for (let agree = 0, i = 0; agree < 3 && i < 40; i++) {
      await new Promise((r) => setTimeout(r, 50));
      const now = await size();
      agree = same(now, last) ? agree + 1 : 0;
      last = now;
    }
    return last;
  }

  /** A screenshot of one element (PNG). */
  async elementShot(css, file) {
    fs.writeFileSync(file, Buffer.from(await this.cmd('GET', `/element/${await this.find(css)}/screenshot`), 'base64'));
  }

  /**
   * Waits until `fn` returns a truthy value in the page; returns it. A script error (a page
   * between two documents) counts as not yet.
   */
  async until(fn, args = [], { timeout = 10000, what = String(fn) } = {}) {
    const end = Date.now() + timeout;
    let last = '';
    for (;;) {
      try {
        const v = await this.exec(fn, ...args);
        if (v) return v;
      } catch (e) {
        last = ` (last: ${e.message})`;
      }
      if (Date.now() > end) throw new Error(`${this.engine}: timed out waiting for ${what}${last}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async find(css) {
    const v = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return v[ELEMENT];
  }

  /**
   * Clicks an element where the reader sees it: once its box has stayed the same over two
   * frames (as Playwright's click waits for a stable element), so that what the last action
   * changed has been laid out and the page's observers have moved what they move (the
   * margin's cards follow a card above that grew or shrank). A click whose point is taken
   * before such a move lands where the element was.
   */
  async click(css) {
    const { stable, frames } = await this.stable(css);
    // Still moving after 60 frames: the click would land where the element no longer is.
    // (Where the page draws no frames, as a frame out of view, nothing can be judged.)
    if (!stable && frames >= 60) throw new Error(`${this.engine}: ${css} still moves after ${frames} frames`);
    return this.cmd('POST', `/element/${await this.find(css)}/click`, {});
  }

  /**
   * Waits until the element's box is the same in two frames in a row, for at most 60 frames
   * or a second; says whether it was (`stable`) and after how many frames.
   */
  stable(css) {
    return this.cmd('POST', '/execute/async', {
      script: `const [css, done] = arguments;
        const box = () => { const r = document.querySelector(css)?.getBoundingClientRect(); return r ? [r.x, r.y, r.width, r.height].join() : ''; };
        let last = box(), frames = 0, same = 0, over = false;
        const end = (stable) => { if (!over) { over = true; done({ stable, frames }); } };
        const check = () => {
          if (over) return;
          const now = box();
          same = now === last ? same + 1 : 0;
          last = now;
          frames++;
          if (same >= 2) end(true); else if (frames >= 60) end(false); else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
        setTimeout(() => end(false), 1000);`,
      args: [css],
    });
  }

  /** Focuses an element by script (what a Tab would do), then presses keys as the reader does. */
  async focus(css) { await this.exec((s) => document.querySelector(s).focus(), css); }

  /** Presses a key (a WebDriver key code such as '\uE014' for ArrowRight) on the focused element. */
  async press(key) {
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions: [
      { type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }] });
    await this.cmd('DELETE', '/actions');
  }

  async screenshot(file) {
    fs.writeFileSync(file, Buffer.from(await this.cmd('GET', '/screenshot'), 'base64'));
  }
}

export const KEY = { enter: '\uE007', escape: '\uE00C', right: '\uE014', left: '\uE012', end: '\uE010', home: '\uE011', tab: '\uE004' };
