// Gestures that start on a marker or a cluster move the map like anywhere else; only a tap (or
// Enter on a focused marker) opens one. A finger held still on the empty map adds a pin without
// any `contextmenu` (iOS has none). In a real Chromium on the release build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, openApp, appUrl, scratchDir } from './harness.mjs';

const env = setup();

const CENTRE = { lat: 51.837, lon: 5.887, z: 16 };
const PIN_ID = '00000000-0000-4000-8000-000000000001';

/** One pin ~140 px west of the centre, and six close together ~185 px east (one cluster). */
function pinsFile() {
  const feature = (i, lon, lat) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: ['beauty', 'place', 'dream'][i % 3],
      title: `Pin ${i}`,
      created_at: '2026-11-20T10:00:00Z',
      updated_at: '2026-11-20T10:00:00Z',
    },
  });
  const features = [feature(1, 5.884, 51.837)];
  for (let i = 0; i < 6; i += 1) {
    features.push(feature(10 + i, 5.891 + (i % 3) * 0.00003, 51.8375 + Math.floor(i / 3) * 0.00003));
  }
  const file = path.join(scratchDir('oase-gestures-'), 'pins.geojson');
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', oase: 1, features }));
  return file;
}

/** A fresh page with the pins above, on the map at the centre, once its markers are drawn. */
async function mapWithPins(options = {}) {
  const page = await openApp(env, '/settings', {}, options);
  await page.setInputFiles('[data-testid=import-file]', pinsFile());
  await page.waitForSelector('[data-testid=import-result][data-added="7"]');
  await page.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template, ...CENTRE }));
  await page.waitForSelector(`[data-testid=pin][data-id="${PIN_ID}"]`);
  await page.waitForSelector('[data-testid=cluster]');
  return page;
}

async function mapState(page) {
  return page.$eval('[data-testid=map]', (el) => ({
    zoom: Number(el.dataset.zoom), lat: Number(el.dataset.lat), lon: Number(el.dataset.lon),
  }));
}

/** The middle of an element's box on the page. */
async function middle(page, selector) {
  const b = await page.locator(selector).first().boundingBox();
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

const PIN = `[data-testid=pin][data-id="${PIN_ID}"]`;
const CARD = '[data-testid=pin-card]';

/** Touch points through the DevTools protocol: real touches, pointerType "touch". */
async function touchscreen(page) {
  const cdp = await page.context().newCDPSession(page);
  return (type, points) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : points.map((p, i) => ({ x: p.x, y: p.y, id: i + 1 })),
  });
}

const TOUCH = { hasTouch: true, viewport: { width: 1024, height: 768 } };

test('a mouse drag that starts on a marker moves the map and opens nothing', async () => {
  const page = await mapWithPins();
  const before = await mapState(page);
  const at = await middle(page, PIN);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + 200, at.y, { steps: 8 });
  await page.mouse.up();
  const after = await mapState(page);
  const expected = (200 * 360) / (256 * 2 ** 16);
  assert.ok(Math.abs(before.lon - after.lon - expected) < 1e-9,
    `moved ${before.lon - after.lon}, expected ${expected}`);
  assert.equal(after.zoom, 16);
  // The marker came along under the mouse, and its card stays shut.
  const now = await middle(page, PIN);
  assert.ok(Math.abs(now.x - (at.x + 200)) < 1 && Math.abs(now.y - at.y) < 1, `marker at ${now.x},${now.y}`);
  await page.waitForTimeout(300);
  assert.equal(await page.locator(CARD).count(), 0, 'no card after a drag');
  // A drag from a cluster opens nothing either (it does not zoom in).
  const c = await middle(page, '[data-testid=cluster]');
  await page.mouse.move(c.x, c.y);
  await page.mouse.down();
  await page.mouse.move(c.x - 60, c.y + 40, { steps: 5 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  assert.equal((await mapState(page)).zoom, 16, 'no zoom into the cluster after a drag');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a click on a marker opens its card, on a cluster zooms in; Enter on a focused marker too', async () => {
  const page = await mapWithPins();
  await page.click(PIN);
  await page.waitForSelector(`${CARD}[data-id="${PIN_ID}"]`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
  // The keyboard: a focused marker opens with Enter.
  await page.focus(PIN);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`${CARD}[data-id="${PIN_ID}"]`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
  // One click on a cluster zooms in once (not twice: the browser's own click is not counted).
  await page.click('[data-testid=cluster]');
  await page.waitForFunction(() => document.querySelector('[data-testid=map]').dataset.zoom !== '16');
  const z = (await mapState(page)).zoom;
  assert.ok(z >= 17, `zoom ${z}`);
  await page.waitForTimeout(300);
  assert.equal((await mapState(page)).zoom, z);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a wheel turn over a marker zooms the map', async () => {
  const page = await mapWithPins();
  const at = await middle(page, PIN);
  const box = await page.locator(PIN).boundingBox();
  await page.mouse.move(at.x, at.y);
  await page.mouse.wheel(0, -100);
  await page.waitForFunction(() => document.querySelector('[data-testid=map]').dataset.zoom !== '16');
  assert.equal((await mapState(page)).zoom, 17);
  // The marker keeps its size and its tip stays on its place, which the zoom (×2 around the
  // cursor) moves: first while the layer is scaled, then once the markers are laid out again.
  const tip = { x: at.x + 2 * (box.x + box.width / 2 - at.x), y: at.y + 2 * (box.y + box.height - at.y) };
  const check = async (when) => {
    const b = await page.locator(PIN).boundingBox();
    assert.ok(Math.abs(b.width - box.width) < 0.5 && Math.abs(b.height - box.height) < 0.5, `${when}: ${JSON.stringify(b)}`);
    assert.ok(Math.hypot(b.x + b.width / 2 - tip.x, b.y + b.height - tip.y) < 1.5, `${when}: ${JSON.stringify(b)} vs ${JSON.stringify(tip)}`);
  };
  await check('right after the wheel');
  await page.waitForFunction(() => /scale\(1\)/.test(document.querySelector('.pin-layer').getAttribute('style')));
  await check('laid out again');
  await page.close();
});

test('touch: a tap on a marker opens it, a drag from it does not, a pinch from it zooms', async () => {
  const page = await mapWithPins(TOUCH);
  const touch = await touchscreen(page);
  const at = await middle(page, PIN);
  // A tap.
  await touch('touchStart', [at]);
  await touch('touchEnd', []);
  await page.waitForSelector(`${CARD}[data-id="${PIN_ID}"]`);
  await page.keyboard.press('Escape');
  await page.waitForSelector(CARD, { state: 'detached' });
  // A drag.
  const before = await mapState(page);
  await touch('touchStart', [at]);
  for (let dx = 20; dx <= 120; dx += 20) await touch('touchMove', [{ x: at.x + dx, y: at.y }]);
  await touch('touchEnd', []);
  const dragged = await mapState(page);
  assert.ok(dragged.lon < before.lon, 'the map moved');
  await page.waitForTimeout(300);
  assert.equal(await page.locator(CARD).count(), 0, 'no card after a drag');
  // A pinch with one finger on the marker.
  const on = await middle(page, PIN);
  const other = { x: on.x + 100, y: on.y };
  await touch('touchStart', [on, other]);
  for (const d of [120, 150, 180, 200]) {
    await touch('touchMove', [{ x: on.x - (d - 100) / 2, y: on.y }, { x: on.x + 100 + (d - 100) / 2, y: on.y }]);
  }
  // While the fingers are down the tiles there are only scaled: no new level is asked for (as in
  // Leaflet), and it comes once they lift.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const levels = () => page.$$eval('[data-testid=map] img.tile', (ts) => [...new Set(ts.map((t) => t.dataset.z))]);
  assert.ok((await mapState(page)).zoom > 16.9, 'zoomed while pinching');
  assert.deepEqual(await levels(), ['16']);
  await touch('touchEnd', []);
  await page.waitForSelector('[data-testid=map] img.tile[data-z="17"]');
  const pinched = await mapState(page);
  assert.ok(Math.abs(pinched.zoom - 17) < 0.05, `zoom ${pinched.zoom}`);
  await page.waitForTimeout(300);
  assert.equal(await page.locator(CARD).count(), 0, 'no card after a pinch');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('touch: a finger held still on the empty map adds a pin there, without contextmenu', async () => {
  const page = await mapWithPins(TOUCH);
  // Any contextmenu the browser makes of the long press is stopped before it reaches the app.
  await page.evaluate(() => {
    window.__contextmenus = 0;
    window.addEventListener('contextmenu', (e) => {
      window.__contextmenus += 1;
      e.stopImmediatePropagation();
      e.preventDefault();
    }, true);
  });
  const touch = await touchscreen(page);
  const m = await page.locator('[data-testid=map]').boundingBox();
  const at = { x: m.x + 200, y: m.y + m.height - 150 };
  // A short press is no long press.
  await touch('touchStart', [at]);
  await page.waitForTimeout(250);
  await touch('touchEnd', []);
  await page.waitForTimeout(600);
  assert.equal(await page.locator('[data-testid=kind-beauty]').count(), 0);
  // A press that moves away is a drag, however long.
  await touch('touchStart', [at]);
  await touch('touchMove', [{ x: at.x + 40, y: at.y }]);
  await page.waitForTimeout(900);
  await touch('touchEnd', []);
  assert.equal(await page.locator('[data-testid=kind-beauty]').count(), 0);
  // Held still: the kind choice opens while the finger is still down.
  const before = await mapState(page);
  await touch('touchStart', [at]);
  await page.waitForSelector('[data-testid=kind-beauty]', { state: 'visible', timeout: 2000 });
  await touch('touchEnd', []);
  // The map centred on the place under the finger.
  const after = await mapState(page);
  assert.ok(after.lon < before.lon && after.lat < before.lat, 'centred south-west of before');
  assert.ok(await page.isVisible('[data-testid=kind-beauty]'), 'lifting the finger keeps it open');
  console.log(`contextmenu events stopped before the app: ${await page.evaluate(() => window.__contextmenus)}`);
  assert.deepEqual(page.__errors, []);
  await page.close();
});
