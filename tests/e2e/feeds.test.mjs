// Calendars that follow the meeting (issue 33). The organiser page writes a meeting's feed and
// the site's through versions (a session moved, a hand edit between two versions, a session
// removed), each read by Thunderbird's ical.js and Python's icalendar; the meeting page, the
// series list and the widget offer a subscription only where the site serves a feed written
// from the event file served now; "Check my site" names a stale feed; an agenda's stars survive
// a reload and a slot moved, and "my sessions" holds exactly the starred slots.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { launch, openPage, serve, siteWith } from './helpers.mjs';

const VSN = 'vsn-peer-to-peer-support';
const agenda = JSON.parse(readFileSync(new URL('../fixtures/agenda-event.json', import.meta.url), 'utf8'));
const env = {};

before(async () => {
  env.browser = await launch();
  env.dir = await siteWith({ [`events/${agenda.slug}.json`]: agenda, 'events/index.json': { events: [VSN, agenda.slug] } });
  env.site = await serve(env.dir, '/meet/');
});
after(async () => {
  await env.browser?.close();
  env.site?.stop();
});

/** Downloads what `link` offers and puts it at `path` in the served site, as an upload would. */
async function downloadInto(page, name, path) {
  const link = page.getByRole('link', { name: `Download ${name}` });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = await readFile(await download.path(), 'utf8');
  if (path) await writeFile(join(env.dir, path), text);
  return text;
}

/** Writes every feed of this version into the site: the event file, its feed, the site's. */
async function writeVersion(page) {
  const file = await downloadInto(page, `events/${VSN}.json`, `events/${VSN}.json`);
  const feed = await downloadInto(page, `events/${VSN}.ics`, `events/${VSN}.ics`);
  const all = await downloadInto(page, 'events/all.ics', 'events/all.ics');
  return { file, feed, all };
}

/** What ical.js reads in a calendar, entry by entry, as icalendar's summary has it. */
function icalJs(text) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((v) => ({
    uid: v.getFirstPropertyValue('uid'),
    sequence: v.getFirstPropertyValue('sequence') ?? 0,
    status: v.getFirstPropertyValue('status') ?? '',
    summary: v.getFirstPropertyValue('summary'),
    start: v.getFirstPropertyValue('dtstart').toJSDate().toISOString().replace('.000', ''),
    alarms: v.getAllSubcomponents('valarm').length,
  }));
}

/** Both parsers read `texts` alike; the lines are as RFC 5545 has them. Returns ical.js's reading. */
async function parsed(...texts) {
  const paths = [];
  for (const [i, text] of texts.entries()) {
    assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text), 'CRLF line ends only');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, `folded at 75 octets: ${line}`);
    for (const entry of text.replace(/\r\n /g, '').split('BEGIN:VEVENT').slice(1)) {
      assert.equal(entry.match(/\r\nUID:/g).length, 1, 'one UID an entry');
      assert.equal(entry.match(/\r\nDTSTAMP:/g).length, 1, 'one DTSTAMP an entry');
    }
    paths.push(join(env.dir, `parsed-${i}.ics`));
    await writeFile(paths.at(-1), text);
  }
  const python = JSON.parse(execFileSync('python3', [new URL('ics_check.py', import.meta.url).pathname, ...paths], { encoding: 'utf8' }));
  const js = texts.map(icalJs);
  assert.deepEqual(js, python, "ical.js and Python's icalendar read the same");
  return js;
}

/** A feed the site does not have is a 404 the browser reports: at times the point of a test. */
const besidesMissingFeeds = (problems) => problems.filter((p) => !/404 \(Not Found\) \(\S+\.ics\)$/.test(p));

const bySequence = (entries) => Object.fromEntries(entries.map((e) => [e.uid.replace(`${VSN}-`, ''), [e.sequence, e.status]]));

const organiserPage = async () => {
  // Before the sessions (2024-02-14 and 27): a removed one stays, cancelled, until it has ended.
  const page = await openPage(env.browser, { now: '2024-01-20T10:00:00Z' });
  await page.goto(env.site.url + 'organiser.html');
  await page.getByRole('heading', { name: 'Make a meeting page' }).waitFor();
  return page;
};

async function openFromSite(page) {
  await page.getByRole('button', { name: 'Start again with an empty form' }).click();
  await page.getByLabel('Meetings on this site').focus(); // the list is read again
  await page.getByLabel('Meetings on this site').selectOption(VSN);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByText(`Opened events/${VSN}.json`).waitFor();
}

async function checkSite(page, ok, text) {
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator(`.org-check-result ${ok ? '.org-ok' : '.field-error'}`, { hasText: text }).waitFor();
}

/** The meeting page's subscription choices (opened), or null when the site offers none. */
async function subscription(url, summary = 'Subscribe: a calendar that follows this meeting') {
  const page = await openPage(env.browser, { now: '2024-01-21T10:00:00Z' });
  await page.goto(url);
  await page.getByText(summary).click();
  const choices = page.locator('.sub-choices');
  await choices.getByText(/Subscribing keeps|offers no calendar subscription/).waitFor();
  const links = Object.fromEntries(await choices.locator('a').evaluateAll((as) => as.map((a) => [a.textContent, a.href])));
  const field = choices.getByLabel('Address to subscribe to');
  const address = (await field.count()) ? await field.inputValue() : null;
  assert.deepEqual(besidesMissingFeeds(page.problems), []);
  await page.context().close();
  return address ? { links, address } : null;
}

test('the feeds follow a meeting through versions; both parsers read each', async () => {
  const page = await organiserPage();
  await openFromSite(page);
  // Check my site before any feed was uploaded: the feeds are missing.
  await checkSite(page, false, `${VSN}.ics is not on the site`);
  const v1 = await writeVersion(page);
  const [feed1, all1] = await parsed(v1.feed, v1.all);
  assert.deepEqual(bySequence(feed1), { '2024-02-14@wikimeet': [0, 'CONFIRMED'], '2024-02-27@wikimeet': [0, 'CONFIRMED'] });
  assert.match(feed1[0].summary, /\(one of 2 times\)$/);
  assert.match(v1.feed, /\r\nREFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n/);
  assert.match(v1.feed, /\r\nX-PUBLISHED-TTL:PT6H\r\n/);
  assert.doesNotMatch(v1.feed, /VALARM/, 'no reminders in a feed');
  assert.equal(all1.length, 2 + agenda.sessions.length, 'every meeting the index lists');
  await checkSite(page, true, `${VSN}.ics was written from the event file the site serves`);
  await checkSite(page, true, 'all.ics was written from the event file the site serves');

  // Unchanged, written again: byte for byte the same.
  assert.equal(await downloadInto(page, `events/${VSN}.ics`), v1.feed);

  // The second session moved: it alone is raised.
  await page.locator('#f-sessions-1-time').fill('18:00');
  const v2 = await writeVersion(page);
  const [feed2] = await parsed(v2.feed, v2.all);
  assert.deepEqual(bySequence(feed2), { '2024-02-14@wikimeet': [0, 'CONFIRMED'], '2024-02-27@wikimeet': [1, 'CONFIRMED'] });
  assert.equal(feed2[1].start, '2024-02-27T18:00:00Z');

  // A hand edit on the site: the feeds no longer match, and the check says how to mend it.
  await writeFile(join(env.dir, `events/${VSN}.json`), v2.file.replace('"platform": "Zoom"', '"platform": "Jitsi"'));
  await checkSite(page, false, `${VSN}.ics was written from another version of`);
  await checkSite(page, false, 'all.ics was written from another version of');
  // Opened from the site and written again: what the hand edit changed is raised.
  await openFromSite(page);
  const v3 = await writeVersion(page);
  const [feed3] = await parsed(v3.feed, v3.all);
  assert.deepEqual(bySequence(feed3), { '2024-02-14@wikimeet': [1, 'CONFIRMED'], '2024-02-27@wikimeet': [2, 'CONFIRMED'] });
  await checkSite(page, true, `${VSN}.ics was written from the event file the site serves`);

  // A session removed: kept in the feed as cancelled, one step up; the UIDs stay. The other
  // is raised too: no longer "one of 2 times", its title changed.
  await page.getByRole('button', { name: 'Remove session 1' }).click();
  const v4 = await writeVersion(page);
  const [feed4] = await parsed(v4.feed, v4.all);
  assert.deepEqual(bySequence(feed4), { '2024-02-27@wikimeet': [3, 'CONFIRMED'], '2024-02-14@wikimeet': [2, 'CANCELLED'] });
  assert.doesNotMatch(feed4[0].summary, /one of/);
  assert.deepEqual(besidesMissingFeeds(page.problems), []);
  await page.context().close();
});

test('a subscription is offered only where the site serves a feed written from the file served now', async () => {
  // The feeds the first test uploaded match the files served now.
  const meeting = await subscription(`${env.site.url}?event=${VSN}`);
  assert.equal(meeting.address, `${env.site.url}events/${VSN}.ics`);
  const webcal = meeting.address.replace(/^http:/, 'webcal:');
  assert.deepEqual(meeting.links, {
    'Calendar app on this device': webcal,
    'Google Calendar': `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    'Outlook.com': `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(meeting.address)}&name=${encodeURIComponent('Peer-to-peer support: a safe space for sharing thoughts and experiences')}`,
    'Outlook (work or school)': `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(meeting.address)}&name=${encodeURIComponent('Peer-to-peer support: a safe space for sharing thoughts and experiences')}`,
  });
  const series = await subscription(env.site.url, 'Subscribe: a calendar of every meeting listed here');
  assert.equal(series.address, `${env.site.url}events/all.ics`);
  const widget = await subscription(`${env.site.url}?event=${VSN}&view=embed`);
  assert.equal(widget.address, meeting.address);

  // A meeting whose site has no feed for it: none offered.
  assert.equal(await subscription(`${env.site.url}?event=${agenda.slug}`), null);
  // Edited by hand after its feed was written: none offered, here and in the site's feed.
  const file = join(env.dir, `events/${VSN}.json`);
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('"language": "English"', '"language": "English, Spanish"'));
  assert.equal(await subscription(`${env.site.url}?event=${VSN}`), null);
  assert.equal(await subscription(env.site.url, 'Subscribe: a calendar of every meeting listed here'), null);
  await writeFile(file, text);
});

test('my sessions: stars survive a reload and a slot moved; their file holds exactly them', async () => {
  const page = await openPage(env.browser, { now: '2026-12-01T10:00:00Z' });
  await page.goto(`${env.site.url}?event=${agenda.slug}`);
  const star = (title) => page.getByRole('button', { name: `My session: ${title}` });
  await star('Welcome').click();
  await star('Talk: reaching newcomers').click();
  await star('Closing').click();
  await star('Closing').click(); // and unstarred again
  assert.equal(await star('Welcome').getAttribute('aria-pressed'), 'true');
  assert.equal(await star('Closing').getAttribute('aria-pressed'), 'false');

  // The organiser moves a starred slot; the star stays with it (kept by the slot's id).
  const moved = structuredClone(agenda);
  moved.sessions.find((s) => s.id === 'newcomers').start = '2026-12-06T09:00:00Z';
  await writeFile(join(env.dir, `events/${agenda.slug}.json`), JSON.stringify(moved));
  await page.reload();
  await star('Welcome').waitFor();
  assert.equal(await star('Welcome').getAttribute('aria-pressed'), 'true');
  assert.equal(await star('Talk: reaching newcomers').getAttribute('aria-pressed'), 'true');
  assert.equal(await star('Closing').getAttribute('aria-pressed'), 'false');

  // The filter, by keyboard: only the starred slots and their days.
  await page.getByLabel('Show only my sessions (2)').focus();
  await page.keyboard.press('Space');
  assert.deepEqual(await page.locator('.agenda-day li.session:visible h3').allTextContents(), ['Welcome', 'Talk: reaching newcomers']);
  await page.getByText('This file does not follow later changes').waitFor();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my sessions (.ics)' }).click()]);
  assert.equal(download.suggestedFilename(), `${agenda.slug}-my-sessions.ics`);
  const [mine] = await parsed(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(mine.map((e) => [e.uid, e.start, e.alarms]), [
    [`${agenda.slug}-welcome@wikimeet`, '2026-12-05T12:00:00Z', 1],
    [`${agenda.slug}-newcomers@wikimeet`, '2026-12-06T09:00:00Z', 1],
  ]);
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await writeFile(join(env.dir, `events/${agenda.slug}.json`), JSON.stringify(agenda));
});

test('my sessions in Arabic, right to left', async () => {
  const page = await openPage(env.browser, { now: '2026-12-01T10:00:00Z', locale: 'ar' });
  await page.goto(`${env.site.url}?event=${agenda.slug}`);
  await page.getByRole('button', { name: 'جلستي: Welcome' }).click();
  await page.getByText('اعرض جلساتي فقط (1)').waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

const axe = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

for (const scheme of ['light', 'dark']) {
  test(`axe: the stars, the filter and the opened choices (${scheme})`, async () => {
    const page = await openPage(env.browser, { now: '2026-12-01T10:00:00Z', viewport: { width: 360, height: 780 }, bypassCSP: true });
    await page.emulateMedia({ colorScheme: scheme });
    const found = {};
    for (const slug of [agenda.slug, VSN]) {
      await page.goto(`${env.site.url}?event=${slug}`);
      await page.getByText('Subscribe: a calendar that follows this meeting').click();
      await page.locator('.sub-choices').getByText(/Subscribing keeps|offers no calendar subscription/).waitFor();
      if (slug === agenda.slug) {
        await page.getByRole('button', { name: 'My session: Welcome' }).click();
        await page.getByLabel('Show only my sessions (1)').check();
      }
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      if (violations.length) found[slug] = violations;
    }
    assert.deepEqual(found, {});
    await page.context().close();
  });
}
