// The test helpers themselves, without the app: so a failing app test is never the harness.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStatic, startTiles, tileCover, lonLatToWorld, worldToLonLat } from './harness.mjs';

test('the tile server answers a PNG and records the request', async () => {
  const tiles = await startTiles({ failPattern: /^1\/0\/0$/ });
  const ok = await fetch(tiles.template.replace('{z}/{x}/{y}', '16/33839/21695'));
  assert.equal(ok.status, 200);
  const png = Buffer.from(await ok.arrayBuffer());
  assert.deepEqual([...png.subarray(1, 4)], [0x50, 0x4e, 0x47]);
  assert.equal((await fetch(tiles.template.replace('{z}/{x}/{y}', '1/0/0'))).status, 500);
  assert.deepEqual(tiles.requests.map((r) => [r.z, r.x, r.y]), [[16, 33839, 21695], [1, 0, 0]]);
  await tiles.close();
});

test('the static server falls back to index.html for app routes only', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oase-static-'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<title>t</title>');
  const app = await startStatic(dir);
  const page = await fetch(`${app.url}/settings`);
  assert.equal(page.status, 200);
  assert.equal(await page.text(), '<title>t</title>');
  assert.equal((await fetch(`${app.url}/missing.js`)).status, 404);
  await app.close();
});

test('the Mercator helpers agree with the published tile numbers', () => {
  const cover = tileCover({ lat: 51.837, lon: 5.887, zoom: 16, width: 1024, height: 768 });
  assert.ok(cover.has('16/33839/21695'));
  assert.equal(cover.size, 5 * 4, '1024×768 around a point spans 5 columns and 4 rows here');
  const w = lonLatToWorld(5.887, 51.837);
  const back = worldToLonLat(w.x, w.y);
  assert.ok(Math.abs(back.lat - 51.837) < 1e-9 && Math.abs(back.lon - 5.887) < 1e-9);
});
