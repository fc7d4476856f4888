// The meeting page in a real browser: sessions in the visitor's zone, relative times, the zone
// picker, calendar export and clear messages for broken event files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { openPage, screenshot, serve, siteWith, texts, useBrowserAndSite } from './helpers.mjs';

const VSN = 'vsn-peer-to-peer-support';
const BEFORE_FIRST = '2024-02-14T12:50:00Z';
const TODAY = '2026-11-25T12:00:00Z';
const env = useBrowserAndSite({ before, after });

/** Opens the app's home (the VSN meeting is the only event) and waits for the sessions. */
async function meeting(options, url = env.site.url) {
  const page = await openPage(env.browser, options);
  await page.goto(url);
  await page.locator('.session .local-time').first().waitFor();
  return page;
}

// Expected local readings of 14 Feb 2024 15:00 UTC and 27 Feb 2024 17:00 UTC, worked out by hand
// from each zone's offset in February (no DST in any of them then, except Auckland's NZDT).
const zones = [
  { zone: 'Asia/Kolkata', name: 'India Standard Time', offset: 'GMT+5:30',
    dates: ['Wednesday, 14 February 2024', 'Tuesday, 27 February 2024'], times: ['20:30', '22:30'] },
  { zone: 'America/Argentina/Buenos_Aires', name: 'Argentina Standard Time', offset: 'GMT-3',
    dates: ['Wednesday, 14 February 2024', 'Tuesday, 27 February 2024'], times: ['12:00', '14:00'] },
  { zone: 'Europe/Warsaw', name: 'Central European Standard Time', offset: 'GMT+1',
    dates: ['Wednesday, 14 February 2024', 'Tuesday, 27 February 2024'], times: ['16:00', '18:00'] },
  { zone: 'Africa/Nairobi', name: 'East Africa Time', offset: 'GMT+3',
    dates: ['Wednesday, 14 February 2024', 'Tuesday, 27 February 2024'], times: ['18:00', '20:00'] },
  { zone: 'America/Mexico_City', name: 'Central Standard Time', offset: 'GMT-6',
    dates: ['Wednesday, 14 February 2024', 'Tuesday, 27 February 2024'], times: ['09:00', '11:00'] },
  { zone: 'Asia/Kathmandu', name: 'Nepal Time', offset: 'GMT+5:45',
    dates: ['Wednesday, 14 February 2024', 'Tuesday, 27 February 2024'], times: ['20:45', '22:45'] },
  { zone: 'Pacific/Auckland', name: 'New Zealand Daylight Time', offset: 'GMT+13',
    dates: ['Thursday, 15 February 2024', 'Wednesday, 28 February 2024'], times: ['04:00', '06:00'] },
];

describe('sessions in the visitor\'s own time zone', () => {
  for (const z of zones) {
    test(z.zone, async () => {
      const page = await meeting({ timezoneId: z.zone, now: TODAY });
      assert.deepEqual(await texts(page, '.session .local-date'), z.dates);
      assert.deepEqual(await texts(page, '.session .local-time'), z.times);
      for (const line of await texts(page, '.session .zone')) {
        assert.equal(line, `${z.name} (${z.zone}, ${z.offset})`);
      }
      assert.deepEqual(await texts(page, '.session .utc'), [
        'In UTC: Wednesday, 14 February 2024, 15:00', 'In UTC: Tuesday, 27 February 2024, 17:00']);
      const shifted = z.dates[0].startsWith('Thursday');
      assert.equal(await page.locator('.day-shift').count(), shifted ? 2 : 0);
      if (shifted) {
        assert.match(await page.locator('.day-shift').first().innerText(), /Thursday 15 February, one day later than the UTC date/);
      }
      assert.deepEqual(page.problems, []);
      await screenshot(page, `zone-${z.zone.replaceAll('/', '_')}`);
      await page.context().close();
    });
  }

  test('the page shows the meeting itself: title, trainer, language, platform', async () => {
    const page = await meeting({ timezoneId: 'Asia/Kolkata', now: TODAY });
    assert.equal(await page.locator('h1').innerText(), 'Peer-to-peer support: a safe space for sharing thoughts and experiences');
    const facts = await page.locator('.facts').innerText();
    assert.match(facts, /Trainer\s+Vic Sfriso from Wikimedia Argentina/);
    assert.match(facts, /Language\s+English/);
    assert.match(facts, /Platform\s+Zoom/);
    assert.equal(await page.getByRole('link', { name: 'Vic Sfriso' }).getAttribute('href'),
      'https://meta.wikimedia.org/wiki/User:Vic_Sfriso_(WMAR)');
    assert.match(await page.locator('.choose-one').innerText(), /Choose the session/);
    assert.equal(await page.locator('.duration-note').count(), 2, 'no duration on the wiki page: say so');
    await page.context().close();
  });

  test('a 12-hour locale gets 12-hour times', async () => {
    const page = await meeting({ timezoneId: 'America/Mexico_City', locale: 'en-US', now: TODAY });
    assert.deepEqual(await texts(page, '.session .local-time'), ['9:00 AM', '11:00 AM']);
    await page.context().close();
  });
});

describe('where each session stands relative to now', () => {
  test('before the first session', async () => {
    const page = await meeting({ timezoneId: 'Europe/Warsaw', now: BEFORE_FIRST });
    assert.deepEqual(await texts(page, '.session .standing'), ['starts in 2 h 10 min', 'in 13 days']);
    assert.equal(await page.locator('.session.past').count(), 0);
    assert.equal(await page.locator('.all-past').count(), 0);
    await page.context().close();
  });

  test('during the first session', async () => {
    const page = await meeting({ timezoneId: 'Europe/Warsaw', now: '2024-02-14T15:30:00Z' });
    assert.deepEqual(await texts(page, '.session .standing'), ['live now', 'in 13 days']);
    await page.context().close();
  });

  test('today, both sessions are honestly past', async () => {
    const page = await meeting({ timezoneId: 'Europe/Warsaw', now: TODAY, viewport: { width: 360, height: 780 } });
    assert.deepEqual(await texts(page, '.session .standing'), ['ended 2 years ago', 'ended 2 years ago']);
    assert.equal(await page.locator('.session.past').count(), 2);
    assert.match(await page.locator('.all-past').innerText(), /already taken place/);
    await screenshot(page, 'vsn-today-phone');
    await page.context().close();
  });
});

describe('the time-zone picker', () => {
  test('changes the zone, remembers it across a reload, and resets to the device', async () => {
    const page = await meeting({ timezoneId: 'Asia/Kolkata', now: TODAY });
    await page.locator('#zone-input').fill('Africa/Nairobi');
    await page.locator('#zone-input').press('Enter');
    await page.locator('.session .local-time', { hasText: '18:00' }).waitFor();
    assert.deepEqual(await texts(page, '.session .local-time'), ['18:00', '20:00']);
    await page.reload();
    await page.locator('.session .local-time').first().waitFor();
    assert.deepEqual(await texts(page, '.session .local-time'), ['18:00', '20:00']);
    assert.match(await page.locator('#zone-status').innerText(), /Africa\/Nairobi, the time zone you chose/);
    await page.getByRole('button', { name: 'Use my device\'s time zone (Asia/Kolkata)' }).click();
    assert.deepEqual(await texts(page, '.session .local-time'), ['20:30', '22:30']);
    await page.reload();
    await page.locator('.session .local-time').first().waitFor();
    assert.deepEqual(await texts(page, '.session .local-time'), ['20:30', '22:30']);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });

  test('offers every zone the browser knows and rejects an unknown one without losing it', async () => {
    const page = await meeting({ timezoneId: 'Asia/Kolkata', now: TODAY });
    await page.locator('#zone-input').focus();
    await page.locator('#zone-list option').nth(300).waitFor({ state: 'attached' });
    const options = await page.locator('#zone-list option').count();
    assert.ok(options > 300, `only ${options} zones offered`);
    await page.locator('#zone-input').fill('Mars/Olympus_Mons');
    await page.locator('#zone-input').press('Enter');
    assert.match(await page.locator('#zone-problem').innerText(), /"Mars\/Olympus_Mons" is not a time zone this browser knows/);
    assert.equal(await page.locator('#zone-input').inputValue(), 'Mars/Olympus_Mons');
    assert.equal(await page.locator('#zone-input').getAttribute('aria-invalid'), 'true');
    assert.deepEqual(await texts(page, '.session .local-time'), ['20:30', '22:30']);
    await page.context().close();
  });
});

describe('calendar export', () => {
  test('the .ics download holds the session in UTC with a stable UID and a reminder', async () => {
    const page = await meeting({ timezoneId: 'Asia/Kolkata', now: TODAY });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.session').nth(1).locator('.cal-ics').click(),
    ]);
    assert.equal(download.suggestedFilename(), `${VSN}-2024-02-27.ics`);
    const ics = (await readFile(await download.path(), 'utf8')).replaceAll('\r\n ', '');
    for (const line of ['BEGIN:VCALENDAR', `UID:${VSN}-2024-02-27@wikimeet`, 'DTSTAMP:20261125T120000Z',
      'DTSTART:20240227T170000Z', 'DTEND:20240227T183000Z', 'BEGIN:VALARM', 'TRIGGER:-PT30M', 'END:VCALENDAR']) {
      assert.ok(ics.split('\r\n').includes(line), `missing ${line}`);
    }
    assert.match(ics, /URL:https:\/\/meta.wikimedia.org\/wiki\/Volunteer_Supporters_Network\/VSN_peer-to-peer_support/);
    const google = await page.locator('.session').nth(1).locator('.cal-google').getAttribute('href');
    assert.match(google, /dates=20240227T170000Z\/20240227T183000Z/);
    const outlook = await page.locator('.session').nth(1).locator('.cal-outlook').getAttribute('href');
    assert.match(outlook, /startdt=2024-02-27T17%3A00%3A00Z/);
    await page.context().close();
  });
});

describe('several events and broken event files', () => {
  let other;
  const upcoming = {
    slug: 'vsn-newcomers', title: 'Welcoming newcomers', description: 'A later meeting.',
    language: 'Spanish', platform: 'Jitsi', contact_email: 'vsn@example.org',
    sessions: [{ id: 'one', start: '2026-12-02T23:30:00Z', duration_minutes: 60 },
      { id: 'two', start: '2026-12-10T03:00:00Z' }],
  };
  before(async () => {
    other = await serve(await siteWith({
      'events/index.json': { events: [VSN, 'vsn-newcomers', 'broken'] },
      'events/vsn-newcomers.json': upcoming,
      'events/broken.json': { ...upcoming, slug: 'broken', sessions: [{ id: 'a', start: '2 December 2026, 15 UTC' }] },
    }));
  });
  after(() => other.stop());

  test('home lists upcoming events first and names the broken file', async () => {
    const page = await openPage(env.browser, { timezoneId: 'America/Argentina/Buenos_Aires', now: TODAY });
    await page.goto(other.url);
    await page.locator('.event-card').first().waitFor();
    assert.deepEqual(await texts(page, '.event-list:not(.past-events .event-list) .event-card-title'), ['Welcoming newcomers']);
    // Past meetings are folded under their count.
    await page.locator('.past-events summary', { hasText: 'Past meetings (1)' }).click();
    assert.deepEqual(await texts(page, '.past-events .event-card-title'), ['Peer-to-peer support: a safe space for sharing thoughts and experiences']);
    assert.match(await page.locator('.event-card-when').first().innerText(), /Next session: Wednesday, 2 December 2026, 20:30/);
    assert.match(await page.locator('.problem').innerText(), /events\/broken\.json/);
    await page.locator('.event-card').first().click();
    await page.locator('h1', { hasText: 'Welcoming newcomers' }).waitFor();
    assert.match(page.url(), /\?event=vsn-newcomers$/);
    await page.goBack();
    await page.locator('.event-card').first().waitFor();
    await page.context().close();
  });

  test('a session crossing midnight shows its end on the next day', async () => {
    const page = await openPage(env.browser, { timezoneId: 'UTC', now: TODAY });
    await page.goto(`${other.url}?event=vsn-newcomers`);
    await page.locator('.local-time').first().waitFor();
    assert.equal(await page.locator('.local-time').first().innerText(), '23:30 – 00:30 (next day)');
    assert.equal(await page.locator('.standing').first().innerText(), 'in 7 days');
    await page.context().close();
  });

  test('a session on the previous local day says so', async () => {
    const page = await openPage(env.browser, { timezoneId: 'America/Mexico_City', now: TODAY });
    await page.goto(`${other.url}?event=vsn-newcomers`);
    await page.locator('.local-time').first().waitFor();
    assert.equal(await page.locator('.session').nth(1).locator('.local-date').innerText(), 'Wednesday, 9 December 2026');
    assert.equal(await page.locator('.session').nth(1).locator('.local-time').innerText(), '21:00');
    assert.match(await page.locator('.session').nth(1).locator('.day-shift').innerText(), /Wednesday 9 December, one day earlier than the UTC date/);
    await page.context().close();
  });

  test('a malformed event file gets a message naming the file, the field and the problem', async () => {
    const page = await openPage(env.browser, { now: TODAY });
    await page.goto(`${other.url}?event=broken`);
    await page.locator('.problem').waitFor();
    assert.equal(await page.locator('.problem-file').innerText(), 'events/broken.json');
    assert.equal(await page.locator('.problem-field').innerText(), 'sessions[0].start');
    assert.match(await page.locator('.problem-what').innerText(), /"2 December 2026, 15 UTC" is not a date and time; write it in UTC like 2024-02-14T15:00:00Z/);
    await screenshot(page, 'broken-event-file');
    await page.context().close();
  });

  test('an event that does not exist says so', async () => {
    const page = await openPage(env.browser, { now: TODAY });
    await page.goto(`${other.url}?event=no-such-meeting`);
    await page.locator('.problem').waitFor();
    assert.match(await page.locator('.problem-what').innerText(), /events\/no-such-meeting\.json was not found on this site/);
    await page.context().close();
  });

  test('a name that is not a meeting name is quoted as typed, as text', async () => {
    const page = await openPage(env.browser, { now: TODAY });
    await page.goto(`${other.url}?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E`);
    await page.locator('.problem').waitFor();
    assert.match(await page.locator('.problem').innerText(), /"<img src=x onerror=alert\(1\)>" is not a meeting name/);
    assert.equal(await page.locator('.problem img').count(), 0);
    assert.deepEqual(page.problems, []);
    await page.context().close();
  });
});
