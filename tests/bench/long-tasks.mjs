// What Lighthouse's TBT and LCP are made of on the meeting page (BENCHMARKS.md, seventh and
// eighth rounds); not part of scripts/bench. Per run: the metrics; when the wasm's download
// ended against the largest paint Lighthouse observed (a request that ended before it counts
// towards the simulated LCP); and each main-thread task of the unthrottled load long enough to
// count once Lighthouse multiplies it by 4 (over 12.5 ms), with the wasm functions it compiled
// lazily and what it spent most time on.
// Usage (after scripts/build, with a test wiki): WIKI_URL=http://127.0.0.1:8181 RUNS=3 \
//   node tests/bench/long-tasks.mjs
import { serve, siteWith } from '../e2e/helpers.mjs';
import { demoEvent } from '../wiki/demo-event.mjs';
import { lighthouseOnce } from './lighthouse.mjs';

const site = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': demoEvent(process.env.WIKI_URL) }));
const config = { extends: 'lighthouse:default', settings: { additionalTraceCategories: 'v8.wasm' } };
await lighthouseOnce(site.url); // the server has every file compressed before the first measured run

const ms = (us) => (us / 1000).toFixed(1);
for (let run = 0; run < (Number(process.env.RUNS) || 3); run++) {
  const { lhr, artifacts } = await lighthouseOnce(site.url, config);
  const metric = (id) => Math.round(lhr.audits[id].numericValue);
  const observed = lhr.audits.metrics.details.items[0];
  const wasm = lhr.audits['network-requests'].details.items.find((r) => r.url.endsWith('_bg.wasm'));
  console.log(`run ${run + 1}: TBT ${metric('total-blocking-time')} ms, LCP ${metric('largest-contentful-paint')}, FCP ${metric('first-contentful-paint')}; ` +
    `observed: largest paint ${observed.observedLargestContentfulPaint} ms, wasm ended ${Math.round(wasm?.networkEndTime ?? -1)} ms`);
  const events = artifacts.Trace.traceEvents;
  const start = events.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame);
  const onMain = (e) => e.pid === start.pid && e.tid === start.tid;
  for (const task of events.filter((e) => onMain(e) && e.name === 'RunTask' && e.dur > 12500)) {
    const inside = events.filter((e) => onMain(e) && e !== task && e.dur && e.ts >= task.ts && e.ts < task.ts + task.dur);
    const spent = {};
    for (const e of inside) spent[e.name] = (spent[e.name] || 0) + e.dur;
    const top = Object.entries(spent).sort((a, b) => b[1] - a[1]).slice(0, 4).map(([name, us]) => `${name} ${ms(us)}`);
    const lazy = inside.filter((e) => e.name === 'wasm.CompileLazy').length;
    console.log(`  at ${ms(task.ts - start.ts)} ms, ${ms(task.dur)} ms: ${lazy} wasm functions compiled; ${top.join(', ')}`);
  }
}
site.stop();
process.exit(0);
