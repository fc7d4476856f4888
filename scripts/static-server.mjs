// A plain static file server, like the hosts organisers use: no rewrites, no server logic.
// Like GitHub Pages, Netlify or nginx with gzip on, it compresses text and wasm for browsers
// that accept it (brotli over https only in browsers, so gzip on this loopback http).
// Usage: node scripts/static-server.mjs DIR PORT [BASE] [ADDRESS] [MAX_AGE]
//   A file beside a served one named <file>.hold, holding a number, holds its answer that
//   many milliseconds (a slow host, for the tests).
//   BASE: a sub-path such as /events/vsn/; ADDRESS: a loopback address (default 127.0.0.1);
//   MAX_AGE: seconds browsers may reuse a file unasked, as GitHub Pages sends (600); with it,
//   ETag and Last-Modified are sent and a conditional request gets 304, as there.
import { createServer } from 'node:http';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const [dir, port = '8080', base = '/', address = '127.0.0.1', maxAge] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar', '.txt': 'text/plain',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.txt', '.webmanifest']);
const cache = new Map(); // file + mtime + encoding → compressed body

function compressed(file, mtime, encoding, body) {
  const key = `${file}|${mtime}|${encoding}`;
  if (!cache.has(key)) cache.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body, { level: 9 }));
  return cache.get(key);
}

// Compressed before the first visitor, as a host with precompressed files serves them: the
// first page load is not held up while the wasm is compressed.
async function warm(path) {
  for (const entry of await readdir(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) await warm(full);
    else if (compressible.has(extname(full))) compressed(full, (await stat(full)).mtimeMs, 'gzip', await readFile(full));
  }
}
await warm(dir);

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!path.startsWith(base)) return notFound(res);
  let file = join(dir, normalize('/' + path.slice(base.length)));
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    // A test's slow host: `<file>.hold` holds that file's answer for the milliseconds it says.
    const hold = Number(await readFile(file + '.hold', 'utf8').catch(() => 0));
    if (hold) await new Promise((resolve) => setTimeout(resolve, hold));
    let body = await readFile(file);
    const headers = { 'content-type': types[extname(file)] || 'application/octet-stream', vary: 'accept-encoding' };
    if (maxAge) {
      const etag = `"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      Object.assign(headers, { 'cache-control': `max-age=${maxAge}`, etag, 'last-modified': info.mtime.toUTCString() });
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        return res.end();
      }
    }
    const accepts = String(req.headers['accept-encoding'] || '');
    const encoding = !compressible.has(extname(file)) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (encoding) {
      body = compressed(file, info.mtimeMs, encoding, body);
      headers['content-encoding'] = encoding;
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    notFound(res);
  }
}).listen(Number(port), address, () => {
  console.log(`serving ${dir} at http://${address}:${port}${base}`);
});

function notFound(res) {
  res.writeHead(404, { 'content-type': 'text/plain' });
  res.end('not found');
}
