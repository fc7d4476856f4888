// A plain static file server, like the hosts organisers use: no rewrites, no server logic.
// Usage: node scripts/static-server.mjs DIR PORT [BASE] [ADDRESS]
//   BASE: a sub-path such as /events/vsn/; ADDRESS: a loopback address (default 127.0.0.1)
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const [dir, port = '8080', base = '/', address = '127.0.0.1'] = process.argv.slice(2);
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar', '.txt': 'text/plain',
};

createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (!path.startsWith(base)) return notFound(res);
  let file = join(dir, normalize('/' + path.slice(base.length)));
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
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
