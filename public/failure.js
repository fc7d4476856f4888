// When the app stops, the page does not go blank. A panic in the wasm aborts the whole app
// (panic = "abort"): the panic hook (lib.rs) calls window.wikimeetFailed, and what the hook
// cannot see (a trap, a wasm that does not compile or link, as an error or an unhandled
// rejection) is caught here. A plain message goes at the top of the page, before #shell (the
// stylesheet hides what follows it), so what early.js showed stays: the sessions in local time.
// failure-details.js, fetched only then, adds the meeting's wiki page and contact address.
// finish_dist puts this into every page, before the app's own scripts: kept small, as it is in
// the meeting page's first view.
(function () {
var shown;
function fail() {
  if (shown || !document.body) return;
  shown = 1;
  var box = document.createElement('div');
  box.className = 'problem app-failed';
  box.setAttribute('role', 'alert');
  box.lang = 'en';
  box.textContent = 'This copy of wikimeet met an error and stopped. Please reload the page.';
  document.body.prepend(box);
  var details = document.createElement('script');
  details.src = 'failure-details.js';
  document.head.append(details);
}
window.wikimeetFailed = fail;
function fromWasm(error) {
  var w = window.WebAssembly;
  return w && (error instanceof w.RuntimeError || error instanceof w.CompileError || error instanceof w.LinkError);
}
addEventListener('error', function (e) { if (fromWasm(e.error)) fail(); });
addEventListener('unhandledrejection', function (e) { if (fromWasm(e.reason)) fail(); });
})();
