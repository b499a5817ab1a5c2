// The app's start-up, from Chromium's timeline: how long the takeover of the prerendered page
// takes (the marks takeover-start and takeover-end) and how long the main thread's tasks are
// from the first contentful paint to the end of the takeover (what a reader feels as a page
// that does not answer, and what Lighthouse counts as blocking time: the part of each task
// beyond 50 ms). Cold loads in fresh contexts; medians.
import { launch } from '../tests/browser/harness.mjs';
import { emulate, median } from './common.mjs';

/** One cold load: { takeover, longest, over50, blocking } in ms. */
async function load(browser, url, { cpu, dpr, viewport }) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: dpr });
  const page = await context.newPage();
  await emulate(page, { cpu });
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => performance.getEntriesByName('takeover-end').length > 0, null, { timeout: 60000 });
  await page.waitForTimeout(200);
  const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
  await context.close();
  const mark = (name) => events.find((e) => e.name === name && e.cat.includes('blink.user_timing'));
  const start = mark('takeover-start'), end = mark('takeover-end');
  const fcp = events.find((e) => e.name === 'firstContentfulPaint' && e.pid === end.pid);
  if (!start || !end || !fcp) throw new Error('startup: marks or first paint missing in the trace');
  // The renderer's main thread is the one that made the marks.
  const tasks = events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === end.pid && e.tid === end.tid &&
    e.ts + e.dur >= fcp.ts && e.ts <= end.ts + 100000);
  const ms = tasks.map((t) => t.dur / 1000);
  return {
    takeover: (end.ts - start.ts) / 1000,
    longest: Math.max(0, ...ms),
    over50: ms.filter((d) => d > 50).length,
    blocking: ms.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
  };
}

/** Medians of `loads` cold loads of `url` on each profile; returns a Markdown table. */
export async function startup(url, profiles, loads = 5) {
  const browser = await launch();
  let md = '| profile | takeover, ms | longest task after first paint, ms | tasks over 50 ms | time over 50 ms, ms |\n|---|---:|---:|---:|---:|\n';
  const results = {};
  try {
    for (const [name, opts] of Object.entries(profiles)) {
      const runs = [];
      for (let i = 0; i < loads; i++) runs.push(await load(browser, url, opts));
      const m = Object.fromEntries(['takeover', 'longest', 'over50', 'blocking'].map((k) => [k, median(runs.map((r) => r[k]))]));
      results[name] = m;
      md += `| ${name} (${opts.cpu}× CPU) | ${m.takeover.toFixed(0)} | ${m.longest.toFixed(1)} | ${m.over50} | ${m.blocking.toFixed(0)} |\n`;
    }
  } finally {
    await browser.close();
  }
  return { md, results };
}
