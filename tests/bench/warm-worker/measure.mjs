// PROTOTYPE measurement (BENCHMARKS.md "fifth round"), not part of scripts/bench: Lighthouse on
// the built meeting page as it is and with wasm-warm.js, interleaved, printing TBT and how many
// wasm functions each thread compiled lazily. Lighthouse's own Chromium, not Playwright's: under
// Playwright the worker's compiled code stops serving the page after ~110 functions.
// Usage (after scripts/build, with a test wiki): WIKI_URL=http://127.0.0.1:8181 RUNS=3 \
//   node tests/bench/warm-worker/measure.mjs
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { serve, siteWith } from '../../e2e/helpers.mjs';
import { demoEvent } from '../../wiki/demo-event.mjs';
import { lighthouseOnce } from '../lighthouse.mjs';

const event = { 'events/vsn-peer-to-peer-support.json': demoEvent(process.env.WIKI_URL) };
const sha = (text) => createHash('sha256').update(text).digest('base64');

/** The page's loader hands the module and the files' text to the worker and waits (<= 1.5 s). */
function withWorker(dir) {
  const path = `${dir}/index.html`;
  let html = readFileSync(path, 'utf8');
  const old = /<script type="module">([\s\S]*?)<\/script>/.exec(html)[1];
  const glue = /from '(\.\/wikimeet-\w+\.js)'/.exec(old)[1];
  const wasm = /module_or_path: '([^']+)'/.exec(old)[1];
  const loader = `
import init, * as bindings from '${glue}';
let source = '${wasm}';
try {
  const w = new Worker('./wasm-warm.js', { type: 'module' });
  const module = await WebAssembly.compileStreaming(fetch('${wasm}'));
  source = module;
  const texts = {};
  const files = window.wikimeetFiles || {};
  const jobs = Object.keys(files).map((u) => files[u].then((r) => r.clone().text()).then((t) => { texts[u] = t; }, () => {}));
  const lang = document.querySelector('link[rel=preload][href^="i18n/"]');
  if (lang) {
    const u = lang.getAttribute('href');
    const got = fetch(u);
    const fetchAgain = window.fetch.bind(window);
    window.fetch = (x, i) => (x === u ? got.then((r) => r.clone()) : fetchAgain(x, i));
    jobs.push(got.then((r) => r.clone().text()).then((t) => { texts[u] = t; }));
  }
  await Promise.all(jobs);
  await new Promise((resolve) => {
    w.onmessage = w.onerror = resolve;
    setTimeout(resolve, 1500);
    w.postMessage({ glue: new URL('${glue}', location.href).href, module, href: location.href, texts });
  });
} catch (e) {}
const wasm = await init({ module_or_path: source });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));
`;
  html = html.replace(old, loader).replace(sha(old), sha(loader));
  writeFileSync(path, html);
  copyFileSync(new URL('wasm-warm.js', import.meta.url), `${dir}/wasm-warm.js`);
  return dir;
}

const plain = await serve(await siteWith(event));
const warm = await serve(withWorker(await siteWith(event)));
for (let i = 0; i < Number(process.env.RUNS || 3); i++) {
  for (const [name, site] of [['as built', plain], ['with the worker', warm]]) {
    const { lhr, artifacts } = await lighthouseOnce(site.url, { extends: 'lighthouse:default', settings: { additionalTraceCategories: 'v8.wasm' } });
    const threads = {};
    for (const e of artifacts.Trace.traceEvents) if (e.name === 'thread_name') threads[`${e.pid}:${e.tid}`] = e.args.name;
    const compiled = {};
    for (const e of artifacts.Trace.traceEvents) {
      if (e.name === 'wasm.CompileLazy') compiled[threads[`${e.pid}:${e.tid}`]] = (compiled[threads[`${e.pid}:${e.tid}`]] || 0) + 1;
    }
    console.log(`${name}: TBT ${Math.round(lhr.audits['total-blocking-time'].numericValue)} ms; functions compiled ${JSON.stringify(compiled)}`);
  }
}
plain.stop();
warm.stop();
