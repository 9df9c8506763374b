// The kiosk's part of the Oasis week on a touch tablet (1024×768, taps): three residents in turn
// choose dreams with their dots and /screen ranks the dreams by those hearts; a resident tells a
// story about a place near the middle of the map and it shows on that place's card; a place is
// asked its name and a dreamer what they can do, without an extra screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, openApp, appUrl, moveMap, clickScreenControl, scratchDir } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };
const TABLET = { viewport: { width: 1024, height: 768 }, hasTouch: true };
const id = (n) => `00000000-0000-4000-8000-0000000000${n}`;
const A = id('a1');
const B = id('b2');
const C = id('c3');
const BENCH = id('d4');

/** Three dreams a little away from the kiosk's middle and a bench right at it, as a file. */
function seedFile() {
  const feature = (pid, kind, title, lon, lat, day, extra = {}) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: { id: pid, kind, title, created_at: `2026-11-${day}T10:00:00Z`,
      updated_at: `2026-11-${day}T10:00:00Z`, ...extra },
  });
  const fc = { type: 'FeatureCollection', oase: 1, features: [
    feature(A, 'dream', 'Een buurtkeuken', 5.889, 51.838, 20, { quote: 'Samen koken en eten' }),
    feature(B, 'dream', 'Een moestuin', 5.884, 51.839, 21),
    feature(C, 'dream', 'Een speeltuin', 5.891, 51.835, 22),
    feature(BENCH, 'place', 'Het bankje bij de vijver', START.lon + 0.0002, START.lat, 23),
  ] };
  const file = path.join(scratchDir('oase-kiosk-week-'), 'buurt.geojson');
  fs.writeFileSync(file, JSON.stringify(fc));
  return file;
}

/** Seeds the dreams through settings (dots per resident: `votes`), then opens the kiosk in the
 *  same browser context, so both share storage. `page.taps` counts the resident's taps. */
async function seededKiosk(votes = 3) {
  const page = await openApp(env, '/settings', {}, TABLET);
  await page.setInputFiles('[data-testid=import-file]', seedFile());
  await page.waitForSelector('[data-testid=import-result][data-added="4"]');
  await page.fill('[data-testid=kiosk-votes-setting]', String(votes));
  await page.press('[data-testid=kiosk-votes-setting]', 'Tab');
  // Unchanged from the default, the field stores nothing.
  await page.waitForFunction((v) => (JSON.parse(localStorage.getItem('oase.settings'))?.kiosk?.votes ?? 3) === v, votes);
  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  page.taps = 0;
  page.tapOn = async (selector) => {
    page.taps += 1;
    await page.tap(selector);
  };
  return page;
}

const option = (pid) => `[data-testid=vote-option][data-id="${pid}"]`;

async function left(page) {
  return Number(await page.getAttribute('[data-testid=votes-left]', 'data-left'));
}

/** One resident's turn: `taps` on dream cards in order, then "Klaar"; returns their tap count. */
async function vote(page, taps) {
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-vote]');
  await page.waitForSelector('[data-testid=vote-option]');
  assert.equal(await page.locator('[data-testid=vote-option]').count(), 3);
  assert.equal(await left(page), 3, 'each resident starts with all their dots');
  assert.equal(await page.isDisabled('[data-testid=vote-done]'), true, 'no dot, nothing to cast');
  for (const pid of taps) await page.tapOn(option(pid));
  await page.tapOn('[data-testid=vote-done]');
  await page.waitForSelector('[data-testid=kiosk-thanks]');
  const n = page.taps;
  await page.tap('[data-testid=kiosk-done]');
  await page.waitForSelector('[data-testid=kiosk-vote]');
  return n;
}

test('three residents choose dreams with their dots and the screen ranks them by hearts', async () => {
  const page = await seededKiosk(3);
  // Resident 1 changes their mind about C: a second tap takes the dot back.
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-vote]');
  await page.tapOn(option(A));
  await page.tapOn(option(C));
  assert.equal(await page.getAttribute(option(C), 'data-selected'), 'true');
  assert.equal(await left(page), 1);
  await page.tapOn(option(C));
  assert.equal(await page.getAttribute(option(C), 'data-selected'), 'false');
  await page.tapOn(option(B));
  assert.deepEqual(
    await page.$$eval('[data-testid=vote-option]', (els) => els.map((e) => [e.dataset.id, e.dataset.selected])),
    [[A, 'true'], [B, 'true'], [C, 'false']],
    'the dreams oldest first, A and B chosen',
  );
  assert.match(await page.textContent(option(A)), /Een buurtkeuken.*Samen koken en eten/);
  assert.equal(await left(page), 1);
  await page.tapOn('[data-testid=vote-done]');
  await page.waitForSelector('[data-testid=kiosk-thanks]');
  const first = page.taps;
  await page.tap('[data-testid=kiosk-done]');
  await page.waitForSelector('[data-testid=kiosk-vote]');

  const second = await vote(page, [A]);
  // Resident 3 walks away half-way: the idle reset would drop it; here back does, to welcome.
  await page.tap('[data-testid=kiosk-vote]');
  await page.tap(option(C));
  await page.tap('[data-testid=kiosk-back]');
  await page.waitForSelector('[data-testid=kiosk-vote]');
  const third = await vote(page, [A, C, B]);
  console.log(`figure: kiosk taps to choose dreams: 2 dots ${first} (with one taken back), 1 dot ${second}, 3 dots ${third}`);
  assert.equal(second, 3, 'choose, one dot, done');

  await page.goto(appUrl(env.app.url, '/screen', { tiles: env.tiles.template }));
  await clickScreenControl(page, '[data-testid=screen-show-ranking]');
  const rows = page.locator('[data-testid=ranking-row]');
  await rows.first().waitFor();
  assert.deepEqual(
    await rows.evaluateAll((els) => els.map((e) => [e.dataset.id, e.dataset.hearts])),
    [[A, '3'], [B, '2'], [C, '1']],
  );
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a resident tells a story about a place near the middle, and it shows on its card', async () => {
  const page = await seededKiosk();
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-tell]');
  await page.waitForSelector('[data-testid=tell-option]');
  const offered = await page.$$eval('[data-testid=tell-option]', (els) => els.map((e) => e.dataset.id));
  assert.equal(offered[0], BENCH, 'the place at the middle of the map comes first');
  assert.equal(offered.length, 4);
  await page.tapOn(`[data-testid=tell-option][data-id="${BENCH}"]`);
  assert.match(await page.textContent('.kiosk-about'), /Het bankje bij de vijver/);
  assert.equal(await page.isDisabled('[data-testid=story-save]'), true, 'a story needs words');
  await page.tapOn('[data-testid=story-text]');
  await page.keyboard.type('Hier leerde mijn dochter fietsen.');
  await page.tapOn('[data-testid=story-name]');
  await page.keyboard.type('Noor');
  await page.tapOn('[data-testid=story-save]');
  const thanks = page.locator('[data-testid=kiosk-thanks]');
  await thanks.waitFor();
  assert.equal(await thanks.getAttribute('data-id'), BENCH);
  console.log(`figure: kiosk taps to tell about a place: ${page.taps}`);
  await page.tap('[data-testid=kiosk-done]');
  await page.waitForSelector('[data-testid=kiosk-tell]');

  await page.goto(appUrl(env.app.url, '/list', { tiles: env.tiles.template }));
  await page.locator(`[data-testid=pin-row][data-id="${BENCH}"] button`).click();
  await page.locator(`[data-testid=pin-card][data-id="${BENCH}"]`).waitFor();
  const story = page.locator('[data-testid=story]');
  await story.waitFor();
  assert.match(await story.textContent(), /Hier leerde mijn dochter fietsen\..*— Noor/s);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a place is asked its name and a dream what its dreamer can do, on the screens there were', async () => {
  const page = await seededKiosk(5);
  // The organiser's number of dots reaches the kiosk.
  await page.tap('[data-testid=kiosk-vote]');
  await page.waitForSelector('[data-testid=votes-left][data-left="5"]');
  await page.tap('[data-testid=kiosk-back]');
  await page.waitForSelector('[data-testid=kiosk-start]');
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-start]');
  await page.tapOn('[data-testid=kind-place]');
  await moveMap(page, 4);
  await page.tapOn('[data-testid=kiosk-here]');
  await page.tapOn('[data-testid=kiosk-next]');
  // Name and why on one screen; the cursor starts in the name.
  await page.waitForSelector('[data-testid=pin-quote]');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'pin-title');
  await page.keyboard.type('De oude lindeboom');
  await page.tapOn('[data-testid=pin-quote]');
  await page.keyboard.type('Hier spreken we altijd af');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.waitForSelector('[data-testid=kiosk-thanks]');
  const place = page.taps;
  await page.tap('[data-testid=kiosk-done]');

  await page.waitForSelector('[data-testid=kiosk-start]');
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-start]');
  await page.tapOn('[data-testid=kind-dream]');
  await moveMap(page, 8);
  await page.tapOn('[data-testid=kiosk-here]');
  await page.tapOn('[data-testid=pin-title]');
  await page.keyboard.type('Een repair café');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.waitForSelector('[data-testid=kiosk-own-talents]');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'kiosk-own-talents');
  await page.keyboard.type('solderen, koffie zetten');
  await page.tapOn('[data-testid=pin-talents]');
  await page.keyboard.type('de fietsenmaker, koffie zetten');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.waitForSelector('[data-testid=kiosk-thanks]');
  const dream = page.taps;
  console.log(`figure: kiosk taps with the new questions: place ${place}, dream ${dream}`);

  await page.goto(appUrl(env.app.url, '/list', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=pin-row]');
  const rows = await page.$$eval('[data-testid=pin-row]', (els) => els.map((e) => [e.dataset.kind, e.textContent]));
  assert.match(rows[1][1], /De oude lindeboom/, 'no more "Zonder titel"');
  assert.match(rows[0][1], /Een repair café/);
  assert.match(rows[0][1], /solderen · koffie zetten · de fietsenmaker/, 'own talents first, each once');
  assert.deepEqual(page.__errors, []);
  await page.close();
});
