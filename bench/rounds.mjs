// Update latency beside the two peers the goals name (plain canvas, uPlot), in interleaved
// rounds. The peers' harness measures each page once, in turn, in a browser of its own; on
// this machine single runs of it differ by more than the goals' margins (uPlot's p95 2.54 to
// 3.16 ms within one hour on the mobile profile, docs/performance.md). Here each round opens
// every page in a fresh browser, in an order that rotates from round to round, and drags its
// slider as the harness does (300 px steps back and forth, trusted mouse events, until
// `changes` updates are marked); the figures pool the rounds.
import { launch } from '../tests/browser/harness.mjs';
import { emulate, updateTimes } from './common.mjs';

/** The harness's quantile: the smallest value with at least the share `p` at or below it. */
const quantile = (xs, p) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] : null;
};

/** One page, one browser: the update times (update-start to update-end) of `changes` moves. */
async function drag(url, { cpu, dpr, changes }) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 }, deviceScaleFactor: dpr });
    const page = await context.newPage();
    await emulate(page, { cpu });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => performance.getEntriesByName('first-draw').length > 0, null, { timeout: 60000 });
    await page.waitForTimeout(500);
    const box = await page.locator('#users').boundingBox();
    const y = box.y + box.height / 2, x0 = box.x + 8, x1 = box.x + box.width - 8;
    await page.mouse.move(x0, y);
    await page.evaluate(() => { performance.clearMarks('update-start'); performance.clearMarks('update-end'); });
    await page.mouse.down();
    const STEPS = 300;
    for (let k = 0, pos = 0, dir = 1; k < 4 * changes; k++) {
      pos += dir;
      if (pos >= STEPS || pos <= 0) dir = -dir;
      await page.mouse.move(x0 + (pos / STEPS) * (x1 - x0), y);
      if (k % 25 === 24 && (await page.evaluate(() => performance.getEntriesByName('update-end').length)) >= changes) break;
    }
    await page.mouse.up();
    await page.waitForTimeout(300);
    return await updateTimes(page, changes);
  } finally {
    await browser.close();
  }
}

/**
 * `pages`: { name: url }, ours first; `profiles`: { name: { cpu, dpr } }. Returns { md, results }
 * with results[profile][page] = { n, median, p95, rounds: [p95 of each round] }.
 */
export async function rounds(pages, profiles, { count = 3, changes = 300 } = {}) {
  const names = Object.keys(pages);
  const results = {};
  let md = `| profile | page | moves | update median, ms | update p95, ms | p95 of each round, ms |\n|---|---|---:|---:|---:|---|\n`;
  for (const [profile, opts] of Object.entries(profiles)) {
    const samples = Object.fromEntries(names.map((n) => [n, []]));
    const perRound = Object.fromEntries(names.map((n) => [n, []]));
    for (let r = 0; r < count; r++) {
      for (const name of [...names.slice(r % names.length), ...names.slice(0, r % names.length)]) {
        const times = await drag(pages[name], { ...opts, changes });
        samples[name].push(...times);
        perRound[name].push(quantile(times, 0.95));
      }
    }
    results[profile] = {};
    for (const name of names) {
      const s = samples[name];
      results[profile][name] = { n: s.length, median: quantile(s, 0.5), p95: quantile(s, 0.95), rounds: perRound[name] };
      md += `| ${profile} (${opts.cpu}× CPU) | ${name} | ${s.length} | ${quantile(s, 0.5).toFixed(2)} | ${quantile(s, 0.95).toFixed(2)} | ${perRound[name].map((x) => x.toFixed(2)).join(', ')} |\n`;
    }
  }
  return { md, results };
}
