// Hosting anywhere: dist/ under a sub-path of a plain static server (no rewrites), deep links
// that survive a reload, and no request to any host but the app's and the configured wiki's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, openPage, serve, siteWith } from './helpers.mjs';

let browser, site;
before(async () => {
  browser = await launch();
  site = await serve(await siteWith(), '/events/vsn/');
});
after(async () => {
  await browser?.close();
  site?.stop();
});

test('served under a sub-path, every page reloads from its own link', async () => {
  const page = await openPage(browser, { now: '2026-11-25T12:00:00Z' });
  const hosts = new Set();
  // A blob: address (early.js's worker) belongs to the origin inside it.
  page.on('request', (r) => hosts.add(new URL(r.url().replace(/^blob:/, '')).host));
  for (const query of ['', '?event=vsn-peer-to-peer-support', '?event=vsn-peer-to-peer-support&view=policy', '?event=vsn-peer-to-peer-support&view=report']) {
    await page.goto(`${site.url}${query}`);
    await page.locator('#main h1').first().waitFor();
    await page.reload();
    await page.locator('#main h1').first().waitFor();
    assert.notEqual(await page.locator('#main h1').first().innerText(), '', query);
  }
  await page.getByRole('link', { name: 'Safe space policy' }).click();
  assert.ok(page.url().startsWith(`${site.url}safe-space.html?event=`), page.url());
  await page.locator('#main h1').first().waitFor();
  await page.getByRole('link', { name: "Meeting", exact: true }).click();
  await page.locator('.session .local-time').first().waitFor();
  assert.ok(page.url().startsWith(`${site.url}?event=`), page.url());
  const allowed = new Set([new URL(site.url).host, 'meta.wikimedia.org']);
  assert.deepEqual([...hosts].filter((h) => !allowed.has(h)), [], 'requests only to the app and its wiki');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});
