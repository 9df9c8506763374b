// Walk mode on a phone (390×844) with emulated geolocation: 20 positions make the expected track
// and distance, a pin made on the way sits at the current position, the walk's GPX reads back
// as the same track, a reload midway keeps the walk, and with location denied the page says so
// and a pin can still be placed by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { setup, openApp } from './harness.mjs';

const env = setup();
const PHONE = { width: 390, height: 844 };

/** 20 positions about 7 m apart (each walked in 1.5 s: a stroll, no jump for the filter),
 * zigzagging north from Hengstdal. */
const track = Array.from({ length: 20 }, (_, i) => ({
  latitude: 51.8125 + i * 0.00006,
  longitude: 5.87 + (i % 2) * 0.00004,
}));

function haversine(a, b) {
  const r = 6371008.8;
  const rad = (d) => (d * Math.PI) / 180;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * r * Math.asin(Math.sqrt(h));
}
const length = (points) => points.slice(1).reduce((s, p, i) => s + haversine(points[i], p), 0);

async function openWalk(grant = true) {
  return openApp(env, '/walk', { z: 17 }, {
    viewport: PHONE, hasTouch: true,
    geolocation: { ...track[0], accuracy: 5 },
    permissions: grant ? ['geolocation'] : [],
  });
}

async function walkTo(page, points) {
  for (const p of points) {
    // One fix per step, at a pace the filter takes for walking (its clock is the fix's
    // timestamp; it drops a step faster than 9 m/s). The pause comes before each step: the walk
    // starts from the fix the page already had, often under a second old, and a first step
    // right after "start" looked like 7 m in half a second (fix 1 was dropped in 3 CI-like runs).
    await page.waitForTimeout(1500);
    await page.context().setGeolocation({ ...p, accuracy: 5 });
    await page.waitForFunction(({ latitude }) => Math.abs(Number(document.querySelector('[data-testid=my-position]')?.dataset.lat) - latitude) < 1e-9, p);
  }
}

const metres = async (page) => Number(await page.locator('[data-testid=walk-distance]').getAttribute('data-meters'));

test('a walk of 20 positions records its track and distance; a pin on the way sits where the walker is; GPX reads back', async () => {
  const page = await openWalk();
  await page.waitForSelector('[data-testid=my-position]', { state: 'attached' });
  await page.tap('[data-testid=walk-start]');
  await walkTo(page, track.slice(1, 10));
  // A pin made on the way.
  await page.tap('[data-testid=walk-pin-here]');
  await page.tap('[data-testid=kind-beauty]');
  await page.fill('[data-testid=pin-title]', 'Een kleurrijke voordeur');
  await page.tap('[data-testid=pin-save]');
  const card = page.locator('[data-testid=pin-card]');
  await card.waitFor();
  const pinId = await card.getAttribute('data-id');
  // The walk's own controls stay in reach with the new pin's card open: visible, and what a tap
  // at their middle hits (Playwright's trial click checks that nothing covers them).
  for (const id of ['walk-pause', 'walk-stop']) {
    const button = page.locator(`[data-testid=${id}]`);
    assert.ok(await button.isVisible(), `${id} visible after saving a pin`);
    await button.click({ trial: true, timeout: 2000 });
    const hit = await button.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return el.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
    });
    assert.ok(hit, `${id} is not covered by the pin's card`);
  }
  await page.keyboard.press('Escape');

  // A reload midway keeps the walk and carries on with it.
  const before = await metres(page);
  await page.reload();
  await page.waitForSelector('[data-testid=walk-stop]');
  assert.equal(await metres(page), before);
  await walkTo(page, track.slice(10));
  const expected = length(track);
  const measured = await metres(page);
  console.log(`figure: walk of 20 positions measured ${measured} m, expected ${expected.toFixed(1)} m (${((measured / expected - 1) * 100).toFixed(2)} %)`);
  assert.ok(Math.abs(measured - expected) / expected < 0.02, `${measured} vs ${expected}`);
  await page.tap('[data-testid=walk-stop]');

  // The pin stands at the position of the walker when it was made (the 10th fix).
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-testid=walk-list] summary, .walk-list summary').first().tap().then(() => page.tap('[data-testid=walk-export]')),
  ]);
  const gpx = fs.readFileSync(await download.path(), 'utf8');
  const points = [...gpx.matchAll(/<trkpt lat="([\d.]+)" lon="([\d.]+)"/g)].map((m) => ({ latitude: Number(m[1]), longitude: Number(m[2]) }));
  // Seen twice in full runs (19 of 20): say which fix went missing, for whoever looks next.
  if (points.length !== 20) console.log('# walk: stored track indices', JSON.stringify(points.map((p) => track.findIndex((t) => Math.abs(t.latitude - p.latitude) < 1e-9 && Math.abs(t.longitude - p.longitude) < 1e-9))));
  assert.equal(points.length, 20);
  points.forEach((p, i) => {
    assert.ok(Math.abs(p.latitude - track[i].latitude) < 1e-9 && Math.abs(p.longitude - track[i].longitude) < 1e-9, `point ${i}`);
  });
  const wpt = gpx.match(/<wpt lat="([\d.]+)" lon="([\d.]+)">[\s\S]*?<name>([^<]*)<\/name>/);
  assert.equal(wpt[3], 'Een kleurrijke voordeur');
  assert.ok(haversine({ latitude: Number(wpt[1]), longitude: Number(wpt[2]) }, track[9]) < 1, 'the pin is where the walker stood');
  assert.ok(pinId);
  await page.close();
});

test('with location denied the page says so, and a pin can still be placed by hand', async () => {
  const page = await openWalk(false);
  const message = page.locator('[data-testid=walk-problem]');
  await message.waitFor();
  assert.match(await message.textContent(), /mag je plek niet zien/);
  await page.tap('[data-testid=add-pin]');
  await page.tap('[data-testid=kind-dream]');
  await page.fill('[data-testid=pin-title]', 'Een bankje bij de vijver');
  await page.tap('[data-testid=pin-save]');
  await page.waitForSelector('[data-testid=pin-card]');
  await page.close();
});
