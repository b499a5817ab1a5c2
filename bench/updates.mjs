// Update latency of every calculator's first slider, for comparing two builds of the app
// (`cargo xtask bench --updates`). Quicker than the full benchmark and wider: the full one
// measures C1's payer slider beside the peer pages; this one measures a slider of each
// calculator, in this app only, with the same marks (`update-start` to `update-end`).
//
//   cargo xtask bench --updates                      dist/ only
//   cargo xtask bench --updates --compare /tmp/old   dist/ against an older build, alternating
//   cargo xtask bench --updates --cpu 4              with the CPU slowed four times (and DPR 2)
//   cargo xtask bench --updates --sliders users      some of the sliders only (ids, comma-separated)
//
// The page is served cross-origin isolated (timers at 5 µs instead of 100 µs). The drag is
// the mouse pressed on the thumb and moved back and forth; each build gets the same moves.
import { serve, launch, shippedHeaders } from '../tests/browser/harness.mjs';
import { emulate, updateTimes } from './common.mjs';

/** The calculator (address fragment that opens it) and its slider. */
const ALL = [['c1', 'users'], ['c1', 'c1-capital'], ['c2', 'c2-target'], ['c3', 'c3-capex'], ['c4', 'c4-share'], ['c5', 'c5-decline']];

export async function updates(dist, { compare = null, cpu = 1, rounds = 3, moves = 200, only = null } = {}) {
  const SLIDERS = only ? ALL.filter(([, id]) => only.includes(id)) : ALL;
  const builds = compare ? [dist, compare] : [dist];
  const isolated = (dir) => ({ ...shippedHeaders(dir), 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' });
  const servers = [];
  for (const dir of builds) servers.push(await serve(dir, { headers: isolated(dir) }));
  const browser = await launch();
  const times = builds.map(() => Object.fromEntries(SLIDERS.map(([, id]) => [id, []])));
  try {
    for (let round = 0; round < rounds; round++) {
      for (const [card, id] of SLIDERS) {
        for (let k = 0; k < builds.length; k++) {
          const page = await browser.newPage({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: cpu > 1 ? 2 : 1 });
          await emulate(page, { cpu });
          await page.goto(`${servers[k].base}/#${card}`);
          await page.waitForFunction(() => performance.getEntriesByName('first-draw').length > 0, null, { timeout: 60000 });
          await page.waitForTimeout(300);
          const slider = page.locator(`#${id}`);
          await slider.scrollIntoViewIfNeeded();
          const b = await slider.boundingBox();
          const y = b.y + b.height / 2;
          await page.evaluate(() => performance.clearMarks());
          await page.mouse.move(b.x + 5, y);
          await page.mouse.down();
          for (let i = 0; i < moves; i++) {
            const f = (i % 100) / 100;
            await page.mouse.move(b.x + 5 + (Math.floor(i / 100) % 2 ? 1 - f : f) * (b.width - 10), y);
          }
          await page.mouse.up();
          times[k][id].push(...await updateTimes(page));
          await page.close();
        }
      }
    }
  } finally {
    await browser.close();
    servers.forEach((s) => s.server.close());
  }
  const q = (a, p) => [...a].sort((x, y) => x - y)[Math.min(a.length - 1, Math.floor(a.length * p))];
  let md = `Update latency, ms (update-start to update-end), CPU ×${cpu}, ${rounds} × ${moves} moves per slider\n\n`;
  md += '| slider | build | n | median | p95 | p99 |\n|---|---|---:|---:|---:|---:|\n';
  for (const [, id] of SLIDERS) {
    builds.forEach((dir, k) => {
      const a = times[k][id];
      md += a.length
        ? `| ${id} | ${dir} | ${a.length} | ${q(a, 0.5).toFixed(3)} | ${q(a, 0.95).toFixed(3)} | ${q(a, 0.99).toFixed(3)} |\n`
        : `| ${id} | ${dir} | 0 | - | - | - |\n`;
    });
  }
  return md;
}
