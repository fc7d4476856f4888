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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(JSON.stringify(demoEvent(process.argv[2] || 'http://127.0.0.1:8181'), null, 2) + '\n');
}
