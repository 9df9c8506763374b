// The WebDAV collection point and the fault proxy themselves, without the app: so a failing
// upload test is never the server set-up. Also pins down the nginx behaviour the app relies on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { startDav, startFaultProxy } from './dav.mjs';
import { scratchDir } from './harness.mjs';

const AUTH = `Basic ${Buffer.from('oase:geheim').toString('base64')}`;
const ORIGIN = 'http://app.example';

let dav;
before(async () => { dav = await startDav(); });
after(async () => { await dav?.stop(); });

const put = (url, body, headers = {}) => fetch(url, {
  method: 'PUT', body, headers: { authorization: AUTH, 'content-type': 'application/geo+json', ...headers },
});
const propfind = (url, depth = '1') => fetch(url, {
  method: 'PROPFIND', headers: { authorization: AUTH, depth },
});

test('PUT makes the event folder and the file; a second PUT overwrites the same file', async () => {
  const url = `${dav.folderUrl}fest/0b7e.geojson`;
  const first = '{"type":"Feature","properties":{"title":"Bank"}}';
  const r1 = await put(url, first);
  assert.equal(r1.status, 201, 'new file');
  const got = await fetch(url, { headers: { authorization: AUTH } });
  assert.equal(got.status, 200);
  assert.equal(got.headers.get('content-type'), 'application/geo+json');
  assert.equal(got.headers.get('content-security-policy'), 'sandbox');
  assert.equal(got.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(await got.text(), first);

  const second = '{"type":"Feature","properties":{"title":"Bankje onder de linde"}}';
  const r2 = await put(url, second);
  assert.equal(r2.status, 204, 'overwrite');
  assert.deepEqual(fs.readdirSync(path.join(dav.dir, 'fest')), ['0b7e.geojson']);
  assert.equal(fs.readFileSync(path.join(dav.dir, 'fest', '0b7e.geojson'), 'utf8'), second);
});

test('PROPFIND Depth 1 lists the files with size and date, but no getetag', async () => {
  const url = `${dav.folderUrl}list/a1.geojson`;
  await put(url, '{"a":1}');
  const res = await propfind(`${dav.folderUrl}list/`);
  assert.equal(res.status, 207);
  const xml = await res.text();
  const hrefs = [...xml.matchAll(/<D:href>([^<]*)<\/D:href>/g)].map((m) => m[1]);
  assert.deepEqual(hrefs, ['/dav/list/', '/dav/list/a1.geojson']);
  const size = Number(xml.match(/<D:getcontentlength>(\d+)</)[1]);
  const modified = xml.match(/a1\.geojson<\/D:href>[\s\S]*?<D:getlastmodified>([^<]+)</)[1];
  assert.equal(size, 7);
  // dav-ext 3.0.0 has no getetag. nginx's ETag is "hex(mtime s)-hex(size)", so the listing's
  // date and size carry the same information.
  assert.doesNotMatch(xml, /getetag/);
  const got = await fetch(url, { headers: { authorization: AUTH } });
  const etag = `"${(Date.parse(modified) / 1000).toString(16)}-${size.toString(16)}"`;
  assert.equal(got.headers.get('etag'), etag);
  const again = await fetch(url, { headers: { authorization: AUTH, 'if-none-match': etag } });
  assert.equal(again.status, 304, 'a poll of an unchanged file costs no body');

  assert.equal((await propfind(`${dav.folderUrl}missing/`)).status, 404);
  assert.equal((await propfind(`${dav.folderUrl}list/`, 'infinity')).status, 403);
});

test('auth: wrong or missing password is 401, and a 401 still carries CORS headers', async () => {
  const url = `${dav.folderUrl}fest/x.geojson`;
  const wrong = `Basic ${Buffer.from('oase:fout').toString('base64')}`;
  const r1 = await put(url, '{}', { authorization: wrong, origin: ORIGIN });
  assert.equal(r1.status, 401);
  assert.equal(r1.headers.get('www-authenticate'), 'Basic realm="Oase"');
  assert.equal(r1.headers.get('access-control-allow-origin'), ORIGIN);
  const r2 = await fetch(url, { method: 'PUT', body: '{}' });
  assert.equal(r2.status, 401);
  assert.equal(fs.existsSync(path.join(dav.dir, 'fest', 'x.geojson')), false);
});

test('nginx statuses the app meets: missing file, folder paths, deletes', async () => {
  const auth = { authorization: AUTH };
  assert.equal((await fetch(`${dav.folderUrl}nope.geojson`, { headers: auth })).status, 404);
  // Collections need their trailing slash: without it MKCOL and DELETE answer 409.
  assert.equal((await fetch(`${dav.folderUrl}m`, { method: 'MKCOL', headers: auth })).status, 409);
  assert.equal((await fetch(`${dav.folderUrl}m/`, { method: 'MKCOL', headers: auth })).status, 201);
  assert.equal((await fetch(`${dav.folderUrl}m/`, { method: 'MKCOL', headers: auth })).status, 405);
  assert.equal((await fetch(`${dav.folderUrl}m/`, { method: 'DELETE', headers: auth })).status, 204);
  assert.equal((await put(`${dav.folderUrl}m/`, 'x')).status, 409, 'PUT to a folder path');
  // Conditional PUT is not supported: If-None-Match: * still overwrites.
  await put(`${dav.folderUrl}c.geojson`, '1');
  assert.equal((await put(`${dav.folderUrl}c.geojson`, '2', { 'if-none-match': '*' })).status, 204);
});

test('without create_full_put_path a PUT into a missing folder fails until MKCOL', async () => {
  const strict = await startDav({ fullPutPath: false, cors: false });
  try {
    // nginx answers 500 here (its rename fails), where Apache and Nextcloud answer 409.
    assert.equal((await put(`${strict.folderUrl}fest/a.geojson`, '{}')).status, 500);
    const mkcol = await fetch(`${strict.folderUrl}fest/`, { method: 'MKCOL', headers: { authorization: AUTH } });
    assert.equal(mkcol.status, 201);
    assert.equal((await put(`${strict.folderUrl}fest/a.geojson`, '{}')).status, 201);
  } finally {
    await strict.stop();
  }
});

test('a preflight is answered 204 with the CORS headers, without credentials', async () => {
  const res = await fetch(`${dav.folderUrl}fest/y.geojson`, {
    method: 'OPTIONS',
    headers: {
      origin: ORIGIN,
      'access-control-request-method': 'PROPFIND',
      'access-control-request-headers': 'authorization,content-type,depth',
    },
  });
  assert.equal(res.status, 204);
  const h = res.headers;
  assert.equal(h.get('access-control-allow-origin'), ORIGIN);
  assert.equal(h.get('access-control-allow-credentials'), 'true');
  assert.match(h.get('access-control-allow-methods'), /\bPROPFIND\b/);
  assert.match(h.get('access-control-allow-methods'), /\bPUT\b/);
  for (const name of ['Authorization', 'Content-Type', 'Depth', 'If-Match', 'If-None-Match']) {
    assert.match(h.get('access-control-allow-headers'), new RegExp(`\\b${name}\\b`));
  }
  assert.equal(h.get('access-control-expose-headers'), 'ETag');
});

test('cors: false sends no CORS headers and wants credentials even for OPTIONS', async () => {
  const plain = await startDav({ cors: false });
  try {
    const pre = await fetch(`${plain.folderUrl}a.geojson`, {
      method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'PUT' },
    });
    assert.equal(pre.status, 401);
    assert.equal(pre.headers.get('access-control-allow-origin'), null);
    const ok = await put(`${plain.folderUrl}a.geojson`, '{}', { origin: ORIGIN });
    assert.equal(ok.status, 201);
    assert.equal(ok.headers.get('access-control-allow-origin'), null);
  } finally {
    await plain.stop();
  }
});

test('the fault proxy fails, drops and forwards about the configured shares', async () => {
  const proxy = await startFaultProxy(dav.folderUrl, {
    failRate: 0.3, dropRate: 0.05, delayMs: [0, 2], seed: 7,
  });
  try {
    const seen = { ok: 0, failed: 0, dropped: 0 };
    for (let i = 0; i < 200; i += 1) {
      try {
        const res = await put(`${proxy.url}fault/${i}.geojson`, `{"i":${i}}`, { origin: ORIGIN });
        if (res.status === 500) {
          seen.failed += 1;
          assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        } else {
          assert.equal(res.status, 201);
          assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN, 'headers pass');
          seen.ok += 1;
        }
        await res.arrayBuffer();
      } catch {
        seen.dropped += 1;
      }
    }
    const { stats } = proxy;
    assert.deepEqual(seen, {
      ok: stats.forwarded.PUT, failed: stats.failed.PUT, dropped: stats.dropped.PUT,
    });
    assert.ok(seen.failed >= 40 && seen.failed <= 80, `failed ${seen.failed} of 200`);
    assert.ok(seen.dropped >= 3 && seen.dropped <= 20, `dropped ${seen.dropped} of 200`);
    // A dropped request reached the server (only its answer was lost); a failed one did not.
    assert.equal(fs.readdirSync(path.join(dav.dir, 'fault')).length, seen.ok + seen.dropped);

    // Preflights and listings pass through untouched by default.
    for (let i = 0; i < 20; i += 1) {
      const res = await fetch(`${proxy.url}fault/0.geojson`, {
        method: 'OPTIONS', headers: { origin: ORIGIN, 'access-control-request-method': 'PUT' },
      });
      assert.equal(res.status, 204);
    }
    assert.equal(stats.forwarded.OPTIONS, 20);
  } finally {
    await proxy.stop();
  }
});

test('without faults the proxy is transparent: bodies, statuses, headers, PROPFIND', async () => {
  const proxy = await startFaultProxy(dav.folderUrl, { failRate: 0, dropRate: 0, delayMs: [0, 0] });
  try {
    const bytes = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 7) % 256));
    const created = await put(`${proxy.url}pass/p.jpg`, bytes, { 'content-type': 'image/jpeg' });
    assert.equal(created.status, 201);
    // Relative (absolute_redirect off): nginx would otherwise name its own port, not the proxy's.
    assert.equal(created.headers.get('location'), '/dav/pass/p.jpg');
    const got = await fetch(`${proxy.url}pass/p.jpg`, { headers: { authorization: AUTH } });
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), bytes);
    const listed = await fetch(`${proxy.url}pass/`, {
      method: 'PROPFIND', headers: { authorization: AUTH, depth: '1' },
    });
    assert.equal(listed.status, 207);
    assert.match(await listed.text(), /<D:href>\/dav\/pass\/p\.jpg<\/D:href>/);
    assert.equal((await fetch(`${proxy.url}pass/p.jpg`)).status, 401);
    assert.deepEqual(proxy.stats.forwarded, { PUT: 1, GET: 2, PROPFIND: 1 });
  } finally {
    await proxy.stop();
  }
});

test('the same-origin set-up serves the app with a single-page fallback beside the folder', async () => {
  const dist = scratchDir('oase-dist-');
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>oase</title>');
  fs.writeFileSync(path.join(dist, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  const site = await startDav({ serveDist: dist });
  try {
    for (const route of ['/', '/kiosk', '/settings']) {
      const res = await fetch(`${site.url}${route}`);
      assert.equal(res.status, 200, route);
      assert.match(await res.text(), /<title>oase<\/title>/, route);
    }
    const wasm = await fetch(`${site.url}/app.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal((await fetch(`${site.url}/missing.js`)).status, 404);
    assert.equal((await put(`${site.url}/dav/fest/z.geojson`, '{}')).status, 201);
    assert.equal((await fetch(`${site.url}/dav/fest/z.geojson`)).status, 401, 'folder stays private');
  } finally {
    await site.stop();
    fs.rmSync(dist, { recursive: true, force: true });
  }
});

test('the drop takes a PUT into the event\'s inbox and nothing else', async () => {
  const site = await startDav({ drop: { event: 'hengstdal-2026', token: 'zaad-42' } });
  const DROP = `Basic ${Buffer.from('drop:zaad-42').toString('base64')}`;
  const drop = `${site.url}/drop/hengstdal-2026/`;
  const send = (url, method = 'PUT', auth = DROP, body = '{"type":"Feature"}') => fetch(url, {
    method, headers: { ...(auth && { authorization: auth }), 'content-type': 'application/geo+json' },
    ...(method === 'PUT' && { body }),
  });
  try {
    // What a phone writes as {drop}/{name} is what the organiser reads as {event}/inbox/{name}.
    assert.equal((await send(`${drop}a1.geojson`)).status, 201);
    assert.equal(fs.readFileSync(path.join(site.dir, 'hengstdal-2026', 'inbox', 'a1.geojson'), 'utf8'), '{"type":"Feature"}');
    const organiser = await fetch(`${site.folderUrl}hengstdal-2026/inbox/a1.geojson`, { headers: { authorization: AUTH } });
    assert.equal(organiser.status, 200);
    // Without the drop's password, or with the organiser's: no.
    assert.equal((await send(`${drop}a2.geojson`, 'PUT', null)).status, 401);
    assert.equal((await send(`${drop}a2.geojson`, 'PUT', AUTH)).status, 401);
    // It can neither read, list nor delete.
    for (const method of ['GET', 'HEAD', 'DELETE', 'PROPFIND', 'MKCOL']) {
      assert.equal((await send(`${drop}a1.geojson`, method)).status, 403, method);
    }
    assert.equal((await send(drop, 'PROPFIND')).status, 403);
    // Nor leave the inbox: no subfolders, no way up.
    assert.equal((await send(`${drop}sub/x.geojson`)).status, 403);
    const up = await send(`${drop}..%2F..%2Fhengstdal-2026%2Fx.geojson`);
    assert.ok(up.status >= 400, `escaped with ${up.status}`);
    assert.ok(!fs.existsSync(path.join(site.dir, 'hengstdal-2026', 'x.geojson')));
    assert.deepEqual(fs.readdirSync(path.join(site.dir, 'hengstdal-2026')), ['inbox']);
  } finally {
    await site.stop();
  }
});
