// One wasm per bundle (src/bundles.rs): the map downloads the shell only; a link to a page of
// another bundle loads that bundle, keeping the address's query (the tile server) and, once, an
// organiser's unlock; a reload by hand asks for the PIN again. Settings and the map share one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openMap, appUrl } from './harness.mjs';

const env = setup();
const PIN = '975310';
const others = /\/oase-(kiosk|walk|screen|organiser)(_bg\.wasm|\.js)/;

test('the map loads the shell only; a link to settings loads the organiser bundle, which has the map too; an unlock goes along once', async () => {
  const page = await openMap(env);
  const asked = [];
  page.on('request', (r) => asked.push(new URL(r.url()).pathname));
  await page.reload();
  await page.waitForSelector('[data-testid=map][data-zoom]');
  assert.ok(asked.includes('/oase_bg.wasm'), asked.join(' '));
  assert.deepEqual(asked.filter((p) => others.test(p)), []);

  // In the app, not by typing: the settings link of the bar.
  await page.click('.nav-bar a[href="/settings"]');
  await page.waitForSelector('[data-testid=kiosk-pin-new]');
  assert.ok(asked.includes('/oase-organiser_bg.wasm'), asked.join(' '));
  assert.match(page.url(), /\/settings\?tiles=/);

  // Settings and the map are one bundle for an organiser: back to the map without a load.
  const loads = asked.length;
  await page.click('.nav-bar a.brand');
  await page.waitForSelector('[data-testid=map][data-zoom]');
  assert.deepEqual(asked.slice(loads).filter((p) => p.endsWith('.wasm')), []);

  // Setting a PIN unlocks this visit: the walk (another bundle) does not ask for it...
  await page.click('.nav-bar a[href="/settings"]');
  await page.fill('[data-testid=kiosk-pin-new]', PIN);
  await page.click('[data-testid=kiosk-pin-set]');
  await page.waitForSelector('[data-testid=kiosk-pin-clear]');
  await page.click('[data-testid=nav-more] summary');
  await page.click('.nav-bar a[href="/walk"]');
  await page.waitForSelector('[data-testid=map][data-zoom]');
  assert.ok(asked.includes('/oase-walk_bg.wasm'), asked.join(' '));
  assert.equal(await page.locator('[data-testid=pin-code]').count(), 0);
  // ...and shows the tiles of the address it came from.
  await page.waitForFunction((t) => [...document.querySelectorAll('[data-testid=map] img.tile')]
    .some((i) => i.src.startsWith(t)), env.tiles.template.split('/{z}')[0]);
  // A reload by hand is a new visit: the PIN first.
  await page.reload();
  await page.waitForSelector('[data-testid=pin-code]');
  await page.goto(appUrl(env.app.url, '/settings', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=pin-code]');
  await page.close();
});
