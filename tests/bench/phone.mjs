// The bench's phone profile: one page load as a cheap phone on slow 4G makes it. Used by
// bench.mjs and compare-builds.mjs.
import { workerHolds } from '../e2e/helpers.mjs';

/** On the meeting page: its sessions in local time, early.js's or the app's (`ready`). */
export const MEETING_SESSIONS = '.session .local-time, #shell .shell-time';
/** On the meeting page: the app's own session cards (`app`). */
export const MEETING_APP = '.session .local-time';

/** The middle value of some runs (the upper middle of an even count). */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One load of `url` in a fresh context of `browser`, nothing cached, in ms: the first
 * contentful paint (`fcp`); when `readySelector` is in the page and painted (`ready`); LCP;
 * when `appSelector` is in the page (`app`: for wikimeet the app's own session cards); and the
 * blocking time after the first paint. */
export async function phoneLoad(browser, url, readySelector, appSelector, { repeat = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, timezoneId: 'Asia/Kolkata', locale: 'en-GB' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  // Lighthouse's "slow 4G": 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up; 4x CPU slowdown.
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6 * 1024 * 1024 / 8, uploadThroughput: 750 * 1024 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((sel) => {
    window.__lcp = 0;
    // Long tasks (over 50 ms at this 4x slowdown) for the blocking time after the first paint.
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
    new MutationObserver((_, obs) => {
      if (document.querySelector(sel)) { window.__ready = performance.now(); obs.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, readySelector);
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
  if (repeat) {
    // A repeat visit: once the service worker (issue 34) has kept what the page loaded, the
    // same page again, measured the same way.
    await workerHolds(page, [/_bg\.wasm$/]);
    await page.reload();
    await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60000 });
  }
  // For wikimeet also when the app itself shows its session cards (sign-up, calendar…).
  const app = appSelector
    ? await page.waitForFunction((sel) => document.querySelector(sel) && performance.now(), appSelector, { timeout: 60000 }).then((h) => h.jsonValue())
    : undefined;
  // The app's later steps (sign-up panels, pickers: components/later.rs) run after that.
  await page.waitForTimeout(2000);
  // Visible = in the document and painted: not before the first contentful paint. Blocking
  // time as Lighthouse counts it: each long task's time over 50 ms, after the first paint.
  const r = {
    ...(await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime || 0;
      const blocking = window.__long.filter(([start]) => start >= fcp).reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0);
      return { fcp, ready: Math.max(window.__ready, fcp), lcp: window.__lcp, blocking };
    })),
    app,
  };
  await context.close();
  return r;
}
