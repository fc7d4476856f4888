// The VSN event pointed at a local wiki (the test wiki or the demo): same text and sessions,
// sign-in through the wiki's own session.
// CLI: node tests/wiki/demo-event.mjs http://127.0.0.1:8181 > events/vsn-peer-to-peer-support.json
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function demoEvent(wikiUrl) {
  const event = JSON.parse(readFileSync(join(root, 'public/events/vsn-peer-to-peer-support.json'), 'utf8'));
  event.wiki = {
    ...event.wiki,
    api: `${wikiUrl}/api.php`,
    article_path: `${wikiUrl}/index.php/$1`,
    signin: 'wiki-session',
  };
  return event;
}

/** Moves the sessions to the same weekday and UTC hour in the coming weeks, so they can be tried. */
export function inFuture(event, now = new Date()) {
  event.sessions = event.sessions.map((s, i) => {
    const start = new Date(s.start);
    const next = new Date(now);
    next.setUTCHours(start.getUTCHours(), start.getUTCMinutes(), 0, 0);
    next.setUTCDate(next.getUTCDate() + 7 * (i + 1) + ((start.getUTCDay() - next.getUTCDay() + 7) % 7));
    return { ...s, start: next.toISOString().replace('.000Z', 'Z') };
  });
  return event;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const event = demoEvent(args.find((a) => a.startsWith('http')) || 'http://127.0.0.1:8181');
  process.stdout.write(JSON.stringify(args.includes('--future') ? inFuture(event) : event, null, 2) + '\n');
}
