// The map at `/`: attributes, gestures and the tiles it asks for, in a real Chromium driving the
// release build, with tiles from a local test server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  setup, startTiles, newPage, appUrl, tileCover, lonLatToWorld, openMap,
} from './harness.mjs';

const env = setup();

/** The map's attributes and its box on the page. */
async function mapState(page) {
  return page.$eval('[data-testid=map]', (el) => {
    const r = el.getBoundingClientRect();
    return {
      zoom: Number(el.dataset.zoom),
      lat: Number(el.dataset.lat),
      lon: Number(el.dataset.lon),
      left: r.left, top: r.top, width: r.width, height: r.height,
    };
  });
}

/** Screen position (page pixels) of a lon/lat in the map's current view. */
function toPage(state, lon, lat) {
  const size = 256 * 2 ** state.zoom;
  const c = lonLatToWorld(state.lon, state.lat);
  const p = lonLatToWorld(lon, lat);
  return {
    x: state.left + state.width / 2 + (p.x - c.x) * size,
    y: state.top + state.height / 2 + (p.y - c.y) * size,
  };
}

/**
 * The map (the harness's `openMap`) once its first tiles are there: it knows its size once the
 * first resize has run.
 */
async function openTiledMap(params = {}, options = {}) {
  const page = await openMap(env, params, options);
  await page.waitForFunction(() => document.querySelectorAll('img.tile').length > 0);
  return page;
}

test('the map opens on Hengstdal at zoom 16 with its attributes and attribution', async () => {
  const page = await openTiledMap();
  const s = await mapState(page);
  assert.equal(s.zoom, 16);
  assert.ok(Math.abs(s.lat - 51.837) < 1e-9, `lat ${s.lat}`);
  assert.ok(Math.abs(s.lon - 5.887) < 1e-9, `lon ${s.lon}`);
  assert.ok(s.width > 500 && s.height > 500, 'the map fills the screen');
  assert.ok(await page.isVisible('.attribution'));
  assert.match(await page.textContent('.attribution'), /OpenStreetMap/);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('lat, lon and z in the link set the start view', async () => {
  const page = await openTiledMap({ lat: 52.35, lon: 4.93, z: 14 });
  const s = await mapState(page);
  assert.deepEqual([s.lat, s.lon, s.zoom], [52.35, 4.93, 14]);
  await page.close();
});

test('a mouse drag of 200 px east moves the centre west by the formula', async () => {
  const page = await openTiledMap();
  const before = await mapState(page);
  const x = before.left + 400; const y = before.top + 300;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 200, y, { steps: 8 });
  await page.mouse.up();
  const afterDrag = await mapState(page);
  const expected = (200 * 360) / (256 * 2 ** 16);
  assert.ok(Math.abs(before.lon - afterDrag.lon - expected) < 1e-9,
    `moved ${before.lon - afterDrag.lon}, expected ${expected}`);
  assert.ok(Math.abs(before.lat - afterDrag.lat) < 1e-9);
  assert.equal(afterDrag.zoom, 16);
  await page.close();
});

test('a wheel step zooms in around the cursor', async () => {
  const page = await openTiledMap();
  const before = await mapState(page);
  const cursor = { x: before.left + 250, y: before.top + 550 };
  // The place under the cursor before the wheel turns.
  const size = 256 * 2 ** before.zoom;
  const c = lonLatToWorld(before.lon, before.lat);
  const wx = c.x + (cursor.x - before.left - before.width / 2) / size;
  const wy = c.y + (cursor.y - before.top - before.height / 2) / size;
  const lon = wx * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - 2 * wy))) * 180) / Math.PI;
  await page.mouse.move(cursor.x, cursor.y);
  await page.mouse.wheel(0, -100);
  await page.waitForFunction(() => document.querySelector('[data-testid=map]').dataset.zoom !== '16');
  const afterWheel = await mapState(page);
  assert.equal(afterWheel.zoom, 17);
  const p = toPage(afterWheel, lon, lat);
  assert.ok(Math.hypot(p.x - cursor.x, p.y - cursor.y) < 0.5, `drifted to ${p.x},${p.y}`);
  await page.close();
});

test('keys and the zoom buttons move the map; the page itself never scrolls', async () => {
  const page = await openTiledMap();
  const s0 = await mapState(page);
  await page.focus('[data-testid=map]');
  await page.keyboard.press('ArrowRight');
  const s1 = await mapState(page);
  assert.ok(s1.lon > s0.lon, 'ArrowRight shows more of the east');
  await page.keyboard.press('+');
  assert.equal((await mapState(page)).zoom, 17);
  await page.click('.zoom-out');
  await page.click('.zoom-out');
  assert.equal((await mapState(page)).zoom, 15);
  await page.mouse.move(s0.left + 100, s0.top + 100);
  await page.mouse.wheel(0, 300);
  assert.deepEqual(await page.evaluate(() => [window.scrollX, window.scrollY]), [0, 0]);
  await page.close();
});

test('the tile server is asked for exactly the tiles the view covers, plus one ring', async () => {
  env.tiles.reset();
  const page = await openTiledMap({ lat: 51.837, lon: 5.887, z: 16 });
  const s = await mapState(page);
  const expected = tileCover({
    lat: s.lat, lon: s.lon, zoom: s.zoom, width: s.width, height: s.height, ring: 1,
  });
  await page.waitForFunction(
    (n) => [...document.querySelectorAll('img.tile')].filter((i) => i.complete).length >= n,
    expected.size,
  );
  const asked = new Set(env.tiles.requests.map((r) => `${r.z}/${r.x}/${r.y}`));
  assert.deepEqual([...asked].sort(), [...expected].sort());
  assert.equal(env.tiles.requests.length, asked.size, 'no tile asked for twice');
  await page.close();
});

test('the last view is remembered after a reload', async () => {
  const page = await openTiledMap();
  await page.focus('[data-testid=map]');
  await page.keyboard.press('-');
  await page.keyboard.press('ArrowDown');
  const before = await mapState(page);
  await page.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=map][data-zoom]');
  const after = await mapState(page);
  assert.deepEqual([after.lat, after.lon, after.zoom], [before.lat, before.lon, before.zoom]);
  await page.close();
});

test('a two-finger pinch zooms around the fingers', async () => {
  const page = await openTiledMap({}, { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  const s0 = await mapState(page);
  const cdp = await page.context().newCDPSession(page);
  const cx = s0.left + s0.width / 2; const cy = s0.top + s0.height / 2;
  const touch = (type, d) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [
      { x: cx - d, y: cy, id: 1 },
      { x: cx + d, y: cy, id: 2 },
    ],
  });
  await touch('touchStart', 50);
  for (const d of [60, 75, 90, 100]) await touch('touchMove', d);
  await touch('touchEnd', 100);
  const s1 = await mapState(page);
  assert.ok(Math.abs(s1.zoom - 17) < 0.05, `zoom ${s1.zoom}`);
  assert.ok(Math.abs(s1.lat - s0.lat) < 1e-6 && Math.abs(s1.lon - s0.lon) < 1e-6,
    'the point between the fingers stays put');
  await page.close();
});

test('a failing tile is asked for once more, then left grey', async (t) => {
  const failing = await startTiles({ failPattern: /^16\/33839\/21695$/ });
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  t.after(() => Promise.all([page.close(), failing.close()]));
  await page.goto(appUrl(env.app.url, '/', { tiles: failing.template, lat: 51.837, lon: 5.887, z: 16 }));
  await page.waitForSelector('img.tile.failed', { state: 'attached' });
  const asked = failing.requests.filter((r) => `${r.z}/${r.x}/${r.y}` === '16/33839/21695');
  assert.deepEqual(asked.map((r) => r.query), ['', '?retry=1']);
  assert.equal(await page.locator('img.tile.failed').count(), 1);
});

test('after a zoom the old tiles stay until the new ones have loaded', async (t) => {
  const slow = await startTiles({ slowPattern: /^17\//, slowMs: 400 });
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  t.after(() => Promise.all([page.close(), slow.close()]));
  await page.goto(appUrl(env.app.url, '/', { tiles: slow.template, lat: 51.837, lon: 5.887, z: 16 }));
  // The layer's own word that level 16 is complete: `img.complete` turns true before the load
  // event reaches the app, and `every` on no tiles at all is true before any are drawn.
  await page.waitForSelector('.tiles[data-complete-z="16"]', { state: 'attached' });
  await page.focus('[data-testid=map]');
  await page.keyboard.press('+');
  // While level 17 is still on its way, level 16 covers the screen.
  const during = await page.$$eval('img.tile', (imgs) => imgs.map((i) => i.dataset.z));
  assert.ok(during.includes('16') && during.includes('17'), `tiles during: ${[...new Set(during)]}`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('img.tile')].every((i) => i.dataset.z === '17'),
    null,
    { timeout: 20000 },
  );
});
