// The test helpers themselves, without the app: so a failing app test is never the harness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  startStatic, startTiles, launch, newPage, appUrl, tileCover, lonLatToWorld, worldToLonLat, scratchDir,
} from './harness.mjs';

function tempSite() {
  const dir = scratchDir('oase-static-');
  // An empty icon, so Chromium's favicon request is no 404 in page.__errors.
  const html = '<!doctype html><link rel="icon" href="data:,"><title>harness</title>';
  fs.writeFileSync(path.join(dir, 'index.html'), html);
  fs.writeFileSync(path.join(dir, 'app.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  return dir;
}

test('the tile server answers a 256×256 PNG and records the request', async () => {
  const tiles = await startTiles({ failPattern: /^1\/0\/0$/ });
  try {
    const ok = await fetch(`${tiles.template.replace('{z}/{x}/{y}', '16/33839/21695')}?v=1`);
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('content-type'), 'image/png');
    assert.equal(ok.headers.get('access-control-allow-origin'), '*');
    const png = Buffer.from(await ok.arrayBuffer());
    assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [256, 256], 'IHDR size');
    assert.equal((await fetch(tiles.template.replace('{z}/{x}/{y}', '1/0/0'))).status, 500);
    assert.equal((await fetch(tiles.template.replace('{z}/{x}/{y}.png', 'nope'))).status, 404);
    assert.deepEqual(tiles.requests.map((r) => [r.z, r.x, r.y]), [[16, 33839, 21695], [1, 0, 0]]);
    tiles.reset();
    assert.equal(tiles.requests.length, 0);
  } finally {
    await tiles.close();
  }
});

test('the static server falls back to index.html for app routes only', async () => {
  const app = await startStatic(tempSite());
  try {
    const page = await fetch(`${app.url}/settings`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type'), /^text\/html/);
    assert.match(await page.text(), /<title>harness<\/title>/);
    const wasm = await fetch(`${app.url}/app.wasm`);
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal((await fetch(`${app.url}/missing.js`)).status, 404);
  } finally {
    await app.close();
  }
});

test('the Mercator helpers agree with the published tile numbers', () => {
  const lat = 51.837;
  const lon = 5.887;
  const cover = tileCover({ lat, lon, zoom: 16, width: 1024, height: 768 });
  const x = Math.floor(((lon + 180) / 360) * 65536); // 33839, from the slippy-map formula
  const xs = [...cover].map((t) => Number(t.split('/')[1]));
  assert.ok(Math.min(...xs) <= x && x <= Math.max(...xs), `x range includes ${x}`);
  assert.ok(cover.has('16/33839/21695'));
  assert.equal(cover.size, 5 * 4, '1024×768 around a point spans 5 columns and 4 rows here');
  assert.equal(tileCover({ lat, lon, zoom: 16, width: 1024, height: 768, ring: 1 }).size, 7 * 6);
  // x wraps around the antimeridian; rows beyond the poles are left out.
  assert.ok(tileCover({ lat: 0, lon: 180, zoom: 1, width: 256, height: 256 }).has('1/0/0'));
  assert.equal(tileCover({ lat: 85, lon: 0, zoom: 0, width: 256, height: 1024 }).size, 1);
  const w = lonLatToWorld(lon, lat);
  const back = worldToLonLat(w.x, w.y);
  assert.ok(Math.abs(back.lat - lat) < 1e-9 && Math.abs(back.lon - lon) < 1e-9);
  assert.equal(appUrl('http://h', '/', { tiles: 'http://t/{z}/{x}/{y}.png', z: 3, lat: undefined }),
    'http://h/?tiles=http%3A%2F%2Ft%2F%7Bz%7D%2F%7Bx%7D%2F%7By%7D.png&z=3');
});

test('Chromium opens a page from the static server', async () => {
  const app = await startStatic(tempSite());
  const browser = await launch();
  try {
    const page = await newPage(browser, { viewport: { width: 800, height: 600 } });
    await page.goto(`${app.url}/kiosk`);
    assert.equal(await page.title(), 'harness');
    assert.deepEqual(page.__errors, []);
    await page.close();
  } finally {
    await browser.close();
    await app.close();
  }
});
