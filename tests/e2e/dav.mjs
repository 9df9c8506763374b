// A real WebDAV collection point for the upload tests: Debian's nginx with its dav module and
// libnginx-mod-http-dav-ext (PROPFIND), and a fault-injecting proxy to put in front of it.
// Like the other helpers, everything listens on 127.0.0.1 on a port the system picks.
import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { prng, scratchDir } from './harness.mjs';

const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';
const DAV_EXT = '/usr/lib/nginx/modules/ngx_http_dav_ext_module.so';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function connects(port) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.once('connect', () => { sock.destroy(); resolve(true); });
    sock.once('error', () => resolve(false));
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// The headers a browser needs to write to the folder from another origin. `always`, so 401, 404
// and 500 carry them too: without them the app would see an opaque network error instead of
// "wrong password". The PUT's Content-Type (geo+json, jpeg) and Depth are not CORS-safelisted,
// so every PUT and PROPFIND is preceded by a preflight, cached per URL for Max-Age seconds.
const CORS = `
      add_header Access-Control-Allow-Origin $http_origin always;
      add_header Access-Control-Allow-Credentials true always;
      add_header Access-Control-Allow-Methods "GET, HEAD, PUT, DELETE, MKCOL, PROPFIND, OPTIONS" always;
      add_header Access-Control-Allow-Headers "Authorization, Content-Type, Depth, If-Match, If-None-Match" always;
      add_header Access-Control-Expose-Headers "ETag" always;
      add_header Access-Control-Max-Age 600 always;
      add_header Vary Origin always;
      # A preflight never carries credentials, so it is answered before auth_basic (which runs
      # in the later access phase) can refuse it.
      if ($request_method = OPTIONS) { return 204; }`;

// The event's drop for residents' phones: PUT only, with the drop's own password, into the
// event's inbox folder; it can neither read, list, delete nor leave the inbox.
function dropLocation({ prefix, davDir, drop, cors }) {
  return `
    location ^~ /drop/${drop.event}/ {
      alias ${davDir}/${drop.event}/inbox/;
      ${cors ? `add_header Access-Control-Allow-Origin $http_origin always;
      add_header Access-Control-Allow-Methods "PUT, OPTIONS" always;
      add_header Access-Control-Allow-Headers "Authorization, Content-Type" always;
      add_header Access-Control-Max-Age 600 always;
      if ($request_method = OPTIONS) { return 204; }` : ''}
      limit_except PUT { deny all; }
      dav_methods PUT;
      create_full_put_path on;
      client_max_body_size 20m;
      add_header Content-Security-Policy "sandbox" always;
      add_header X-Content-Type-Options "nosniff" always;
      auth_basic "Oase drop";
      auth_basic_user_file ${prefix}/drop.htpasswd;
      # One level only: nothing below the inbox, so no name can reach another folder.
      location ~ ^/drop/${drop.event}/[^/]*/ { return 403; }
    }
    # The published snapshot of everyone's visible pins: read-only, no password.
    location ^~ /kaart/ {
      location ~ ^/kaart/([a-z0-9-]+)\\.geojson$ {
        alias ${davDir}/$1/public/kaart.geojson;
        limit_except GET { deny all; }
        add_header Cache-Control "no-cache" always;
        add_header X-Content-Type-Options "nosniff" always;
      }
      return 404;
    }`;
}

function config({ prefix, port, davDir, auth, cors, fullPutPath, serveDist, drop }) {
  // Workers started by root switch to "nobody", who could not write the 0700 temp folder.
  const user = process.getuid?.() === 0 ? 'user root root;' : '';
  const app = serveDist ? `
    # The built app on the same origin: a path without an extension (/kiosk, …) falls back to
    # index.html; a missing file with one (app.wasm) stays a 404 instead of a page of HTML.
    location / {
      root ${path.resolve(serveDist)};
      try_files $uri $uri/ /index.html;
      location ~ \\.\\w+$ { try_files $uri =404; }
    }` : '';
  return `load_module ${DAV_EXT};
${user}
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${prefix}/access.log;
  client_body_temp_path ${prefix}/tmp/body;
  proxy_temp_path ${prefix}/tmp/proxy;
  fastcgi_temp_path ${prefix}/tmp/fastcgi;
  uwsgi_temp_path ${prefix}/tmp/uwsgi;
  scgi_temp_path ${prefix}/tmp/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    client_max_body_size 20m;
    # A PUT's 201 carries Location; nginx would make it absolute with its own port, which is
    # wrong behind the fault proxy. The app needs no Location anyway.
    absolute_redirect off;
    location ^~ /dav/ {
      alias ${davDir}/;
      dav_methods PUT DELETE MKCOL;
      dav_ext_methods PROPFIND OPTIONS;
      dav_access user:rw group:rw all:r;
      # On, PUT {folder}/{event}/{id}.geojson makes the event folder on first use. Off, the
      # PUT fails until a MKCOL, as on Apache and Nextcloud (nginx: 500, they: 409).
      create_full_put_path ${fullPutPath ? 'on' : 'off'};
      types { application/geo+json geojson; image/jpeg jpg jpeg; }
      # Whatever someone uploads, a browser never runs it as a page of this site, nor guesses
      # a type for it (an SVG "photo" opened directly).
      add_header Content-Security-Policy "sandbox" always;
      add_header X-Content-Type-Options "nosniff" always;${cors ? CORS : ''}
      ${auth ? `auth_basic "Oase"; auth_basic_user_file ${prefix}/htpasswd;` : ''}
    }${drop ? dropLocation({ prefix, davDir, drop, cors }) : ''}${app}
  }
}
`;
}

/**
 * Starts nginx as a child process with a WebDAV folder at /dav/. `root` is the folder on disk
 * (default: a fresh one inside the temp dir); `serveDist` also serves a built app at /;
 * `fullPutPath: false` makes a PUT into a missing folder fail, as on Apache and Nextcloud;
 * `drop: { event, token }` adds the event's write-only drop at /drop/{event}/ (user `drop`).
 * Returns { url, folderUrl, dir, port, stop() }; `dir` is the folder on disk.
 */
export async function startDav({
  auth = true, cors = true, user = 'oase', password = 'geheim', root, serveDist,
  fullPutPath = true, drop,
} = {}) {
  const prefix = scratchDir('oase-dav-');
  const davDir = path.resolve(root ?? path.join(prefix, 'dav'));
  fs.mkdirSync(davDir, { recursive: true });
  fs.mkdirSync(path.join(prefix, 'tmp'));
  // {SHA} is one of the schemes nginx checks itself (no crypt(3) needed); fine for a test.
  const sha = crypto.createHash('sha1').update(password).digest('base64');
  fs.writeFileSync(path.join(prefix, 'htpasswd'), `${user}:{SHA}${sha}\n`);
  if (drop) {
    const dropSha = crypto.createHash('sha1').update(drop.token).digest('base64');
    fs.writeFileSync(path.join(prefix, 'drop.htpasswd'), `drop:{SHA}${dropSha}\n`);
  }

  // nginx cannot listen on port 0 and say which port it got: take a free port and retry if
  // another process grabs it before nginx binds.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const port = await freePort();
    fs.writeFileSync(path.join(prefix, 'nginx.conf'),
      config({ prefix, port, davDir, auth, cors, fullPutPath, serveDist, drop }));
    const child = spawn(NGINX,
      ['-p', `${prefix}/`, '-c', `${prefix}/nginx.conf`, '-e', `${prefix}/error.log`,
        '-g', 'daemon off;'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    let exited = false;
    const exit = new Promise((r) => child.once('exit', () => { exited = true; r(); }));
    // Don't leave nginx running if the test process ends without calling stop(). TERM, not
    // KILL: a killed master would leave its worker behind, still listening.
    const orphan = () => {
      child.kill('SIGTERM');
      fs.rmSync(prefix, { recursive: true, force: true });
    };
    process.once('exit', orphan);

    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline && !(await connects(port))) await sleep(20);
    if (!exited && Date.now() < deadline) {
      const origin = `http://127.0.0.1:${port}`;
      return {
        url: origin,
        folderUrl: `${origin}/dav/`,
        dir: davDir,
        port,
        async stop() {
          process.removeListener('exit', orphan);
          if (!exited) { child.kill('SIGTERM'); await exit; }
          fs.rmSync(prefix, { recursive: true, force: true });
        },
      };
    }
    process.removeListener('exit', orphan);
    if (!exited) { child.kill('SIGTERM'); await exit; }
    let log = stderr;
    try { log += fs.readFileSync(path.join(prefix, 'error.log'), 'utf8'); } catch { /* none */ }
    if (!/Address already in use/.test(log)) {
      fs.rmSync(prefix, { recursive: true, force: true });
      throw new Error(`nginx did not start:\n${log}`);
    }
  }
  fs.rmSync(prefix, { recursive: true, force: true });
  throw new Error('nginx found no free port in 5 attempts');
}


/**
 * A proxy in front of `targetUrl` (its origin gets every request; `url` keeps its path, so a
 * folder URL stays a folder URL). Of the requests for which `faultMethods(method)` holds (all
 * but OPTIONS by default, so preflights pass), `failRate` get a 500 without reaching the server
 * and `dropRate` reach the server but lose their answer: the socket is destroyed after the
 * server has acted, the case where only an idempotent retry is safe. Everything forwarded is
 * delayed by a random time in `delayMs`. `stats` counts { forwarded, failed, dropped } by method.
 */
export async function startFaultProxy(targetUrl, {
  failRate = 0.3, dropRate = 0.05, delayMs = [0, 300], seed = 1,
  faultMethods = (method) => method !== 'OPTIONS',
} = {}) {
  const target = new URL(targetUrl);
  const random = prng(seed);
  const stats = { forwarded: {}, failed: {}, dropped: {}, total: 0 };
  const count = (kind, method) => { stats[kind][method] = (stats[kind][method] ?? 0) + 1; };

  const server = http.createServer((req, res) => {
    stats.total += 1;
    const roll = random();
    const delay = delayMs[0] + random() * (delayMs[1] - delayMs[0]);
    const faulty = faultMethods(req.method);
    if (faulty && roll < failRate) {
      count('failed', req.method);
      req.resume();
      // Like a real server's error page, with CORS, so the browser shows the app a 500.
      const origin = req.headers.origin;
      res.writeHead(500, {
        'content-type': 'text/plain',
        ...(origin && {
          'access-control-allow-origin': origin,
          'access-control-allow-credentials': 'true',
        }),
      });
      res.end('injected failure');
      return;
    }
    const drop = faulty && roll < failRate + dropRate;
    setTimeout(() => {
      // The browser gave up meanwhile (offline, aborted): nothing to forward.
      if (req.destroyed && !req.complete) return;
      const up = http.request({
        host: target.hostname, port: target.port, method: req.method, path: req.url,
        headers: req.headers,
      }, (upRes) => {
        if (drop) {
          count('dropped', req.method);
          upRes.resume();
          req.socket.destroy();
          return;
        }
        count('forwarded', req.method);
        res.writeHead(upRes.statusCode, upRes.rawHeaders);
        upRes.pipe(res);
      });
      up.on('error', () => req.socket.destroy());
      // A body cut off by the browser must not leave nginx waiting for the rest.
      req.on('close', () => { if (!req.complete) up.destroy(); });
      req.pipe(up);
    }, delay);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${target.pathname}`,
    stats,
    stop: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}
