// An agenda (tests/fixtures/agenda-event.json: two days, ten titled slots in UTC, two of them
// overlapping, one starting at Kolkata's midnight) on the meeting page: grouped under the
// visitor's local days in Kolkata, Los Angeles and Auckland; "now" and "next" at a fixed clock;
// one calendar file for the whole agenda, with one reminder a day; the first paint before the
// app (early.js) and the widget.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { openPage, screenshot, useBrowserAndSite } from './helpers.mjs';

const WIKI = process.env.WIKI_URL || 'http://127.0.0.1:8181';
const agenda = JSON.parse(readFileSync(new URL('../fixtures/agenda-event.json', import.meta.url), 'utf8'));
agenda.wiki = { ...agenda.wiki, api: `${WIKI}/api.php`, article_path: `${WIKI}/index.php/$1` };
const SLUG = agenda.slug;
const env = useBrowserAndSite({ before, after }, {
  'events/index.json': { events: [SLUG] },
  [`events/${SLUG}.json`]: agenda,
});
const DURING = '2026-12-05T13:45:00Z'; // in both breakouts; the panel is next

/** The page's days: each day's heading and its slots' ids, in order. */
async function days(page) {
  return page.locator('.agenda-day').evaluateAll((sections) => sections.map((s) => [
    s.querySelector('h3').textContent.trim(),
    [...s.querySelectorAll('.session')].map((li) => li.getAttribute('aria-labelledby').replace('session-', '')),
  ]));
}

const open = async (timezoneId, now = DURING) => {
  const page = await openPage(env.browser, { timezoneId, locale: 'en-GB', now });
  await page.goto(`${env.site.url}?event=${SLUG}`);
  await page.locator('.agenda-day').first().waitFor();
  return page;
};

const DAY1 = ['welcome', 'newcomers', 'breakout-a', 'breakout-b', 'panel', 'evening'];

test('slots are grouped under the visitor\'s local days', async () => {
  const expected = {
    'Asia/Kolkata': [['Saturday 5 December', DAY1], ['Sunday 6 December', ['late', 'morning', 'workshop', 'closing']]],
    'America/Los_Angeles': [['Saturday 5 December', [...DAY1, 'late']], ['Sunday 6 December', ['morning', 'workshop', 'closing']]],
    'Pacific/Auckland': [['Sunday 6 December', [...DAY1, 'late', 'morning', 'workshop']], ['Monday 7 December', ['closing']]],
  };
  for (const [zone, want] of Object.entries(expected)) {
    const page = await open(zone);
    assert.deepEqual(await days(page), want, zone);
    if (zone === 'Asia/Kolkata') {
      // Midnight belongs to the new day, and the card says its UTC date is the day before.
      const late = page.locator('.session[aria-labelledby="session-late"]');
      assert.match(await late.locator('.local-time').innerText(), /^00:00/);
      await late.locator('.day-shift').waitFor();
      await screenshot(page, 'agenda-kolkata');
    }
    assert.deepEqual(page.problems, [], zone);
    await page.context().close();
  }
});

test('titles, speakers and texts; now, next and past at a fixed clock, with overlapping slots', async () => {
  const page = await open('Asia/Kolkata');
  const card = (id) => page.locator(`.session[aria-labelledby="session-${id}"]`);
  assert.equal(await card('welcome').locator('h3').innerText(), 'Welcome');
  const speakers = card('welcome').locator('.speakers');
  assert.equal(await speakers.innerText(), 'With Vic Sfriso (WMAR), Ana Pérez');
  assert.equal(await speakers.getByRole('link').getAttribute('href'), `${WIKI}/index.php/User:Vic_Sfriso_(WMAR)`);
  assert.equal(await speakers.getByRole('link').count(), 1, 'a plain name is not a link');
  assert.equal(await card('welcome').locator('.slot-text').innerText(), 'Why we meet, and how the two days work.');
  for (const id of ['welcome', 'newcomers']) assert.match(await card(id).getAttribute('class'), /\bpast\b/, id);
  for (const id of ['breakout-a', 'breakout-b']) {
    assert.match(await card(id).locator('.standing').getAttribute('class'), /\blive\b/, `${id} is on now`);
  }
  assert.deepEqual(await page.locator('.slot-badge').evaluateAll((b) => b.map((x) => x.closest('.session').getAttribute('aria-labelledby'))), ['session-panel']);
  assert.equal(await page.locator('.slot-badge').innerText(), 'next');
  // The agenda's one sign-up list is shown once, above the days.
  await page.locator('.agenda > .signups, .agenda .signups').first().waitFor();
  await page.context().close();
});

test('one calendar file holds every slot, with one reminder before each local day', async () => {
  const page = await open('Asia/Kolkata');
  // The whole page rendered (the lists and pickers come a task later), then the link.
  await page.locator('.agenda .attendees summary').waitFor();
  await page.locator('#zone-input').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20000 }), page.locator('.cal-agenda').click()]);
  assert.equal(download.suggestedFilename(), `${SLUG}.ics`);
  const text = await readFile(await download.path(), 'utf8');
  assert.ok(text.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'folded at 75 octets');
  const lines = text.replaceAll('\r\n ', '').split('\r\n').filter(Boolean);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-1), 'END:VCALENDAR');
  const events = text.replaceAll('\r\n ', '').split('BEGIN:VEVENT').slice(1);
  assert.equal(events.length, 10);
  const uids = events.map((e) => /\r\nUID:(.*)\r\n/.exec(e)[1]);
  assert.equal(new Set(uids).size, 10, 'stable, distinct UIDs');
  assert.ok(uids.includes(`${SLUG}-late@wikimeet`));
  for (const e of events) assert.match(e, /DTSTART:\d{8}T\d{6}Z\r\nDTEND:\d{8}T\d{6}Z\r\nSUMMARY:/);
  const withAlarm = events.filter((e) => e.includes('BEGIN:VALARM')).map((e) => /\r\nUID:(.*)\r\n/.exec(e)[1]);
  assert.deepEqual(withAlarm, [`${SLUG}-welcome@wikimeet`, `${SLUG}-late@wikimeet`], 'the first slot of each Kolkata day');
  await page.context().close();
});

test('the first paint, before the app: slots in time order with their titles', async () => {
  const page = await openPage(env.browser, { timezoneId: 'Asia/Kolkata', now: DURING });
  let release;
  const released = new Promise((resolve) => { release = resolve; });
  await page.route(/_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  await page.goto(`${env.site.url}?event=${SLUG}`);
  await page.locator('#shell .session h3').first().waitFor();
  const titles = await page.locator('#shell .session h3').allInnerTexts();
  const inOrder = agenda.sessions.slice().sort((a, b) => a.start.localeCompare(b.start)).map((s) => s.title);
  assert.deepEqual(titles, inOrder, 'the file lists Closing first; the page shows it last');
  // Under the title: the first slot not yet over (a breakout, on now), as the app will say.
  assert.equal(await page.locator('#shell .next-when time').innerText(), '2026-12-05, 19:00 – 20:00');
  release();
  await page.locator('.agenda-day').first().waitFor();
  await page.context().close();
});

test('the widget names the next slot and counts the agenda\'s one list', async () => {
  const page = await openPage(env.browser, { timezoneId: 'Asia/Kolkata', now: DURING });
  await page.goto(`${env.site.url}?event=${SLUG}&view=embed`);
  await page.locator('.widget-count').waitFor();
  assert.equal(await page.locator('.widget-slot').innerText(), 'Breakout A: events');
  assert.match(await page.locator('.widget-next').innerText(), /^Next session: .*5 December 2026, 19:00$/);
  assert.match(await page.locator('.widget-count').innerText(), /^\d+ (person has|people have) registered$/);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('a long agenda stays readable on a 320 px phone: no sideways scrolling', async () => {
  const page = await openPage(env.browser, { timezoneId: 'Pacific/Auckland', now: DURING, viewport: { width: 320, height: 640 } });
  await page.goto(`${env.site.url}?event=${SLUG}`);
  await page.locator('.agenda .attendees summary').waitFor(); // everything rendered, lists included
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 0);
  await screenshot(page, 'agenda-320');
  await page.context().close();
});
