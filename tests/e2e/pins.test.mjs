// Pins through the UI: one of each kind (a place with a chosen and one with a drawn symbol, a
// beauty with a photo, a dream with talents), seen on the map and in the list, edited, removed;
// and text that looks like HTML stays text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, appUrl, photoFile, openMap, moveMap, addPin } from './harness.mjs';

const env = setup();
const HENGSTDAL = { lat: 51.837, lon: 5.887, z: 16 };

test('one pin of each kind is made, seen on the map and in the list, edited and removed', async () => {
  const page = await openMap(env, HENGSTDAL);
  const ids = {};
  ids.beauty = (await addPin(page, 'beauty', async () => {
    await page.setInputFiles('[data-testid=pin-photo]', photoFile());
    await page.waitForSelector('.photo-preview');
    await page.fill('[data-testid=pin-title]', 'Rozenboog');
    await page.fill('[data-testid=pin-quote]', 'Elke zomer vol bloemen');
  })).id;
  await moveMap(page);
  ids.place = (await addPin(page, 'place', async () => {
    await page.click('[data-testid=symbol-option][data-symbol=bench]');
    await page.fill('[data-testid=pin-title]', 'Het bankje');
    await page.fill('[data-testid=pin-quote]', 'Je bent altijd vrij om je pad te kiezen');
  })).id;
  await moveMap(page);
  ids.drawn = (await addPin(page, 'place', async () => {
    await page.click('[data-testid=symbol-option][data-symbol=drawn]');
    const pad = await page.locator('[data-testid=draw-pad]').boundingBox();
    await page.mouse.move(pad.x + 30, pad.y + pad.height / 2);
    await page.mouse.down();
    for (let a = 0; a <= 360; a += 20) {
      const r = pad.width / 4;
      await page.mouse.move(pad.x + pad.width / 2 + r * Math.cos((a * Math.PI) / 180),
        pad.y + pad.height / 2 + r * Math.sin((a * Math.PI) / 180));
    }
    await page.mouse.up();
    await page.fill('[data-testid=pin-title]', 'Het park');
  })).id;
  await moveMap(page);
  ids.dream = (await addPin(page, 'dream', async () => {
    await page.fill('[data-testid=pin-title]', 'Een moestuin voor iedereen');
    await page.fill('[data-testid=pin-talents]', 'tuinieren, koken, Fatima');
    await page.fill('[data-testid=pin-resources]', 'het braakliggende veld');
  })).id;

  // All four on the map, each with its kind.
  for (const [name, id] of Object.entries(ids)) {
    const marker = page.locator(`[data-testid=pin][data-id="${id}"]`);
    assert.equal(await marker.count(), 1, `${name} is on the map`);
    assert.equal(await marker.getAttribute('data-kind'), name === 'drawn' ? 'place' : name);
  }
  // The drawn symbol is inside its marker.
  const drawnPath = await page.locator(`[data-testid=pin][data-id="${ids.drawn}"] .glyph`).getAttribute('d');
  assert.match(drawnPath, /^M\d+ \d+( L\d+ \d+)+$/);

  // And in the list, newest first, with title and quote.
  await page.click('nav >> text=Lijst');
  await page.waitForSelector('[data-testid=pin-row]');
  const rows = await page.$$eval('[data-testid=pin-row]', (els) => els.map((e) => [e.dataset.id, e.dataset.kind, e.textContent]));
  assert.deepEqual(rows.map((r) => r[0]), [ids.dream, ids.drawn, ids.place, ids.beauty]);
  assert.match(rows[2][2], /Je bent altijd vrij om je pad te kiezen/);
  assert.match(rows[0][2], /tuinieren/);

  // Edit a quote, from the list through the map.
  await page.click(`[data-testid=pin-row][data-id="${ids.place}"] >> text=Toon op de kaart`);
  await page.waitForSelector(`[data-testid=pin-card][data-id="${ids.place}"]`);
  await page.click('[data-testid=pin-card] >> text=Aanpassen');
  assert.equal(await page.inputValue('[data-testid=pin-quote]'), 'Je bent altijd vrij om je pad te kiezen');
  await page.fill('[data-testid=pin-quote]', 'Hier kom ik tot rust');
  await page.click('[data-testid=pin-save]');
  await page.waitForSelector('[data-testid=pin-card] >> text=Hier kom ik tot rust');
  await page.keyboard.press('Escape');

  // Remove the beauty.
  await page.click(`[data-testid=pin][data-id="${ids.beauty}"]`);
  await page.click('[data-testid=pin-card] [data-testid=pin-delete]');
  await page.click('[data-testid=pin-card] [data-testid=pin-delete-confirm]');
  await page.waitForSelector(`[data-testid=pin][data-id="${ids.beauty}"]`, { state: 'detached' });
  await page.click('nav >> text=Lijst');
  await page.waitForSelector('[data-testid=pin-row]');
  assert.equal(await page.locator('[data-testid=pin-row]').count(), 3);
  assert.match(await page.textContent(`[data-testid=pin-row][data-id="${ids.place}"]`), /Hier kom ik tot rust/);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a title and quote that look like HTML show as plain text and nothing runs', async () => {
  const page = await openMap(env, HENGSTDAL);
  const evil = '<img src=x onerror="window.__xss=1">';
  const { id } = await addPin(page, 'place', async () => {
    await page.fill('[data-testid=pin-title]', evil);
    await page.fill('[data-testid=pin-quote]', evil);
  });
  await page.click(`[data-testid=pin][data-id="${id}"]`);
  assert.equal(await page.textContent('[data-testid=pin-card] .title'), evil);
  await page.keyboard.press('Escape');
  await page.click('nav >> text=Lijst');
  await page.waitForSelector('[data-testid=pin-row]');
  assert.match(await page.textContent('[data-testid=pin-row]'), /<img src=x onerror/);
  assert.equal(await page.locator('.pin-row img, .pin-card img').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  await page.close();
});

test('a right-click on the map starts a pin there; filters and search narrow the map and list', async () => {
  const page = await openMap(env, HENGSTDAL);
  const m = await page.locator('[data-testid=map]').boundingBox();
  await page.mouse.click(m.x + 200, m.y + 500, { button: 'right' });
  await page.click('[data-testid=kind-dream]');
  await page.fill('[data-testid=pin-title]', 'Bankjes langs het water');
  await page.click('[data-testid=pin-save]');
  await page.waitForSelector('[data-testid=pin-card]');
  await page.keyboard.press('Escape');
  // The pin stands where the right-click was: the map centred on that spot.
  assert.equal(await page.locator('[data-testid=pin]').count(), 1);
  await page.click('[data-testid=filter-dream]');
  assert.equal(await page.locator('[data-testid=pin]').count(), 0);
  await page.click('[data-testid=filter-dream]');
  await page.fill('[data-testid=pin-search]', 'water');
  assert.equal(await page.locator('[data-testid=pin]').count(), 1);
  await page.fill('[data-testid=pin-search]', 'fiets');
  assert.equal(await page.locator('[data-testid=pin]').count(), 0);
  await page.click('nav >> text=Lijst');
  assert.equal(await page.inputValue('[data-testid=pin-search]'), 'fiets', 'the list shares the filter');
  assert.equal(await page.locator('[data-testid=pin-row]').count(), 0);
  await page.close();
});

test('pins survive a reload, edits and removals included', async () => {
  const page = await openMap(env, HENGSTDAL);
  const { id: keep } = await addPin(page, 'place', async () => {
    await page.click('[data-testid=symbol-option][data-symbol=sun]');
    await page.fill('[data-testid=pin-quote]', 'Hier scheint altijd de zon');
  });
  await moveMap(page);
  const { id: drop } = await addPin(page, 'beauty', async () => {
    await page.fill('[data-testid=pin-title]', 'Weg ermee');
  });
  await page.click(`[data-testid=pin][data-id="${drop}"]`);
  await page.click('[data-testid=pin-card] [data-testid=pin-delete]');
  await page.click('[data-testid=pin-card] [data-testid=pin-delete-confirm]');
  await page.waitForSelector(`[data-testid=pin][data-id="${drop}"]`, { state: 'detached' });
  await page.reload();
  await page.waitForSelector(`[data-testid=pin][data-id="${keep}"]`);
  assert.equal(await page.locator(`[data-testid=pin][data-id="${drop}"]`).count(), 0);
  await page.click(`[data-testid=pin][data-id="${keep}"]`);
  assert.match(await page.textContent('[data-testid=pin-card]'), /Hier scheint altijd de zon/);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a pin made in one tab appears in another tab of the same device', async () => {
  const first = await openMap(env, HENGSTDAL);
  const second = await first.context().newPage();
  await second.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template, ...HENGSTDAL }));
  await second.waitForSelector('[data-testid=map][data-zoom]');
  const { id } = await addPin(first, 'dream', async () => {
    await first.fill('[data-testid=pin-title]', 'Een bankje bij de speeltuin');
  });
  await second.waitForSelector(`[data-testid=pin][data-id="${id}"]`, { timeout: 5000 });
  await first.click(`[data-testid=pin][data-id="${id}"]`);
  await first.click('[data-testid=pin-card] [data-testid=pin-delete]');
  await first.click('[data-testid=pin-card] [data-testid=pin-delete-confirm]');
  await second.waitForSelector(`[data-testid=pin][data-id="${id}"]`, { state: 'detached', timeout: 5000 });
  await first.close();
});

test("a beauty's photo is still there after a reload", async () => {
  const page = await openMap(env, HENGSTDAL);
  const { id } = await addPin(page, 'beauty', async () => {
    await page.setInputFiles('[data-testid=pin-photo]', photoFile());
    await page.waitForSelector('.photo-preview');
  });
  await page.reload();
  await page.click(`[data-testid=pin][data-id="${id}"]`);
  const img = page.locator('[data-testid=pin-card] img.photo');
  await img.waitFor();
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth === 64), 'the stored JPEG shows');
  await page.close();
});
