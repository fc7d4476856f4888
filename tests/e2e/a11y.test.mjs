// Accessibility: axe-core (npm) on every route in light and dark with zero violations, and the
// main flows by keyboard alone.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openPage, screenshot, useBrowserAndSite } from './helpers.mjs';

const axe = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const NOW = '2026-11-25T12:00:00Z';
const env = useBrowserAndSite({ before, after });

const routes = ['', '?event=vsn-peer-to-peer-support&view=policy', '?event=vsn-peer-to-peer-support&view=report', '?event=vsn-peer-to-peer-support&view=embed'];

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violations on any route (${scheme})`, async () => {
    const page = await openPage(env.browser, { now: NOW, viewport: { width: 360, height: 780 }, bypassCSP: true });
    await page.emulateMedia({ colorScheme: scheme });
    const found = {};
    for (const q of routes) {
      await page.goto(env.site.url + q);
      await page.locator('#main h1').first().waitFor();
      await page.waitForTimeout(300);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      if (violations.length) found[q || '/'] = violations;
    }
    assert.deepEqual(found, {});
    await page.context().close();
  });
}

test('keyboard alone: choose a zone, reach the report form, fill it, see the preview', async () => {
  const page = await openPage(env.browser, { now: NOW, timezoneId: 'Asia/Kolkata' });
  await page.goto(env.site.url);
  await page.locator('.session .local-time').first().waitFor();
  const tabTo = async (predicate, limit = 80) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`focus never reached ${predicate}`);
  };
  await tabTo(() => document.activeElement.id === 'zone-input');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Africa/Nairobi');
  await page.keyboard.press('Enter');
  await page.locator('.session .local-time', { hasText: '18:00' }).waitFor();
  await page.evaluate(() => document.activeElement.blur());
  await tabTo(() => document.activeElement.textContent === 'Report a concern');
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.locator('#report-what').waitFor();
  // The report form is a page of its own (safe-space.html): a page load, so focus starts at
  // the top of the new page, as on any link to another page.
  assert.match(page.url(), /\/safe-space\.html\?event=vsn-peer-to-peer-support&view=report$/);
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus at the start of the new page');
  await tabTo(() => document.activeElement.name === 'channel');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.getByLabel('Tell the facilitator privately').isChecked());
  await tabTo(() => document.activeElement.id === 'report-what');
  await page.keyboard.type('Typed with the keyboard only.');
  assert.match(await page.locator('.report-preview').innerText(), /Typed with the keyboard only\./);
  // Within a page, moving to another of its routes puts focus at the start of the content.
  await page.evaluate(() => document.activeElement.blur());
  await tabTo(() => document.activeElement.textContent === 'Safe space policy');
  await page.keyboard.press('Enter');
  await page.locator('.policy').first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'main', 'focus moved to the new page');
  await page.context().close();
});

test('every route fits a 320 px phone without sideways scrolling; screenshots at 360 and 1280 px', async () => {
  const names = ['meeting', 'policy', 'report', 'widget'];
  for (const width of [320, 360, 1280]) {
    const page = await openPage(env.browser, { now: NOW, timezoneId: 'Asia/Kolkata', viewport: { width, height: 800 } });
    for (const [i, q] of routes.entries()) {
      await page.goto(env.site.url + q);
      await page.locator('#main h1').first().waitFor();
      await page.waitForTimeout(200);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${names[i]} at ${width} px scrolls sideways by ${overflow} px`);
      if (width !== 320) await screenshot(page, `route-${names[i]}-${width}`);
    }
    await page.context().close();
  }
});

