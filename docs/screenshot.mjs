// Writes docs/screenshot.png: the J.P. Morgan paragraph with its calculator, from the release build.
//   cargo xtask setup && trunk build --release && node docs/screenshot.mjs
import path from 'node:path';
import { ROOT, serve, launch } from '../tests/browser/harness.mjs';

const { server, base } = await serve();
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1280, height: 1200 }, deviceScaleFactor: 1 });
await page.goto(base + '/');
await page.waitForFunction(() => performance.getEntriesByName('first-draw').length > 0);
await page.evaluate(() => {
  const top = document.querySelector('.with-calc:has(#c1)').getBoundingClientRect().top + window.scrollY;
  window.scrollTo(0, top - 24);
});
await page.screenshot({ path: path.join(ROOT, 'docs/screenshot.png') });
await browser.close();
server.close();
