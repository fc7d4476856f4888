// The organiser page (organiser.html): an event made from the test wiki's meeting page in the
// browser, its files downloaded and put into a served copy of the site with no build step, the
// meeting page then showing it (local times, the lists, a registration), "check my site"; then
// the event opened again, a time changed, and the change served. Bad input gets plain words.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { allowWiki, launch, openPage, pageWikitext, screenshot, serve, signInOnWiki, siteWith } from './helpers.mjs';

const WIKI = process.env.WIKI_URL || 'http://127.0.0.1:8181';
const TITLE = 'Volunteer Supporters Network/VSN peer-to-peer support';
const ADDRESS = `${WIKI}/index.php/${TITLE.replaceAll(' ', '_')}`;
const env = {};

before(async () => {
  env.browser = await launch();
  // The documented CSP line edit for a wiki outside Wikimedia, made before the organiser starts.
  env.dir = await siteWith({});
  await allowWiki(env.dir, WIKI);
  env.site = await serve(env.dir);
});
after(async () => {
  await env.browser?.close();
  env.site?.stop();
});

const organiserPage = async (options = {}) => {
  const page = await openPage(env.browser, { timezoneId: 'Asia/Kolkata', ...options });
  await page.goto(env.site.url + 'organiser.html');
  await page.getByRole('heading', { name: 'Make a meeting page' }).waitFor();
  return page;
};

/** Downloads what `link` offers and puts it at `path` in the served site, as an upload would. */
async function downloadInto(page, link, path) {
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const text = await readFile(await download.path(), 'utf8');
  await writeFile(join(env.dir, path), text);
  return { name: download.suggestedFilename(), text };
}

const heading = (page, text) => page.locator('.org-heading', { hasText: text });

test('an event made from the wiki page is served as the meeting page, then changed', async () => {
  const page = await organiserPage();
  await page.getByLabel("Address of the meeting's wiki page").fill(ADDRESS);
  await page.getByRole('button', { name: 'Read the page' }).click();
  await page.getByText(`Read "${TITLE}"`).waitFor();
  // The opening's heading and first paragraph are suggested; the headings are listed.
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'Peer-to-peer support: a safe space for sharing thoughts and experiences');
  assert.match(await page.getByLabel('Description').inputValue(), /^This meeting is meant to be a safe space/);
  await heading(page, 'Wednesday 14th February').getByLabel('sign-up list').check();
  await heading(page, 'Tuesday 27th February').getByLabel('sign-up list').check();
  await heading(page, "safe space policy for video conferences").getByLabel('policy').check();
  await page.getByText('The policy as wikimeet reads it').waitFor();
  assert.ok(await page.locator('.org-policy li', { hasText: 'Friendliness and mutual respect' }).count());

  // Suggested from the headings: the weekday's nearest year, 15:00 and 17:00 UTC, to confirm.
  const date0 = await page.locator('#f-sessions-0-date').inputValue();
  const date1 = await page.locator('#f-sessions-1-date').inputValue();
  // No year in the headings: read around the signatures under them (January 2024), not the
  // page's last change (today).
  assert.equal(date0, '2024-02-14');
  assert.equal(date1, '2024-02-27');
  assert.equal(await page.locator('#f-sessions-0-time').inputValue(), '15:00');
  assert.equal(await page.locator('#f-sessions-1-time').inputValue(), '17:00');
  const note = page.locator('.org-session', { hasText: 'Wednesday 14th' }).getByText('the year is not written');
  await note.waitFor();
  assert.match(await note.innerText(), /counted from the first signature under this heading \(2024-01-\d\d\)\. Check it\. That date has already passed/);
  // Each start in the organiser's zone and a second zone of their choice.
  await page.getByLabel('Also show the times in this time zone').fill('America/Los_Angeles');
  const local = await page.locator('.org-session').first().locator('.org-local-time').innerText();
  assert.match(local, /^Asia\/Kolkata: Wednesday,? 14 February \d{4}, 20:30 · America\/Los_Angeles: Wednesday,? 14 February \d{4}, 07:00$/);
  await page.getByLabel('Also show the times in this time zone').fill('Mars/Olympus');
  await page.getByText('"Mars/Olympus" is not a time zone this browser knows').waitFor();

  // A wrong time is refused in a form's words, next to its field, once the field is left.
  await page.locator('#f-sessions-1-time').fill('5pm');
  await page.locator('#f-sessions-1-time').blur();
  await page.locator('#f-sessions-1-time-error', { hasText: 'enter the time in UTC as hours:minutes, e.g. 15:00' }).waitFor();
  assert.equal(await page.locator('#f-sessions-1-time').getAttribute('aria-invalid'), 'true');
  await page.locator('#f-sessions-1-time').fill('17:00');

  await page.getByLabel('Short name in the link').fill('organiser-made');
  await page.getByLabel("Facilitator's name").fill('Vic Sfriso');
  await page.getByLabel("Facilitator's wiki user name").fill('Vic Sfriso (WMAR)');
  await page.getByLabel('Contact email').fill('vic at example');
  await page.getByLabel('Contact email').blur();
  await page.getByText('enter an email address, e.g. name@example.org').first().waitFor();
  await page.getByLabel('Contact email').fill('vic@example.org');
  // Stated on the page (";Language / :English", "at Zoom"): suggested, and required.
  assert.equal(await page.getByLabel('Language of the meeting').inputValue(), 'English');
  assert.equal(await page.getByLabel('Platform', { exact: true }).inputValue(), 'Zoom');
  assert.equal(await page.getByLabel('Platform', { exact: true }).getAttribute('placeholder'), null, 'no grey text that looks filled in');
  await page.getByLabel('Language of the meeting').fill('');
  await page.getByLabel('Language of the meeting').blur();
  await page.locator('#f-language-error', { hasText: 'fill this in' }).waitFor();
  await page.getByLabel('Language of the meeting').fill('English');
  await page.getByLabel('Length of a session in minutes (for calendars)').fill('90');
  await page.getByLabel('How participants sign up').selectOption('wiki-session');
  await page.getByLabel('Participants choose one of these sessions').check();

  // A reload loses nothing.
  await page.reload();
  await page.getByText(`Read "${TITLE}"`).waitFor();
  assert.equal(await page.getByLabel('Short name in the link').inputValue(), 'organiser-made');
  assert.equal(await page.locator('#f-sessions-1-time').inputValue(), '17:00');

  // The preview: the meeting page's own view, lists read from the wiki, no one-click button.
  await page.getByRole('button', { name: 'Show the meeting page as participants will see it' }).click();
  const preview = page.locator('.org-preview');
  await preview.locator('.session').first().waitFor();
  await preview.locator('.local-time', { hasText: '20:30' }).first().waitFor();
  await preview.locator('.attendees summary').first().waitFor();
  assert.equal(await preview.getByRole('button', { name: 'Register for this session' }).count(), 0);
  await screenshot(page, 'organiser-filled');

  const event = await downloadInto(page, page.getByRole('link', { name: 'Download events/organiser-made.json' }), 'events/organiser-made.json');
  assert.equal(event.name, 'organiser-made.json');
  assert.match(await page.locator('.hint', { hasText: 'Chrome writes' }).innerText(),
    /Chrome writes organiser-made \(1\)\.json and index \(1\)\.json, Firefox organiser-made\(1\)\.json and index\(1\)\.json/);
  const index = await downloadInto(page, page.getByRole('link', { name: 'Download events/index.json' }), 'events/index.json');
  assert.deepEqual(JSON.parse(index.text).events, ['vsn-peer-to-peer-support', 'organiser-made'], 'merged with the hosted index');
  // The calendar feeds, uploaded with the event file (tests/e2e/feeds.test.mjs follows them).
  await downloadInto(page, page.getByRole('link', { name: 'Download events/organiser-made.ics' }), 'events/organiser-made.ics');
  await downloadInto(page, page.getByRole('link', { name: 'Download events/all.ics' }), 'events/all.ics');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('.org-check-result .org-ok', { hasText: 'organiser-made.ics was written from the event file the site serves' }).waitFor();
  await page.locator('.org-check-result .org-ok', { hasText: 'lists organiser-made' }).waitFor();
  await page.locator('.org-check-result .org-ok', { hasText: 'is the one this form makes' }).waitFor();
  assert.deepEqual(page.problems, []);

  // The meeting page serves it at once: local times, the lists, and a registration.
  const meeting = await openPage(env.browser, { timezoneId: 'Asia/Kolkata', now: '2024-02-10T12:00:00Z' });
  await meeting.goto(env.site.url + '?event=organiser-made');
  await meeting.locator('.session .local-time', { hasText: '20:30' }).first().waitFor();
  await meeting.locator('.session .local-time', { hasText: '22:30' }).first().waitFor();
  await meeting.locator('.session .attendees summary').first().waitFor();
  await signInOnWiki(meeting, WIKI, 'User19');
  await meeting.locator('.session').nth(1).getByRole('button', { name: 'Register for this session' }).click();
  await meeting.locator('.session').nth(1).getByRole('button', { name: 'Withdraw' }).waitFor();
  assert.match(await pageWikitext(WIKI, TITLE), /User19/);
  await meeting.locator('.session').nth(1).getByRole('button', { name: 'Withdraw' }).click();
  await meeting.locator('.session').nth(1).getByRole('button', { name: 'Register for this session' }).waitFor();
  assert.doesNotMatch(await pageWikitext(WIKI, TITLE), /User19/);
  assert.deepEqual(meeting.problems, []);

  // Opened again from the site, a time changed, downloaded, uploaded: the change is served.
  await page.getByRole('button', { name: 'Start again with an empty form' }).click();
  assert.equal(await page.getByLabel('Short name in the link').inputValue(), '');
  await page.getByLabel('Meetings on this site').focus(); // the list is read again
  await page.getByLabel('Meetings on this site').selectOption('organiser-made');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByText('Opened events/organiser-made.json').waitFor();
  assert.equal(await page.getByLabel('Short name in the link').inputValue(), 'organiser-made');
  await page.locator('#f-sessions-1-time').fill('18:00');
  await downloadInto(page, page.getByRole('link', { name: 'Download events/organiser-made.json' }), 'events/organiser-made.json');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('.org-check-result .org-ok', { hasText: 'is the one this form makes' }).waitFor();
  await meeting.reload();
  await meeting.locator('.session .local-time', { hasText: '23:30' }).first().waitFor();

  // The same file opened from the device fills the form the same way.
  await page.getByRole('button', { name: 'Start again with an empty form' }).click();
  await page.getByLabel('Open an event file from this device').setInputFiles(join(env.dir, 'events/organiser-made.json'));
  await page.getByText('Opened organiser-made.json').waitFor();
  assert.equal(await page.locator('#f-sessions-1-time').inputValue(), '18:00');
  assert.deepEqual(page.problems, []);
  await page.context().close();
  await meeting.context().close();
});

test('a heading nobody signed under is read around the revision that added it', async () => {
  // Imported with its history (tests/wiki/old-heading.xml): the heading came on 2024-01-10, the
  // page was changed on 2026-11-30. Around the last change, Wednesday 14 February would be 2029.
  const page = await organiserPage();
  const title = 'Meeting with an old heading';
  await page.getByLabel("Address of the meeting's wiki page").fill(`${WIKI}/index.php/${title.replaceAll(' ', '_')}`);
  await page.getByRole('button', { name: 'Read the page' }).click();
  await page.getByText(`Read "${title}"`).waitFor();
  assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), 'A meeting', 'its bold opening line');
  assert.equal(await page.getByLabel('Platform', { exact: true }).inputValue(), 'Zoom');
  await heading(page, 'Wednesday 14th February').getByLabel('sign-up list').check();
  // The search through the page's history answers a moment later: the note and date follow.
  await page.locator('.org-session', { hasText: 'Wednesday 14th' })
    .getByText(/the year is not written.*counted from the day this heading was added to the page \(2024-01-10\)/).waitFor();
  assert.equal(await page.locator('#f-sessions-0-date').inputValue(), '2024-02-14');
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('check my site names a forgotten upload and an old copy', async () => {
  const page = await organiserPage();
  await page.getByRole('button', { name: 'Start again with an empty form' }).click();
  await page.getByLabel('Meetings on this site').selectOption('vsn-peer-to-peer-support');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByText('Opened events/vsn-peer-to-peer-support.json').waitFor();
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('.org-check-result .org-ok', { hasText: 'is the one this form makes' }).waitFor();
  // Changed here, not uploaded: the site still serves the old copy.
  await page.getByLabel('Platform', { exact: true }).fill('Jitsi');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('.org-check-result .field-error', { hasText: 'is not the one this form makes' }).waitFor();
  // Copied for the next meeting: the slug of a meeting the site has is refused.
  await page.getByRole('button', { name: 'New meeting from this one' }).click();
  await page.getByLabel('Short name in the link').fill('vsn-peer-to-peer-support');
  await page.getByLabel('Short name in the link').blur();
  await page.locator('#f-slug-error', { hasText: 'is the short name of another meeting on this site' }).waitFor();
  await page.getByRole('button', { name: 'Add a session' }).click();
  await page.locator('#f-sessions-0-date').fill('2031-05-06');
  await page.locator('#f-sessions-0-time').fill('09:30');
  // A new meeting never uploaded.
  await page.getByLabel('Short name in the link').fill('never-uploaded');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.locator('.org-check-result .field-error', { hasText: 'does not list never-uploaded' }).waitFor();
  await page.locator('.org-check-result .field-error', { hasText: 'never-uploaded.json was not found' }).waitFor();
  // A file that is no event file is refused by name, and the form keeps what it held.
  await writeFile(join(env.dir, 'not-an-event.json'), '{"slug": 3}');
  await page.getByLabel('Open an event file from this device').setInputFiles(join(env.dir, 'not-an-event.json'));
  await page.locator('.field-error', { hasText: 'not-an-event.json' }).waitFor();
  assert.equal(await page.getByLabel('Short name in the link').inputValue(), 'never-uploaded');
  await page.context().close();
});

test('addresses that lead to no usable page get plain words', async () => {
  const page = await organiserPage();
  const read = async (address) => {
    await page.getByLabel("Address of the meeting's wiki page").fill(address);
    await page.getByRole('button', { name: 'Read the page' }).click();
  };
  await read('meta.wikimedia.org/wiki/Some_page');
  await page.getByText('is not a web address').waitFor();
  await read(`${WIKI}/index.php/No_such_meeting`);
  await page.getByText('The wiki page "No such meeting" does not exist.').waitFor();
  await read(`${WIKI}/api.php`);
  await page.getByText('The address names no page').waitFor();
  // A site this copy's CSP does not allow: which line to edit.
  await read('http://127.0.0.1:8199/index.php/Meeting');
  await page.getByText('Add http://127.0.0.1:8199 to the line starting with Content-Security-Policy').waitFor();
  // What was typed stays.
  assert.equal(await page.getByLabel("Address of the meeting's wiki page").inputValue(), 'http://127.0.0.1:8199/index.php/Meeting');
  await page.context().close();
});

const axe = readFileSync(new URL('./node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

for (const scheme of ['light', 'dark']) {
  test(`axe finds no violation on the organiser page, empty and filled with its preview, at 320 px (${scheme})`, async () => {
    const page = await organiserPage({ bypassCSP: true, viewport: { width: 320, height: 780 } });
    await page.emulateMedia({ colorScheme: scheme });
    const violations = async () => {
      await page.addScriptTag({ content: axe });
      return page.evaluate(async () => (await window.axe.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    };
    await page.getByRole('button', { name: 'Start again with an empty form' }).click();
    assert.deepEqual(await violations(), [], 'empty');
    await page.getByLabel("Address of the meeting's wiki page").fill(ADDRESS);
    await page.getByRole('button', { name: 'Read the page' }).click();
    await heading(page, 'Wednesday 14th February').getByLabel('sign-up list').check();
    await heading(page, 'safe space policy for video conferences').getByLabel('policy').check();
    await page.getByLabel('Contact email').fill('not an address');
    await page.getByLabel('Contact email').blur();
    await page.locator('#f-contact-email-error').waitFor();
    await page.getByLabel('Contact email').fill('vic@example.org');
    await page.getByRole('button', { name: 'Show the meeting page as participants will see it' }).click();
    await page.locator('.org-preview .attendees summary').first().waitFor();
    assert.deepEqual(await violations(), [], 'filled, with the preview');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), 'no sideways scrolling on a 320 px phone');
    await screenshot(page, `organiser-320-${scheme}`);
    await page.context().close();
  });
}

test('keyboard alone: read the page, tick a heading, confirm, download the event file', async () => {
  const page = await organiserPage();
  await page.getByRole('button', { name: 'Start again with an empty form' }).click();
  await page.evaluate(() => document.activeElement.blur());
  const tabTo = async (predicate, limit = 120) => {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(predicate)) return;
    }
    throw new Error(`focus never reached ${predicate}`);
  };
  await tabTo(() => document.activeElement.id === 'f-source-address');
  await page.keyboard.type(ADDRESS);
  await page.keyboard.press('Enter');
  await page.getByText(`Read "${TITLE}"`).waitFor();
  await tabTo(() => document.activeElement.closest('.org-heading')?.textContent.includes('Tuesday 27th') && document.activeElement.type === 'checkbox');
  await page.keyboard.press('Space');
  assert.equal(await page.locator('#f-sessions-0-time').inputValue(), '17:00');
  await tabTo(() => document.activeElement.id === 'f-contact-email');
  await page.keyboard.type('vic@example.org');
  await tabTo(() => document.activeElement.textContent?.startsWith('Download events/'));
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(ring, 'none', 'focus is visible');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const event = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(event.sessions[0].signup_heading, 'Tuesday 27th February, time 17 UTC');
  assert.match(event.sessions[0].start, /^\d{4}-02-27T17:00:00Z$/);
  await page.context().close();
});

test('an agenda: titled slots with speakers and one list, written to the file', async () => {
  const page = await organiserPage();
  await page.getByRole('button', { name: 'Start again with an empty form' }).click();
  await page.getByLabel('Meetings on this site').focus();
  await page.getByLabel('Meetings on this site').selectOption('vsn-peer-to-peer-support');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await page.getByText('Opened events/vsn-peer-to-peer-support.json').waitFor();
  await page.getByLabel('These sessions are an agenda').check();
  await page.getByLabel('Heading of the one sign-up list for the whole meeting').fill('I want to take part in the meeting');
  // Typed key by key: the field keeps focus while the form changes under it.
  await page.locator('#f-sessions-0-title').pressSequentially('Welcome');
  await page.locator('#f-sessions-0-speakers').fill('User:Vic Sfriso (WMAR), Ana Pérez');
  await page.locator('#f-sessions-0-description').pressSequentially('How the day works.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download events/vsn-peer-to-peer-support.json' }).click()]);
  const event = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(event.agenda, true);
  assert.equal(event.wiki.signup_heading, 'I want to take part in the meeting');
  assert.deepEqual(
    { title: event.sessions[0].title, speakers: event.sessions[0].speakers, description: event.sessions[0].description, id: event.sessions[0].id },
    { title: 'Welcome', speakers: [{ wiki_user: 'Vic Sfriso (WMAR)' }, { name: 'Ana Pérez' }], description: 'How the day works.', id: '2024-02-14' },
  );
  // Slots out of time order: the page says participants will see them sorted.
  assert.equal(await page.getByText('These sessions are not in time order').count(), 0);
  await page.locator('#f-sessions-1-date').fill('2024-02-01');
  await page.getByText('These sessions are not in time order').waitFor();
  await page.context().close();
});
