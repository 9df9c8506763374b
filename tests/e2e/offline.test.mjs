// Offline: after one visit every route opens without a server, tiles seen stay, an organiser can
// fetch an area's tiles ahead of time, and a new version waits until the person accepts it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  setup, newPage, appUrl, startStatic, startTiles, openApp, addPin, scratchDir,
} from './harness.mjs';

const env = setup();
const dist = process.env.OASE_DIST ?? new URL('../../dist', import.meta.url).pathname;
const routes = ['/', '/list', '/kiosk', '/walk', '/screen', '/settings', '/print'];

async function visit(base, route, params, viewport = { width: 1024, height: 768 }) {
  const page = await newPage(env.browser, { viewport });
  await page.goto(appUrl(base, route, params));
  // The first visit installs the worker; it takes over this page once the shell is cached.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 20000 });
  return page;
}

// Every tile image on the map has loaded (none broken, at least one there).
async function tilesShown(page) {
  await page.waitForFunction(() => {
    const imgs = [...document.querySelectorAll('[data-testid=map] img.tile')];
    return imgs.length > 0 && imgs.every((i) => i.complete && i.naturalWidth > 0);
  }, null, { timeout: 10000 });
}

test('after one visit every route opens offline, pins included', async () => {
  const app = await startStatic(dist);
  const page = await visit(app.url, '/', { tiles: env.tiles.template });
  await page.waitForSelector('[data-testid=map]');
  await addPin(page, 'beauty', 'De bank onder de linde');
  // No server at all any more, and the browser offline too.
  await app.close();
  await page.context().setOffline(true);
  for (const route of routes) {
    await page.goto(appUrl(app.url, route));
    await page.waitForSelector('main, [data-testid=map]', { timeout: 10000 });
  }
  await page.goto(appUrl(app.url, '/list'));
  await page.waitForSelector('[data-testid=pin-row] >> text=De bank onder de linde');
  // Tiles never seen cannot load offline; nothing else may fail.
  assert.deepEqual(page.__errors.filter((e) => !e.includes('Failed to load resource')), []);
  await page.close();
});

test('tiles seen once show again without the tile server', async () => {
  const tiles = await startTiles();
  const params = { tiles: tiles.template, lat: 51.8125, lon: 5.87, z: 16 };
  const page = await visit(env.app.url, '/', params);
  // Tiles of the very first load came before the worker; the reload goes through it.
  await page.reload();
  await tilesShown(page);
  const seen = tiles.requests.length;
  assert.ok(seen > 0);
  await tiles.close();
  await page.reload();
  await tilesShown(page);
  await page.close();
});

test('an organiser fetches the area for offline use; OpenStreetMap refuses', async () => {
  const tiles = await startTiles();
  const params = { tiles: tiles.template, lat: 51.8125, lon: 5.87, z: 15 };
  const page = await visit(env.app.url, '/settings', params);
  const plan = page.locator('[data-testid=area-plan]');
  await plan.waitFor();
  await page.selectOption('[data-testid=area-max-zoom]', '16');
  const planned = Number(await plan.getAttribute('data-tiles'));
  assert.ok(planned > 10 && planned < 300, `${planned} tiles`);
  assert.match(await plan.textContent(), /15 tot 16/);
  await page.click('[data-testid=area-download]');
  const status = page.locator('[data-testid=area-status][data-phase=finished]');
  await status.waitFor({ timeout: 20000 });
  assert.equal(Number(await status.getAttribute('data-done')), planned);
  assert.equal(new Set(tiles.requests.map((r) => `${r.z}/${r.x}/${r.y}`)).size, planned);

  // The tile server gone: the map at that place still has its tiles, at both levels.
  await tiles.close();
  for (const z of [15, 16]) {
    await page.goto(appUrl(env.app.url, '/', { ...params, z }));
    await tilesShown(page);
  }

  // OpenStreetMap's own server: refused, with the reason.
  await page.goto(appUrl(env.app.url, '/settings'));
  await page.click('[data-testid=base-map-osm]');
  await page.waitForSelector('[data-testid=area-refused] >> text=gebruiksregels');
  assert.equal(await page.locator('[data-testid=area-download]').count(), 0);
  await page.close();
});

test('an area download can be stopped and keeps what it has', async () => {
  const tiles = await startTiles({ slowPattern: /^1[78]\//, slowMs: 400 });
  const params = { tiles: tiles.template, lat: 51.8125, lon: 5.87, z: 16 };
  const page = await openApp(env, '/settings', params);
  await page.selectOption('[data-testid=area-max-zoom]', '18');
  await page.click('[data-testid=area-download]');
  await page.waitForFunction(() => Number(document.querySelector('[data-testid=area-status]')?.dataset.done) >= 4);
  await page.click('[data-testid=area-cancel]');
  const status = page.locator('[data-testid=area-status][data-phase=stopped]');
  await status.waitFor();
  const done = Number(await status.getAttribute('data-done'));
  const planned = Number(await page.locator('[data-testid=area-plan]').getAttribute('data-tiles'));
  assert.ok(done < planned, `${done} of ${planned}`);
  assert.match(await status.textContent(), /Gestopt/);
  await tiles.close();
  await page.close();
});

test('a new version waits until the person accepts it, and pins stay', async () => {
  const copy = scratchDir('oase-dist-');
  fs.cpSync(dist, copy, { recursive: true });
  const app = await startStatic(copy);
  const page = await visit(app.url, '/', { tiles: env.tiles.template });
  await addPin(page, 'beauty', 'Het muurtje');

  // A new build appears on the server.
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'next'"));
  const index = path.join(copy, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head><meta name="oase-build" content="next">'));

  await page.reload();
  await page.waitForSelector('[data-testid=update-ready]', { timeout: 20000 });
  // Never inside the kiosk flow: a resident must not reload in the middle of a turn.
  await page.goto(appUrl(app.url, '/kiosk', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  await page.waitForTimeout(2500);
  assert.equal(await page.locator('[data-testid=update-ready]').count(), 0);
  await page.goto(appUrl(app.url, '/', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=update-ready]', { timeout: 20000 });
  // Still the old version until accepted.
  assert.equal(await page.locator('meta[name=oase-build]').count(), 0);
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-accept]')]);
  await page.waitForSelector('meta[name=oase-build]', { state: 'attached' });
  await page.goto(appUrl(app.url, '/list'));
  await page.waitForSelector('[data-testid=pin-row] >> text=Het muurtje');
  assert.equal(await page.locator('[data-testid=update-ready]').count(), 0);
  await page.close();
  await app.close();
});

test('the tile cache keeps to its cap after every write', async () => {
  const copy = scratchDir('oase-dist-');
  fs.cpSync(dist, copy, { recursive: true });
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const TILE_CAP = \d+;/, 'const TILE_CAP = 30;'));
  const app = await startStatic(copy);
  const page = await visit(app.url, '/', { tiles: env.tiles.template, lat: 51.837, lon: 5.887, z: 16 });
  await tilesShown(page);
  const cached = () => page.evaluate(async () => (await (await caches.open('oase-tiles')).keys()).length);
  // Pan across new ground until well over the cap have been fetched.
  await page.focus('[data-testid=map]');
  let most = 0;
  for (let i = 0; i < 12; i += 1) {
    for (let k = 0; k < 4; k += 1) await page.keyboard.press('ArrowRight');
    await tilesShown(page);
    await page.waitForTimeout(150);
    most = Math.max(most, await cached());
  }
  await page.waitForTimeout(500);
  const served = env.tiles.requests?.length ?? 0;
  assert.ok(most > 0, 'tiles are cached');
  assert.ok(most <= 30, `at most the cap at any time, saw ${most} (tile requests: ${served})`);
  await page.close();
  await app.close();
  fs.rmSync(copy, { recursive: true, force: true });
});

test('a new version installs past the HTTP cache, even from a server that says "keep for a year"', async () => {
  const copy = scratchDir('oase-dist-');
  fs.cpSync(dist, copy, { recursive: true });
  const app = await startStatic(copy, { cacheControl: 'max-age=31536000' });
  const page = await visit(app.url, '/', { tiles: env.tiles.template });
  await page.waitForSelector('[data-testid=map]');
  // A new build on the server; the browser's HTTP cache still holds the old index.html.
  const sw = path.join(copy, 'sw.js');
  fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'fresh'"));
  const index = path.join(copy, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head><meta name="oase-build" content="fresh">'));
  await page.reload();
  await page.waitForSelector('[data-testid=update-ready]', { timeout: 20000 });
  await Promise.all([page.waitForEvent('load'), page.click('[data-testid=update-accept]')]);
  // The new worker's shell is the new index.html, not the one the HTTP cache kept.
  await page.waitForSelector('meta[name=oase-build]', { state: 'attached', timeout: 10000 });
  await page.close();
  await app.close();
  fs.rmSync(copy, { recursive: true, force: true });
});
