// How much of the wasm the browser compiles on the main thread while the page starts: V8
// compiles each wasm function at its first call (lazy compilation, on in every current Chrome),
// on the thread that calls it, inside the app's tasks. Read from a trace of an unthrottled load
// (what Lighthouse records before it simulates a slower CPU) and the module's code section.
import { readFileSync } from 'node:fs';

/** Each function body's size in bytes, by wasm function index (imported functions first). */
export function bodySizes(path) {
  const b = readFileSync(path);
  let p = 8; // magic and version
  const leb = () => {
    let r = 0, shift = 0, x;
    do { x = b[p++]; r |= (x & 0x7f) << shift; shift += 7; } while (x & 0x80);
    return r >>> 0;
  };
  const skipLimits = () => { const flags = b[p++]; leb(); if (flags & 1) leb(); };
  let imports = 0;
  const sizes = [];
  while (p < b.length) {
    const id = b[p++];
    const length = leb();
    const end = p + length;
    if (id === 2) {
      for (let n = leb(); n > 0; n--) {
        for (let name = 0; name < 2; name++) { const length = leb(); p += length; } // module, field
        const kind = b[p++];
        if (kind === 0) { leb(); imports++; } // function: type index
        else if (kind === 1) { p++; skipLimits(); } // table: element type, limits
        else if (kind === 2) skipLimits(); // memory
        else if (kind === 3) p += 2; // global: value type, mutability
        else { p++; leb(); } // tag
      }
    } else if (id === 10) {
      for (let n = leb(); n > 0; n--) { const size = leb(); sizes.push(size); p += size; }
    }
    p = end;
  }
  return { imports, sizes };
}

/**
 * Loads `url` in a fresh context, waits for `readySelector` and two quiet seconds, and returns
 * the functions V8 compiled lazily on the page's main thread: count, bytes of wasm code, and
 * the time they took there (unthrottled).
 */
export async function mainThreadCompile(browser, url, wasmPath, readySelector) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, timezoneId: 'Asia/Kolkata', locale: 'en-GB' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'v8.wasm,devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(url);
  await page.waitForSelector(readySelector, { timeout: 60000 });
  await page.waitForTimeout(2000);
  await cdp.send('Tracing.end');
  await done;
  await context.close();
  const main = events.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && e.pid === main.pid && e.tid === main.tid);
  const { imports, sizes } = bodySizes(wasmPath);
  return {
    functions: lazy.length,
    bytes: lazy.reduce((sum, e) => sum + (sizes[e.args.func_index - imports] || 0), 0),
    codeBytes: sizes.reduce((sum, s) => sum + s, 0),
    ms: lazy.reduce((sum, e) => sum + (e.dur || 0), 0) / 1000,
  };
}
