// Minifies wasm-bindgen's JavaScript glue, early.js and the stylesheets in a built site directory (Trunk's staging dir), with
// terser from npm: 1.7 KB less to download, brotli-compressed (BENCHMARKS.md "How the numbers got here"). Trunk's
// own minifier cannot parse the glue and would rewrite the page's markers for finish_dist.
// Usage: node scripts/minify-glue.mjs DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { minify } = require('terser');
const dir = process.argv[2];
// The glue (an ES module), early.js and failure.js (classic scripts, put into the page by finish_dist).
for (const name of readdirSync(dir).filter((f) => /^(wikimeet-[0-9a-f]+|early|failure)\.js$/.test(f))) {
  const file = join(dir, name);
  const module = name.startsWith('wikimeet-');
  const out = await minify(readFileSync(file, 'utf8'), { module, compress: true, mangle: true });
  writeFileSync(file, out.code);
}
// The stylesheet finish_dist puts into the page (main.css; a linked one keeps Trunk's integrity
// digest, so it is left as it is): comments and layout whitespace out, nothing else changed. Safe
// for this project's CSS: no strings hold `{};,:` and no selector starts a part with `:` after a
// space (checked by the e2e layout tests and the axe runs).
for (const name of readdirSync(dir).filter((f) => /^main-[0-9a-f]+\.css$/.test(f))) {
  const file = join(dir, name);
  const css = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
  writeFileSync(file, css);
}
