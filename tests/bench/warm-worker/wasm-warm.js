// PROTOTYPE, not shipped (BENCHMARKS.md "fifth round"): a module worker that runs the app's
// start-up once against a stand-in window and document, so that V8 compiles there the code the
// page will run (compiled code serves every thread using the same WebAssembly.Module).
const noop = () => {};
class FakeNode {
  constructor(tag) { this.tagName = tag; this.parentNode = null; this.textContent = ''; this.nodeValue = ''; this.className = ''; this.value = ''; this.checked = false; }
  appendChild(c) { c.parentNode = this; return c; }
  insertBefore(c) { c.parentNode = this; return c; }
  remove() { this.parentNode = null; }
  cloneNode() { return new FakeElement(this.tagName); }
  setAttribute() {}
  removeAttribute() {}
  addEventListener() {}
  removeEventListener() {}
  focus() {}
  get classList() { return { add: noop, remove: noop, toggle: noop }; }
  get style() { return { setProperty: noop, removeProperty: noop }; }
  get content() { return new FakeNode('#fragment'); }
  get firstElementChild() { return new FakeElement('div'); }
  get offsetHeight() { return 0; }
  set innerHTML(_) {}
}
class FakeElement extends FakeNode {}
class FakeShadowRoot {}
const doc = {
  body: new FakeElement('body'),
  documentElement: new FakeElement('html'),
  createElement: (t) => new FakeElement(t),
  createTextNode: (t) => { const n = new FakeNode('#text'); n.nodeValue = t; return n; },
  createComment: () => new FakeNode('#comment'),
  getElementById: () => null,
  addEventListener: noop,
  removeEventListener: noop,
};
const storage = () => { const m = new Map(); return { getItem: (k) => (m.has(k) ? m.get(k) : null), setItem: (k, v) => m.set(k, String(v)), removeItem: (k) => m.delete(k) }; };

onmessage = async (e) => {
  const { glue, module, href, texts } = e.data;
  const url = new URL(href);
  const realFetch = fetch.bind(self);
  Object.assign(self, { Window: self.constructor, Element: FakeElement, HTMLElement: FakeElement, Node: FakeNode, ShadowRoot: FakeShadowRoot, document: doc, scrollTo: noop });
  Object.defineProperty(self, 'location', { value: { href, search: url.search, pathname: url.pathname, origin: url.origin, host: url.host, hash: url.hash, assign: noop, replace: noop } });
  Object.defineProperty(self, 'localStorage', { value: storage() });
  Object.defineProperty(self, 'sessionStorage', { value: storage() });
  Object.defineProperty(self, 'history', { value: { pushState: noop, replaceState: noop } });
  // The site's own files as the page gets them; the wiki is never asked from here.
  const answer = (u) => new Response(texts[u], { status: 200, headers: { 'content-type': 'application/json' } });
  self.wikimeetFiles = {};
  for (const u of Object.keys(texts)) self.wikimeetFiles[u] = Promise.resolve(answer(u));
  self.fetch = (input) => {
    const u = typeof input === 'string' ? input : input.url;
    return u in texts ? Promise.resolve(answer(u)) : new Promise(noop);
  };
  try {
    const { default: init } = await import(glue);
    await init({ module_or_path: module });
    for (let i = 0; i < 12; i++) await new Promise((r) => setTimeout(r, 0));
    postMessage({ warmed: true });
  } catch (err) {
    postMessage({ warmed: false, error: String(err) });
  }
};
