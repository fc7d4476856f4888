// A STAND-IN for a wiki's OAuth 2 server (MediaWiki's OAuth extension is not packaged for
// Debian, so no real one can run here). It speaks the same protocol as
// https://meta.wikimedia.org/w/rest.php/oauth2/… for a non-confidential client with PKCE:
//   GET  /oauth2/authorize          a consent page; "Allow" redirects to redirect_uri?code&state
//   POST /oauth2/access_token       authorization_code (verifier checked, S256) and refresh_token
//   GET  /oauth2/resource/profile   the user, for a valid Bearer token
//   GET  /log                       what happened, for tests
//   GET|POST /api.php               with WIKI_API set: the Action API as a wiki with the OAuth
//                                   extension serves it. A request with a valid Bearer token (and
//                                   `crossorigin`, which such a wiki requires) is forwarded to the
//                                   real wiki at WIKI_API as USER, in one login session the
//                                   stand-in holds (password WIKI_PASSWORD); an invalid token gets
//                                   the extension's error; requests without one go on anonymously.
//                                   Answers name the stand-in's address as the wiki's.
// Usage: [WIKI_API=… WIKI_PASSWORD=…] node tests/oauth/stand-in.mjs PORT [USER] [TOKEN_SECONDS]
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';

const [port = '8383', user = 'Alice', lifetime = '3600'] = process.argv.slice(2);
const CLIENT = 'wikimeet-test-client';
const codes = new Map(); // code → { challenge, redirect_uri }
const access = new Map(); // token → expiry (ms)
const refresh = new Set();
const log = [];
const token = () => randomBytes(24).toString('base64url');
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, content-type, api-user-agent',
  'access-control-allow-methods': 'GET, POST',
};
const api = process.env.WIKI_API;
const password = process.env.WIKI_PASSWORD || 'wikimeet-demo-pass';

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json', ...cors });
  res.end(JSON.stringify(body));
}

function issue(res) {
  const a = token(), r = token();
  access.set(a, Date.now() + Number(lifetime) * 1000);
  refresh.add(r);
  json(res, 200, { token_type: 'Bearer', access_token: a, refresh_token: r, expires_in: Number(lifetime) });
}

const validToken = (req) => {
  const t = (req.headers.authorization || '').replace(/^Bearer /, '');
  return access.has(t) && access.get(t) > Date.now();
};

// The stand-in's own session on the real wiki, as USER.
const cookies = new Map();
async function asUser(url, init = {}) {
  const cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const r = await fetch(url, { ...init, headers: { ...init.headers, cookie } });
  for (const c of r.headers.getSetCookie()) {
    const [pair] = c.split(';');
    const i = pair.indexOf('=');
    const [name, value] = [pair.slice(0, i).trim(), pair.slice(i + 1)];
    if (value === 'deleted' || value === '') cookies.delete(name);
    else cookies.set(name, value);
  }
  return r;
}
let loggedIn;
function logIn() {
  loggedIn ||= (async () => {
    const tokens = await (await asUser(`${api}?action=query&meta=tokens&type=login&format=json`)).json();
    const body = new URLSearchParams({
      action: 'clientlogin', format: 'json', username: user, password,
      logintoken: tokens.query.tokens.logintoken, loginreturnurl: 'http://127.0.0.1/',
    });
    const answer = await (await asUser(api, { method: 'POST', body })).json();
    if (answer.clientlogin?.status !== 'PASS') throw new Error(`stand-in login: ${JSON.stringify(answer)}`);
  })();
  return loggedIn;
}

async function forward(req, res, url) {
  let body = '';
  for await (const chunk of req) body += chunk;
  const signed = Boolean(req.headers.authorization);
  const form = new URLSearchParams(body);
  const param = (k) => form.get(k) ?? url.searchParams.get(k);
  const entry = { step: 'api', method: req.method, action: param('action'), signed, crossorigin: url.searchParams.has('crossorigin') };
  if (param('target')) entry.target = param('target');
  log.push(entry);
  if (signed && (!validToken(req) || !entry.crossorigin)) {
    entry.refused = true;
    return json(res, 200, { error: { code: 'mwoauth-invalid-authorization', info: 'The authorization headers in your request are not valid.' } });
  }
  const target = new URL(api);
  for (const [k, v] of url.searchParams) if (k !== 'crossorigin') target.searchParams.append(k, v);
  const init = { method: req.method, headers: { 'content-type': req.headers['content-type'] || 'application/x-www-form-urlencoded' } };
  if (req.method === 'POST') init.body = body;
  if (signed) await logIn();
  const answer = signed ? await asUser(target, init) : await fetch(target, init);
  // The wiki is at the stand-in's address, as far as the app can tell (siteinfo's `server`).
  const text = (await answer.text()).replaceAll(new URL(api).origin, `http://127.0.0.1:${port}`);
  res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') || 'application/json', ...cors });
  res.end(text);
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const q = url.searchParams;
  if (req.method === 'OPTIONS') { res.writeHead(204, cors); return res.end(); }
  if (url.pathname === '/oauth2/authorize' && req.method === 'GET') {
    const problems = [];
    if (q.get('response_type') !== 'code') problems.push('response_type');
    if (q.get('client_id') !== CLIENT) problems.push('client_id');
    if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) problems.push('code_challenge');
    if (!q.get('state') || !q.get('redirect_uri')) problems.push('state/redirect_uri');
    log.push({ step: 'authorize', problems });
    if (problems.length) return json(res, 400, { error: 'invalid_request', problems });
    const code = token();
    codes.set(code, { challenge: q.get('code_challenge'), redirect_uri: q.get('redirect_uri') });
    const back = new URL(q.get('redirect_uri'));
    back.searchParams.set('code', code);
    back.searchParams.set('state', q.get('state'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    return res.end(`<!DOCTYPE html><title>Stand-in wiki: authorize</title><link rel="icon" href="data:,"><h1>Allow wikimeet to edit as ${user}?</h1>
      <p>This is a test stand-in for the wiki's OAuth consent page.</p><a id="allow" href="${back.href.replaceAll('&', '&amp;')}">Allow</a>`);
  }
  if (url.pathname === '/oauth2/access_token' && req.method === 'POST') {
    let body = '';
    for await (const chunk of req) body += chunk;
    const f = new URLSearchParams(body);
    log.push({ step: f.get('grant_type') });
    if (f.get('client_id') !== CLIENT) return json(res, 401, { error: 'invalid_client' });
    if (f.get('grant_type') === 'authorization_code') {
      const c = codes.get(f.get('code'));
      codes.delete(f.get('code'));
      const proof = createHash('sha256').update(f.get('code_verifier') || '').digest('base64url');
      if (!c || c.redirect_uri !== f.get('redirect_uri') || proof !== c.challenge) {
        log.push({ step: 'refused', why: !c ? 'code' : proof !== c.challenge ? 'verifier' : 'redirect_uri' });
        return json(res, 400, { error: 'invalid_grant' });
      }
      return issue(res);
    }
    if (f.get('grant_type') === 'refresh_token' && refresh.delete(f.get('refresh_token'))) return issue(res);
    return json(res, 400, { error: 'invalid_grant' });
  }
  if (api && url.pathname === '/api.php') return forward(req, res, url);
  if (url.pathname === '/oauth2/resource/profile') {
    const valid = validToken(req);
    log.push({ step: 'profile', valid });
    if (!valid) return json(res, 401, { error: 'invalid_token' });
    return json(res, 200, { sub: '7', username: user, confirmed_email: true, editcount: 12, blocked: false });
  }
  if (url.pathname === '/log') return json(res, 200, log);
  json(res, 404, { error: 'not_found' });
}).listen(Number(port), '127.0.0.1', () => console.log(`OAuth stand-in at http://127.0.0.1:${port}`));
