// Copies the Wikimedia Codex design tokens that style/main.css uses (var(--…)) from the npm
// package @wikimedia/codex-design-tokens into main.css, between its codex-tokens marks: light
// values on :root, dark ones under prefers-color-scheme. Only used tokens, so the page stays small.
// Usage: node scripts/codex-tokens.mjs [--check]   (--check fails when main.css is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(import.meta.url), '..', '..');
const pkg = join(root, 'tests/e2e/node_modules/@wikimedia/codex-design-tokens');
const version = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')).version;
const tokens = (file) => {
  const css = readFileSync(join(pkg, 'dist', file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return new Map([...css.matchAll(/^\s*(--[a-z0-9-]+):\s*([^;]+);/gm)].map((m) => [m[1], m[2].trim()]));
};
const light = tokens('theme-wikimedia-ui.css');
const dark = tokens('theme-wikimedia-ui-mode-dark.css');

const stylePath = join(root, 'style/main.css');
const style = readFileSync(stylePath, 'utf8');
const START = '/* codex-tokens:start';
const END = '/* codex-tokens:end */';
const [before, rest] = [style.slice(0, style.indexOf(START)), style.slice(style.indexOf(END) + END.length)];
if (!style.includes(START) || !style.includes(END)) throw new Error('style/main.css has no codex-tokens marks');
const used = [...new Set([...(before + rest).matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]))].filter((n) => light.has(n)).sort();
const line = (names, values) => names.map((n) => `  ${n}: ${values.get(n)};`).join('\n');
const darkNames = used.filter((n) => dark.has(n) && dark.get(n) !== light.get(n));
const block = `${START} (@wikimedia/codex-design-tokens ${version}, by scripts/codex-tokens.mjs) */
:root {
${line(used, light)}
}
@media (prefers-color-scheme: dark) {
  :root {
${line(darkNames, dark).replace(/^/gm, '  ')}
  }
}
${END}`;
const updated = before + block + rest;
if (process.argv.includes('--check')) {
  if (updated !== style) {
    console.error('style/main.css: the Codex tokens are out of date; run node scripts/codex-tokens.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(stylePath, updated);
  console.log(`style/main.css: ${used.length} Codex tokens (${darkNames.length} with dark values)`);
}
