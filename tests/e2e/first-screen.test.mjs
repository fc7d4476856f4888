// A phone's first screen says when: the next session's local date and time sit right under the
// title from the first paint (early.js's shell) and stay in the same place when the app takes
// over (issue: a slow phone never waits on wikimeet).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowserAndSite } from './helpers.mjs';

const env = useBrowserAndSite({ before, after });
const PHONE = { width: 360, height: 740 };

/** Where the title and the "when" line are, and what the line says. */
async function firstScreen(page) {
  return page.evaluate(() => {
    const box = (el) => { const r = el.getBoundingClientRect(); return { top: Math.round(r.top), bottom: Math.round(r.bottom) }; };
    const title = document.querySelector('h1.page-title');
    const when = document.querySelector('.next-when');
    return { shell: !!document.getElementById('shell'), title: box(title), when: box(when), text: when.textContent.trim(), datetime: when.querySelector('time')?.getAttribute('datetime') };
  });
}

/** Opens the meeting page with the wasm held back until `release()`; returns the shell's view. */
async function openHeld(now, timezoneId = 'Asia/Kolkata') {
  const page = await openPage(env.browser, { viewport: PHONE, timezoneId, now });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  await page.goto(env.site.url);
  await page.locator('#shell .next-when time').waitFor();
  const shell = await firstScreen(page);
  release();
  await page.locator('.session .local-time').first().waitFor();
  return { page, shell, app: await firstScreen(page) };
}

describe('the first screen says when', () => {
  test('the next session under the title, before and after the app takes over, in place', async () => {
    const { page, shell, app } = await openHeld('2024-02-14T12:50:00Z');
    assert.ok(shell.shell, 'the first look is the shell');
    assert.equal(shell.text, '2024-02-14, 20:30 UTC+05:30');
    assert.equal(shell.datetime, '2024-02-14T15:00:00.000Z');
    assert.ok(shell.when.bottom <= PHONE.height, `the time is on the first screen (${shell.when.bottom} px)`);
    assert.ok(!app.shell, 'the app has replaced the shell');
    assert.equal(app.text, 'Next session: Wednesday, 14 February 2024, 20:30 GMT+5:30');
    assert.ok(app.when.bottom <= PHONE.height, `the time is on the first screen (${app.when.bottom} px)`);
    assert.equal(app.title.top, shell.title.top, 'the title does not move');
    assert.equal(app.when.top, shell.when.top, 'the time line does not move');
    assert.deepEqual(page.problems, []);
    await page.close();
  });

  test('between sessions the next one; when all are past, the last one', async () => {
    const between = await openHeld('2024-02-20T12:00:00Z', 'Europe/Warsaw');
    assert.equal(between.shell.text, '2024-02-27, 18:00 UTC+01:00');
    assert.equal(between.app.text, 'Next session: Tuesday, 27 February 2024, 18:00 GMT+1');
    await between.page.close();
    const past = await openHeld('2026-11-25T12:00:00Z', 'Europe/Warsaw');
    assert.equal(past.shell.text, '2024-02-27, 18:00 UTC+01:00');
    assert.equal(past.app.text, 'Last session: Tuesday, 27 February 2024, 18:00 GMT+1');
    assert.equal(past.app.when.top, past.shell.when.top);
    await past.page.close();
  });
});
