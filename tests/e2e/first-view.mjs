// What the meeting page's first view costs to download, measured in the browser: every file
// the page fetched from the site until the app runs (not the wiki's answers), in the visitor's
// language, each compressed as a host would send it. Used by scripts/bench and the size test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { openPage } from './helpers.mjs';

/** Bytes of `data` raw, gzip -9 and brotli -11. */
export function compressed(data) {
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * Opens `siteUrl` in `locale` and returns [{ file, raw, gzip, brotli }] for each file the page
 * fetched from the site (read back from `dir`, the folder served), and their total.
 */
export async function firstView(browser, siteUrl, dir, locale) {
  const page = await openPage(browser, { locale });
  const files = [];
  // The context's: the page's requests and its service worker's (launch() turns those on).
  page.context().on('requestfinished', (r) => {
    if (r.url().startsWith(siteUrl)) files.push(decodeURIComponent(new URL(r.url()).pathname.slice(new URL(siteUrl).pathname.length)) || 'index.html');
  });
  await page.goto(siteUrl);
  await page.locator('.session .local-time').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.context().close();
  const rows = [...new Set(files)].sort().map((file) => ({ file, ...compressed(readFileSync(join(dir, file))) }));
  const total = { file: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const r of rows) for (const k of ['raw', 'gzip', 'brotli']) total[k] += r[k];
  return { rows, total };
}

/** The languages the site ships (its meeting-page message files), English first. */
export function shippedLanguages(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const listed = (html.match(/data-languages="([^"]*)"/) || [])[1] || 'en';
  return ['en', ...listed.split(' ').filter((l) => l && l !== 'en')];
}

/** The first view in every shipped language; the largest one last. */
export async function largestFirstView(browser, siteUrl, dir) {
  const all = [];
  for (const lang of shippedLanguages(dir)) all.push({ lang, ...(await firstView(browser, siteUrl, dir, lang)) });
  return all.sort((a, b) => a.total.brotli - b.total.brotli);
}
