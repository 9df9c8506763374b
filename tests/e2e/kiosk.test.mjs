// The kiosk on a touch tablet (1024×768, touch events, taps): each kind of pin from welcome to
// thanks, stored and shown; back (on screen and the browser's) stays in the flow; the idle reset
// discards an unfinished pin and keeps saved ones; the organiser PIN keeps the kiosk locked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, appUrl, photoFile, openApp, moveMap } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };

/** A touch tablet at the kiosk; `page.taps` counts every tap the person makes. */
async function openKiosk(params = {}, page = null) {
  const p = page ?? await newPage(env.browser, {
    viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: false,
  });
  await p.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START, ...params }));
  await p.waitForSelector('[data-testid=kiosk-start]');
  p.taps = 0;
  p.tapOn = async (selector) => {
    p.taps += 1;
    await p.tap(selector);
  };
  return p;
}

/** Types into a field after tapping it (the tap that brings up the on-screen keyboard). */
async function typeInto(page, testid, text) {
  await page.tapOn(`[data-testid=${testid}]`);
  await page.keyboard.type(text);
}

async function heading(page) {
  return (await page.textContent('.kiosk h1')).trim();
}

/** Waits for the thanks screen; returns the new pin's id after checking it is on its map. */
async function thanks(page) {
  const box = page.locator('[data-testid=kiosk-thanks]');
  await box.waitFor();
  const id = await box.getAttribute('data-id');
  await page.waitForSelector(`.kiosk [data-testid=map] [data-testid=pin][data-id="${id}"]`);
  return id;
}

/** The stored pins, straight from IndexedDB (as GeoJSON Feature properties). */
async function storedPins(page) {
  return page.evaluate(() => new Promise((resolve, reject) => {
    const open = indexedDB.open('oase');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction('pins').objectStore('pins').getAll();
      req.onsuccess = () => {
        resolve(req.result.map((json) => JSON.parse(json).properties));
        open.result.close();
      };
      req.onerror = () => reject(req.error);
    };
  }));
}

test('one pin of each kind, welcome to thanks, stored and shown among the others', async () => {
  const page = await openKiosk();
  const taps = {};
  const ids = {};

  // A beauty: photo and a name for it; no first name.
  await page.tapOn('[data-testid=kiosk-start]');
  await page.tapOn('[data-testid=kind-beauty]');
  await page.waitForSelector('.kiosk-crosshair');
  await page.tapOn('[data-testid=kiosk-here]');
  page.taps += 1; // the camera button; the file then arrives as from the camera
  await page.setInputFiles('[data-testid=pin-photo]', photoFile());
  await page.waitForSelector('.kiosk-photo img');
  await page.tapOn('[data-testid=kiosk-next]');
  await typeInto(page, 'pin-title', 'Rozenboog');
  await page.tapOn('[data-testid=kiosk-next]');
  assert.equal(await page.inputValue('[data-testid=kiosk-name]'), '');
  await page.tapOn('[data-testid=kiosk-next]');
  ids.beauty = await thanks(page);
  taps.beauty = page.taps;
  await page.tap('[data-testid=kiosk-done]');

  // A meaningful place: a symbol and why it matters; a first name.
  await page.waitForSelector('[data-testid=kiosk-start]');
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-start]');
  await page.tapOn('[data-testid=kind-place]');
  await moveMap(page, 3);
  await page.tapOn('[data-testid=kiosk-here]');
  assert.equal(await page.isDisabled('[data-testid=kiosk-next]'), false, 'a symbol is optional');
  await page.tapOn('[data-testid=symbol-option][data-symbol=bench]');
  await page.tapOn('[data-testid=kiosk-next]');
  await typeInto(page, 'pin-quote', 'Hier kom ik elke ochtend even zitten');
  await page.tapOn('[data-testid=kiosk-next]');
  await typeInto(page, 'kiosk-name', 'Ahmed');
  await page.tapOn('[data-testid=kiosk-next]');
  ids.place = await thanks(page);
  taps.place = page.taps;
  assert.ok(await page.locator(`.kiosk [data-testid=pin][data-id="${ids.beauty}"]`).count() === 1
    || await page.locator('.kiosk [data-testid=cluster]').count() > 0, 'the earlier pin is there too');
  await page.tap('[data-testid=kiosk-done]');

  // A dream: what, talents and resources.
  await page.waitForSelector('[data-testid=kiosk-start]');
  page.taps = 0;
  await page.tapOn('[data-testid=kiosk-start]');
  await page.tapOn('[data-testid=kind-dream]');
  await moveMap(page, 6);
  await page.tapOn('[data-testid=kiosk-here]');
  await typeInto(page, 'pin-title', 'Een moestuin voor iedereen');
  await page.tapOn('[data-testid=kiosk-next]');
  await typeInto(page, 'pin-talents', 'tuinieren, koken');
  await page.tapOn('[data-testid=kiosk-next]');
  await typeInto(page, 'pin-resources', 'het braakliggende veld');
  await page.tapOn('[data-testid=kiosk-next]');
  await page.tapOn('[data-testid=kiosk-next]');
  ids.dream = await thanks(page);
  taps.dream = page.taps;
  console.log(`figure: kiosk taps: beauty ${taps.beauty}, place ${taps.place}, dream ${taps.dream}`);

  // After a reload, all three are in the list, with their words.
  await page.goto(appUrl(env.app.url, '/list', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=pin-row]');
  const rows = await page.$$eval('[data-testid=pin-row]', (els) => els.map((e) => [e.dataset.id, e.dataset.kind, e.textContent]));
  assert.deepEqual(rows.map((r) => r[0]), [ids.dream, ids.place, ids.beauty]);
  assert.deepEqual(rows.map((r) => r[1]), ['dream', 'place', 'beauty']);
  assert.match(rows[0][2], /Een moestuin voor iedereen/);
  assert.match(rows[0][2], /tuinieren · koken · het braakliggende veld/);
  assert.match(rows[1][2], /Hier kom ik elke ochtend even zitten/);
  assert.match(rows[2][2], /Rozenboog/);
  const stored = Object.fromEntries((await storedPins(page)).map((p) => [p.kind, p]));
  assert.equal(stored.place.symbol, 'bench');
  assert.equal(stored.place.name, 'Ahmed', 'the first name rides along as an extra property');
  assert.equal(stored.beauty.name, undefined, 'no name given, none stored');
  assert.match(stored.beauty.photo, /\.jpg$/);
  assert.deepEqual(stored.dream.talents, ['tuinieren', 'koken']);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('back, on screen or in the browser, steps back and never leaves the kiosk', async () => {
  const page = await openKiosk();
  await page.tap('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kind-dream]');
  await page.tap('[data-testid=kiosk-here]');
  await page.tap('[data-testid=pin-title]');
  await page.keyboard.type('Een bankje');
  await page.tap('[data-testid=kiosk-back]');
  assert.equal(await heading(page), 'Waar is het?');
  await page.tap('[data-testid=kiosk-here]');
  assert.equal(await page.inputValue('[data-testid=pin-title]'), 'Een bankje', 'back keeps what was typed');
  for (const expected of ['Waar is het?', 'Wat wil je op de kaart zetten?', 'Wat is er goed in jouw buurt?',
    'Wat is er goed in jouw buurt?', 'Wat is er goed in jouw buurt?']) {
    await page.goBack();
    await page.waitForFunction((h) => document.querySelector('.kiosk h1')?.textContent.trim() === h, expected);
    assert.equal(new URL(page.url()).pathname, '/kiosk');
  }
  assert.ok(new URL(page.url()).search.includes('tiles='), 'the link parameters stay');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('idle: a countdown, then a clean start; saved pins stay, the unfinished one is gone', async () => {
  const page = await openKiosk({ idle: 3 });
  // One pin saved; the thanks screen returns to the welcome by itself.
  await page.tap('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kind-beauty]');
  await page.tap('[data-testid=kiosk-here]');
  await page.tap('[data-testid=kiosk-next]');
  await page.tap('[data-testid=pin-title]');
  await page.keyboard.type('Bewaard');
  await page.tap('[data-testid=kiosk-next]');
  await page.tap('[data-testid=kiosk-next]');
  const saved = await thanks(page);
  await page.waitForSelector('[data-testid=kiosk-start]', { timeout: 8000 });

  // Still there: a tap on the countdown keeps what was typed.
  await page.tap('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kind-dream]');
  await page.tap('[data-testid=kiosk-here]');
  await page.tap('[data-testid=pin-title]');
  await page.keyboard.type('Geheime wens');
  await page.waitForSelector('[data-testid=kiosk-stay]', { timeout: 6000 });
  assert.match(await page.textContent('.kiosk-idle'), /Over [1-3] seconden? begint de kiosk opnieuw/);
  await page.tap('[data-testid=kiosk-stay]');
  await page.waitForSelector('[data-testid=kiosk-stay]', { state: 'detached' });
  assert.equal(await page.inputValue('[data-testid=pin-title]'), 'Geheime wens');

  // Gone: no touch until the countdown ends.
  await page.waitForSelector('[data-testid=kiosk-stay]', { timeout: 6000 });
  await page.waitForSelector('[data-testid=kiosk-start]', { timeout: 6000 });
  assert.equal(await page.locator('.kiosk-idle').count(), 0);
  // The next person finds empty fields.
  await page.tap('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kind-dream]');
  await page.tap('[data-testid=kiosk-here]');
  assert.equal(await page.inputValue('[data-testid=pin-title]'), '');
  await page.tap('[data-testid=kiosk-back]');
  await page.tap('[data-testid=kiosk-back]');
  await page.tap('[data-testid=kind-beauty]');
  await page.tap('[data-testid=kiosk-here]');
  assert.equal(await page.locator('.kiosk-photo img').count(), 0);

  const stored = await storedPins(page);
  assert.deepEqual(stored.map((p) => p.id), [saved]);
  assert.equal(stored[0].title, 'Bewaard');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('with a PIN set, a wrong PIN keeps the kiosk locked and the right one opens settings', async () => {
  const page = await openApp(env, '/settings', {}, { hasTouch: true });
  await page.fill('[data-testid=kiosk-pin-new]', '12');
  await page.tap('[data-testid=kiosk-pin-set]');
  await page.waitForSelector('.kiosk-settings [role=alert]');
  await page.fill('[data-testid=kiosk-pin-new]', '246813');
  await page.tap('[data-testid=kiosk-pin-set]');
  await page.waitForSelector('[data-testid=kiosk-pin-clear]');
  const prefs = await page.evaluate(() => localStorage.getItem('oase.settings'));
  assert.ok(prefs.includes('"lock"') && !prefs.includes('246813'), 'the PIN is kept hashed');

  await openKiosk({}, page);
  await page.tap('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kiosk-leave]');
  await page.fill('[data-testid=pin-code]', '111111');
  await page.tap('[data-testid=kiosk-unlock]');
  await page.waitForSelector('.kiosk-lock [role=alert]');
  assert.equal(new URL(page.url()).pathname, '/kiosk');
  assert.equal(await page.inputValue('[data-testid=pin-code]'), '', 'a wrong PIN is cleared');
  assert.equal(await page.locator('[data-testid=kiosk-settings], .kiosk-settings').count(), 0);
  // Cancel goes back to the flow where it was.
  await page.tap('.kiosk-lock .button.secondary');
  assert.equal(await heading(page), 'Wat wil je op de kaart zetten?');
  await page.tap('[data-testid=kiosk-leave]');
  await page.fill('[data-testid=pin-code]', '246813');
  await page.tap('[data-testid=kiosk-unlock]');
  await page.waitForSelector('.kiosk-settings');
  assert.equal(new URL(page.url()).pathname, '/settings');

  // Settings opened afresh ask for the PIN too.
  await page.reload();
  await page.waitForSelector('[data-testid=pin-code]');
  assert.equal(await page.locator('.kiosk-settings').count(), 0);
  await page.fill('[data-testid=pin-code]', '000000');
  await page.tap('[data-testid=kiosk-unlock]');
  await page.waitForSelector('[role=alert]');
  await page.fill('[data-testid=pin-code]', '246813');
  await page.tap('[data-testid=kiosk-unlock]');
  await page.waitForSelector('.kiosk-settings');

  // Without a PIN the corner button leaves at once.
  await page.tap('[data-testid=kiosk-pin-clear]');
  await openKiosk({}, page);
  await page.tap('[data-testid=kiosk-leave]');
  await page.waitForSelector('.kiosk-settings');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a kiosk offering one kind skips the choice; the idle time is the organiser\'s', async () => {
  const page = await openApp(env, '/settings', {}, { hasTouch: true });
  await page.tap('[data-testid=kiosk-kind-place]');
  await page.tap('[data-testid=kiosk-kind-dream]');
  await page.tap('[data-testid=kiosk-kind-beauty]');
  assert.equal(await page.isChecked('[data-testid=kiosk-kind-beauty]'), true, 'the last kind stays');
  await page.fill('[data-testid=kiosk-idle]', '2');
  await page.press('[data-testid=kiosk-idle]', 'Tab');
  await openKiosk({}, page);
  await page.tap('[data-testid=kiosk-start]');
  await page.waitForSelector('[data-testid=kiosk-here]');
  await page.tap('[data-testid=kiosk-here]');
  await page.waitForSelector('[data-testid=pin-photo]', { state: 'attached' });
  // 2 s idle, 2 s countdown.
  await page.waitForSelector('[data-testid=kiosk-stay]', { timeout: 4000 });
  await page.waitForSelector('[data-testid=kiosk-start]', { timeout: 4000 });
  assert.deepEqual(page.__errors, []);
  await page.close();
});
