// A Web Worker early.js starts on the meeting page. The browser's first Intl use loads ICU's
// date and zone data once for the whole page: 30-60 ms on a fast machine, a long task on a
// phone. Paid here, on another thread while the app downloads, the app's first use on the main
// thread takes under a millisecond (BENCHMARKS.md, "Intl met in a worker"). Its name:
// "<locale> <zone>", the ones the app formats with (src/intl_time.rs).
var wanted = self.name.split(' ');
function warm(zone) {
  // A full date and time with the zone's long name: the data every later formatter reads.
  new Intl.DateTimeFormat(wanted[0] || undefined, { dateStyle: 'full', timeStyle: 'full', timeZone: zone }).format();
}
try {
  warm(wanted[1] || undefined);
} catch (e) {
  try { warm(); } catch (e) {} // a zone or language this browser lacks
}
close();
