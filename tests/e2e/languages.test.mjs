// The page in the visitor's language: Spanish and Arabic (right to left), dates in that
// language, a picker that switches and is remembered.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, screenshot, texts, useBrowserAndSite } from './helpers.mjs';

const TODAY = '2026-11-25T12:00:00Z';
const env = useBrowserAndSite({ before, after });

async function open(options) {
  const page = await openPage(env.browser, { now: TODAY, ...options });
  await page.goto(env.site.url);
  await page.locator('.session .local-time').first().waitFor();
  return page;
}

test('a Spanish browser gets Spanish text and Spanish dates', async () => {
  const page = await open({ locale: 'es-ES', timezoneId: 'America/Argentina/Buenos_Aires' });
  assert.equal(await page.locator('html').getAttribute('lang'), 'es');
  assert.equal(await page.locator('#sessions-heading').innerText(), 'Sesiones');
  assert.deepEqual(await texts(page, '.session .standing'), ['terminó hace 2 años', 'terminó hace 2 años']);
  assert.deepEqual(await texts(page, '.session .local-date'), ['miércoles, 14 de febrero de 2024', 'martes, 27 de febrero de 2024']);
  assert.deepEqual(await texts(page, '.session .local-time'), ['12:00', '14:00']);
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('an Arabic browser gets Arabic text laid out right to left', async () => {
  const page = await open({ locale: 'ar', timezoneId: 'Africa/Cairo', viewport: { width: 360, height: 780 } });
  assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
  assert.equal(await page.locator('html').getAttribute('lang'), 'ar');
  assert.equal(await page.locator('#sessions-heading').innerText(), 'الجلسات');
  assert.deepEqual(await texts(page, '.session .standing'), ['انتهى قبل سنتين', 'انتهى قبل سنتين']);
  const box = await page.locator('.session').first().evaluate((e) => getComputedStyle(e).borderRightWidth);
  assert.equal(box, '4px', 'the accent border stands at the start, on the right');
  await screenshot(page, 'arabic-phone');
  await page.context().close();
});

test('a German browser gets German; the picker switches to Polish (its plural forms) and remembers it', async () => {
  const page = await open({ locale: 'de-DE', timezoneId: 'Europe/Warsaw' });
  assert.equal(await page.locator('#sessions-heading').innerText(), 'Termine');
  assert.deepEqual(await texts(page, '.session .standing'), ['vor 2 Jahren beendet', 'vor 2 Jahren beendet']);
  await page.getByLabel('Sprache dieser Seite').selectOption('pl');
  await page.locator('#sessions-heading', { hasText: 'Terminy' }).waitFor();
  assert.deepEqual(await texts(page, '.session .standing'), ['zakończone 2 lata temu', 'zakończone 2 lata temu']);
  await page.reload();
  await page.locator('#sessions-heading', { hasText: 'Terminy' }).waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'pl');
  await page.getByLabel('Język tej strony').selectOption('en');
  await page.locator('#sessions-heading', { hasText: 'Sessions' }).waitFor();
  assert.deepEqual(page.problems, []);
  await page.context().close();
});

test('only the chosen language is fetched, and one that cannot be fetched says so and changes nothing', async () => {
  const page = await openPage(env.browser, { now: TODAY, locale: 'pt-BR' });
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/i18n/')) fetched.push(r.url().split('/i18n/')[1]); });
  await page.goto(env.site.url);
  await page.locator('#sessions-heading', { hasText: 'Sessões' }).waitFor();
  assert.deepEqual([...new Set(fetched)], ['pt.json'], 'the meeting page\'s messages only');
  await page.route('**/i18n/fr.json', (r) => r.abort());
  await page.getByLabel('Idioma desta página').selectOption('fr');
  await page.locator('#language-problem', { hasText: 'i18n/fr.json' }).waitFor();
  assert.equal(await page.locator('#sessions-heading').innerText(), 'Sessões');
  assert.equal(await page.getByLabel('Idioma desta página').inputValue(), 'pt');
  await page.context().close();
});

test('English too is fetched on the meeting page; without any message file the sessions stay and the page says why', async () => {
  let page = await openPage(env.browser, { now: TODAY, locale: 'en-GB' });
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/i18n/')) fetched.push(r.url().split('/i18n/')[1]); });
  await page.goto(env.site.url);
  await page.locator('#sessions-heading', { hasText: 'Sessions' }).waitFor();
  assert.deepEqual([...new Set(fetched)], ['en.json']);
  assert.deepEqual(page.problems, []);
  await page.context().close();

  page = await openPage(env.browser, { now: TODAY, locale: 'de-DE' });
  await page.route('**/i18n/*.json', (r) => r.abort());
  await page.goto(env.site.url);
  await page.getByRole('alert').filter({ hasText: 'This page could not load its text (i18n/en.json)' }).waitFor();
  assert.equal(await page.locator('#shell .shell-time').count(), 2, 'the pre-rendered sessions stay');
  assert.equal(await page.locator('#sessions-heading').count(), 0);
  await page.context().close();
});
