// The widget embedded in an affiliate's page on another origin: the snippet from the event
// page works as pasted, the iframe follows the widget's height, forged messages are ignored,
// and the theme follows the URL.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, openPage, screenshot, serve, siteWith } from './helpers.mjs';
import { demoEvent, inFuture } from '../wiki/demo-event.mjs';

const WIKI = process.env.WIKI_URL;
const NOW = '2026-11-25T12:00:00Z';
let browser, site, hostSite;

before(async () => {
  assert.ok(WIKI, 'WIKI_URL is not set: run scripts/test, which starts the test wiki');
  browser = await launch();
  site = await serve(await siteWith({ 'events/vsn-peer-to-peer-support.json': inFuture(demoEvent(WIKI), new Date(NOW)) }));
});
after(async () => {
  await browser?.close();
  site?.stop();
  hostSite?.stop();
});

test('the pasted snippet embeds the widget on another origin and its height follows', async () => {
  const page = await openPage(browser, { now: NOW, timezoneId: 'America/Mexico_City' });
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support`);
  await page.locator('.embed-this summary').click();
  const snippet = await page.locator('.embed-code').inputValue();
  const dir = await mkdtemp(join(tmpdir(), 'wikimeet-host-'));
  await writeFile(join(dir, 'index.html'), `<!DOCTYPE html><title>Affiliate</title><link rel="icon" href="data:,"><h1>Our events</h1>${snippet}<p id="after">More news</p>`);
  hostSite = await serve(dir, '/', '127.0.0.2');

  await page.goto(hostSite.url);
  const frame = page.frameLocator('iframe');
  await frame.locator('.widget-next').waitFor();
  assert.match(await frame.locator('.widget-next').innerText(), /^Next session: Wednesday, 2 December 2026, 09:00$/);
  assert.match(await frame.locator('.widget-count').innerText(), /^9 people have registered$/);
  const widgetHeight = await page.frames()[1].evaluate(() => document.getElementById('main').offsetHeight);
  await page.waitForFunction((h) => Number(document.querySelector('iframe').height) === h, widgetHeight);
  assert.notEqual(widgetHeight, 220, 'the height came from the widget, not the snippet default');

  // A message from anywhere but the widget is ignored.
  await page.evaluate(() => window.postMessage({ type: 'wikimeet:height', height: 1500 }, '*'));
  await page.waitForTimeout(200);
  assert.equal(Number(await page.locator('iframe').getAttribute('height')), widgetHeight);
  assert.equal(await frame.locator('.widget-register').getAttribute('target'), '_blank');
  assert.deepEqual(page.problems, [], 'no storage in a third-party iframe is not a crash');
  await screenshot(page, 'embedded-widget');
  await page.context().close();
});

test('the widget takes an accent colour and a dark theme from its address, nothing else', async () => {
  const page = await openPage(browser, { now: NOW });
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support&view=embed&accent=%23990000&theme=dark`);
  await page.locator('.widget-register').waitFor();
  assert.equal(await page.locator('.widget-register').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(153, 0, 0)');
  assert.equal(await page.locator('.widget').evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(16, 20, 24)');
  await page.goto(`${site.url}?event=vsn-peer-to-peer-support&view=embed&accent=red;background:url(x)`);
  await page.locator('.widget-register').waitFor();
  assert.equal(await page.locator('.widget').evaluate((e) => e.style.getPropertyValue('--accent')), '', 'a malformed accent is ignored');
  assert.equal(await page.locator('.site-header').count(), 0, 'no app header inside the widget');
  await page.context().close();
});
