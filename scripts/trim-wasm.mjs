// Trims from each built wasm (Trunk's staging dir) what no visitor uses, before minify-glue.mjs
// (which reads the glue as wasm-bindgen writes it). BENCHMARKS.md has what each saves.
// 1. Exports no page calls, with the code only they reach, and in the JavaScript glue their
//    classes and the imports nothing uses then: the ReadableStream/WritableStream adapters of
//    wasm-streams (IntoUnderlyingSource, …) that Leptos's server_fn brings for streaming server
//    functions. A client-side app has none, but wasm-bindgen exports them, so no optimiser can
//    remove them.
// 2. The source paths in panic locations (`/…/.cargo/registry/src/…/x.rs`, `/rustc/…/x.rs`,
//    `/rust/deps/…/x.rs`, `src/…/x.rs`): read only to format a panic message, which this
//    release never shows (panic = "abort", no console hook). They are overwritten with zero
//    bytes of the same length, so nothing moves; zeros compress to almost nothing.
// 3. The 16 hex digits wasm-bindgen appends to each import's and closure export's name (to keep
//    names from different crates apart): random to a compressor, and written twice (wasm and
//    glue). Each becomes a counter of the same length, the same in both files, so nothing in
//    the wasm moves and every name stays unique.
// Usage: node scripts/trim-wasm.mjs DIR
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { default: binaryen } = await import(require.resolve('binaryen'));
const UNUSED = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;
const CLASS = /^export class IntoUnderlying\w+ \{$/;
const PANIC_PATH = /(?:\/[\w.-]+)*\/\.cargo\/registry\/src\/[\w.-]+\/[\w.-]+\/(?:[\w.-]+\/)*[\w.-]+\.rs|\/rustc\/[0-9a-f]{40}\/library\/(?:[\w.-]+\/)*[\w.-]+\.rs|\/rust\/deps\/(?:[\w.-]+\/)+[\w.-]+\.rs|\bsrc\/(?:[\w-]+\/)*[\w-]+\.rs/g;
const dir = process.argv[2];

/** Zeroes the panic locations' source paths in `bytes` (latin1 keeps one char per byte). */
function blankPanicPaths(bytes) {
  const text = bytes.toString('latin1');
  let blanked = 0;
  for (const m of text.matchAll(PANIC_PATH)) {
    bytes.fill(0, m.index, m.index + m[0].length);
    blanked += m[0].length;
  }
  return blanked;
}

/** Removes the unused exports; returns the wasm, their count and the names it still imports. */
function dropExports(wasm) {
  const module = binaryen.readBinary(wasm);
  // What Rust's wasm32 target emits and every current browser reads (binaryen's "all" would
  // write encodings they refuse).
  const F = binaryen.Features;
  module.setFeatures(F.MVP | F.SignExt | F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.ReferenceTypes | F.Multivalue);
  const names = [];
  for (let i = 0; i < module.getNumExports(); i++) names.push(binaryen.getExportInfo(module.getExportByIndex(i)).name);
  const unused = names.filter((n) => UNUSED.test(n));
  unused.forEach((n) => module.removeExport(n));
  module.runPasses(['remove-unused-module-elements']);
  const imported = new Set();
  for (let i = 0; i < module.getNumFunctions(); i++) {
    const f = binaryen.getFunctionInfo(module.getFunctionByIndex(i));
    if (f.module) imported.add(f.base);
  }
  const bytes = Buffer.from(module.emitBinary());
  module.dispose();
  return { bytes, unused: unused.length, imported };
}

/** The glue without the dropped classes and the import functions the wasm no longer asks for. */
function trimGlue(text, imported) {
  const out = [];
  let skipping = null; // while set: the test for the line that ends what is skipped
  for (const line of text.split('\n')) {
    if (skipping) {
      if (skipping(line)) skipping = null;
      continue;
    }
    const entry = /^ {8}(\w+): function\(/.exec(line); // one import, in __wbg_get_imports
    if (CLASS.test(line)) skipping = (l) => l === '}';
    else if (entry && !imported.has(entry[1])) skipping = (l) => l === '        },';
    else if (/^const IntoUnderlying\w+Finalization = /.test(line)) skipping = (l) => l.endsWith(');');
    else if (!/^if \(Symbol\.dispose\) IntoUnderlying/.test(line)) out.push(line);
  }
  return out.join('\n');
}

const HASHED = /__wbg_[\w$]*?_[0-9a-f]{16}\b|wasm_bindgen__convert__closures_____invoke__h[0-9a-f]{16}/g;

/** Renames the hashed names in the wasm and the glue alike; returns both. */
function shortenHashes(bytes, glue) {
  let wasm = bytes.toString('latin1');
  [...new Set(wasm.match(HASHED))].forEach((name, i) => {
    const renamed = name.slice(0, -16) + i.toString(16).padStart(16, '0');
    wasm = wasm.split(name).join(renamed);
    glue = glue.split(name).join(renamed);
  });
  return { bytes: Buffer.from(wasm, 'latin1'), glue };
}

for (const name of readdirSync(dir).filter((f) => /^wikimeet-[0-9a-f]+\.js$/.test(f))) {
  const wasmFile = join(dir, name.replace(/\.js$/, '_bg.wasm'));
  const glueFile = join(dir, name);
  const { bytes, unused, imported } = dropExports(readFileSync(wasmFile));
  if (!blankPanicPaths(bytes)) throw new Error(`${wasmFile}: no panic paths found; update scripts/trim-wasm.mjs`);
  let text = readFileSync(glueFile, 'utf8');
  if (unused) { // else a Leptos without them: nothing to drop
    text = trimGlue(text, imported);
    if (/IntoUnderlying/.test(text)) throw new Error(`${glueFile}: the glue's layout changed; update scripts/trim-wasm.mjs`);
  }
  const short = shortenHashes(bytes, text);
  writeFileSync(wasmFile, short.bytes);
  writeFileSync(glueFile, short.glue);
}
