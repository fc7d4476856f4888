// The meeting page's first view stays under its size budget: every file the browser fetched
// from the site until the app ran, in the largest shipped language, brotli-compressed. gzip is
// printed beside it (most static hosts send gzip only). scripts/bench has the full table.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { largestFirstView } from './first-view.mjs';
import { launch, serve, siteDir } from './helpers.mjs';

const BUDGET_KB = 160;
let browser;
let site;
before(async () => {
  browser = await launch();
  site = await serve(siteDir);
});
after(async () => {
  site.stop();
  await browser.close();
});

test(`the first view is at most ${BUDGET_KB} KB brotli in every language`, async (t) => {
  const views = await largestFirstView(browser, site.url, siteDir);
  const kb = (n) => (n / 1024).toFixed(1);
  for (const v of views) t.diagnostic(`${v.lang}: ${kb(v.total.brotli)} KB brotli, ${kb(v.total.gzip)} KB gzip (${v.rows.length} files)`);
  const largest = views[views.length - 1];
  console.log(`first view, largest language (${largest.lang}): ${kb(largest.total.brotli)} KB brotli, ${kb(largest.total.gzip)} KB gzip; budget ${BUDGET_KB} KB brotli`);
  assert.ok(largest.rows.some((r) => r.file.endsWith('.wasm')), 'the app itself was fetched and counted');
  assert.ok(
    largest.total.brotli <= BUDGET_KB * 1024,
    `the first view in ${largest.lang} is ${kb(largest.total.brotli)} KB brotli (${kb(largest.total.gzip)} KB gzip), over the ${BUDGET_KB} KB budget: ` +
      largest.rows.map((r) => `${r.file} ${kb(r.brotli)}`).join(', '),
  );
});
