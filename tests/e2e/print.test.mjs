// The wijkplaat (issue 18): `/print` shows the week's pins as a poster (hidden pins and pins
// waiting for an OK left out), Chromium prints it with print media to an A3 landscape PDF, and
// every shown pin's title is in the PDF's text (read with poppler's pdftotext, installed by
// `scripts/setup --browser`). Without tiles the map is a plain outline and the PDF still
// holds every title.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { setup, openApp, startTiles, scratchDir } from './harness.mjs';

const env = setup();
// Screenshots of the poster for a person to look at: `PRINT_SHOTS=dir node --test …`.
const shots = process.env.PRINT_SHOTS;

const now = new Date(Date.now() - 60_000).toISOString();
const yesterday = new Date(Date.now() - 26 * 3600_000).toISOString();

function pinFeature(kind, title, lat, lon, extra = {}) {
  const id = crypto.randomUUID();
  const created = extra.created_at ?? now;
  return {
    id,
    title,
    feature: {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { id, kind, title, created_at: created, updated_at: created, ...extra },
    },
  };
}

function heart(pin) {
  return {
    type: 'Feature',
    geometry: null,
    properties: { id: crypto.randomUUID(), contribution: 'heart', pin, created_at: now, updated_at: now },
  };
}

/** A week of pins in Hengstdal: shown ones of every kind, one hidden, one waiting. */
function week() {
  const shown = [
    pinFeature('beauty', 'De bloeiende blauwe regen', 51.8381, 5.8852, { created_at: yesterday }),
    pinFeature('beauty', 'Muurschildering bij de school', 51.8362, 5.8891),
    // Two beauties on nearly the same spot: their markers must not cover each other.
    pinFeature('beauty', 'Het vogelhuisje van Ahmed', 51.83621, 5.88912),
    pinFeature('place', 'Het bankje bij de vijver', 51.8373, 5.8868, {
      symbol: 'tree', quote: 'Hier zat mijn opa elke ochtend met de krant.',
    }),
    pinFeature('place', 'De speeltuin van vroeger', 51.8349, 5.8903, {
      symbol: 'sun', quote: 'Je bent altijd vrij om je pad te kiezen',
    }),
    pinFeature('dream', 'Een buurtkeuken', 51.8366, 5.8841, { status: 'chosen' }),
    pinFeature('dream', 'Moestuin op het pleintje', 51.8389, 5.8899, { status: 'done' }),
    pinFeature('dream', 'Een jeu-de-boulesbaan', 51.8355, 5.8860),
  ];
  const hidden = pinFeature('beauty', 'Verborgen door de organisator', 51.8370, 5.8880, { hidden: true });
  const waiting = pinFeature('place', 'Wacht nog op een OK', 51.8368, 5.8875, { waiting: true, owner: 'a'.repeat(64) });
  const kitchen = shown[5].id;
  const garden = shown[6].id;
  const features = [
    ...[...shown, hidden, waiting].map((p) => p.feature),
    heart(kitchen), heart(kitchen), heart(garden),
  ];
  const file = path.join(scratchDir('oase-print-'), 'week.geojson');
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', oase: 2, features }));
  return { file, shown, hidden, waiting, kitchen, garden, added: features.length };
}

/** Imports the week in settings, then follows the settings' link to the poster. */
async function openPoster(params, viewport = { width: 1920, height: 1080 }) {
  const data = week();
  const page = await openApp(env, '/settings', params, { viewport });
  await page.setInputFiles('[data-testid=import-file]', data.file);
  await page.waitForSelector(`[data-testid=import-result][data-added="${data.added}"]`);
  await page.click('[data-testid=print-link]');
  await page.waitForSelector('[data-testid=print-page]');
  assert.equal(new URL(page.url()).pathname, '/print');
  return { page, data };
}

/** Prints the page to an A3 (or `format`) landscape PDF; its text (pdftotext), pages and bytes. */
async function printPdf(page, name, format = 'A3') {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format, landscape: true, printBackground: true });
  const dir = scratchDir('oase-print-pdf-');
  const file = path.join(dir, `${name}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(info.match(/^Pages:\s+(\d+)/m)?.[1]);
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    fs.copyFileSync(file, path.join(shots, `${name}.pdf`));
  }
  return { text: text.replace(/\s+/g, ' '), pages, bytes: pdf.length, file };
}

async function assertShown(page, data) {
  const ids = await page.locator('[data-testid=print-pin]').evaluateAll((els) => els.map((e) => e.dataset.id));
  assert.deepEqual(new Set(ids), new Set(data.shown.map((p) => p.id)), 'one print-pin per shown pin');
  assert.equal(ids.length, data.shown.length);
  for (const left of [data.hidden, data.waiting]) {
    assert.equal(await page.locator(`[data-testid=print-pin][data-id="${left.id}"]`).count(), 0, left.title);
  }
}

test('the poster shows every visible pin and prints as an A3 PDF with all their titles', async () => {
  const { page, data } = await openPoster({ lat: 51.837, lon: 5.887, z: 16 });
  await page.waitForSelector('[data-testid=print-map][data-tiles=loaded]', { timeout: 15000 });
  await assertShown(page, data);

  // Counts per kind, the dream's status and hearts, a place's quote.
  const count = (k) => page.getAttribute(`[data-testid=print-count][data-kind=${k}]`, 'data-count');
  assert.deepEqual([await count('beauty'), await count('place'), await count('dream')], ['3', '2', '3']);
  const kitchen = page.locator(`[data-testid=print-pin][data-id="${data.kitchen}"]`);
  assert.match(await kitchen.textContent(), /gekozen/);
  assert.match(await kitchen.textContent(), /2 hartjes/);
  assert.match(await page.locator(`[data-testid=print-pin][data-id="${data.garden}"]`).textContent(), /gelukt.*1 hartje/);
  assert.match(await page.locator('[data-testid=print-page]').textContent(), /opa elke ochtend/);
  // Every marker is numbered once, and the two beauties on one spot do not cover each other.
  const numbers = await page.locator('.poster-svg .map-marker text').allTextContents();
  assert.deepEqual(numbers.map(Number).sort((a, b) => a - b), data.shown.map((_, i) => i + 1));
  const boxes = await page.locator('.poster-svg .map-marker').evaluateAll((els) => els.map((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, w: r.width };
  }));
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const d = Math.hypot(boxes[i].x - boxes[j].x, boxes[i].y - boxes[j].y);
      assert.ok(d >= boxes[i].w * 0.8, `markers ${i} and ${j} overlap (${d.toFixed(1)} px apart)`);
    }
  }
  if (shots) await page.screenshot({ path: path.join(shots, 'print-screen-1920.png'), fullPage: true });

  // The print button is on screen, not on paper.
  assert.ok(await page.locator('[data-testid=print-now]').isVisible());
  const pdf = await printPdf(page, 'wijkplaat');
  assert.equal(await page.locator('[data-testid=print-now]').isVisible(), false, 'no button on paper');
  if (shots) await page.screenshot({ path: path.join(shots, 'print-media-1920.png'), fullPage: true });
  for (const p of data.shown) assert.ok(pdf.text.includes(p.title), `"${p.title}" in the PDF`);
  for (const p of [data.hidden, data.waiting]) assert.ok(!pdf.text.includes(p.title), `"${p.title}" not in the PDF`);
  assert.match(pdf.text, /Wijkplaat/i);
  assert.match(pdf.text, /Je bent altijd vrij om je pad te kiezen/);
  assert.ok(pdf.pages >= 1 && pdf.pages <= 2, `${pdf.pages} pages`);
  console.log(`figure: print: pages=${pdf.pages} bytes=${pdf.bytes} (A3 landscape, ${data.shown.length} pins, tiles)`);
  // On A4 landscape the same sheet, smaller.
  const a4 = await printPdf(page, 'wijkplaat-a4', 'A4');
  for (const p of data.shown) assert.ok(a4.text.includes(p.title), `"${p.title}" in the A4 PDF`);
  assert.ok(a4.pages <= 2, `${a4.pages} A4 pages`);
  console.log(`figure: print A4: pages=${a4.pages} bytes=${a4.bytes}`);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('without tiles the poster draws the outline and the PDF still holds every title', async () => {
  // A tile server that answers every tile with an error: as offline with no tiles cached.
  const tiles = await startTiles({ failPattern: /./ });
  try {
    const { page, data } = await openPoster({ tiles: tiles.template, lat: 51.837, lon: 5.887, z: 16 });
    await page.waitForSelector('[data-testid=print-map][data-tiles=outline]', { timeout: 15000 });
    await assertShown(page, data);
    assert.ok(tiles.requests.length > 0, 'the tiles were asked for');
    assert.match(await page.locator('.legend-source').textContent(), /zonder ondergrond/);
    assert.match(await page.locator('.poster-svg .area').getAttribute('d'), /^M.*A.*z$/, 'the area drawn');
    const pdf = await printPdf(page, 'wijkplaat-outline');
    if (shots) await page.screenshot({ path: path.join(shots, 'print-outline-1920.png'), fullPage: true });
    for (const p of data.shown) assert.ok(pdf.text.includes(p.title), `"${p.title}" in the PDF`);
    console.log(`figure: print: pages=${pdf.pages} bytes=${pdf.bytes} (A3 landscape, ${data.shown.length} pins, outline)`);
    // Only the tiles failed.
    assert.deepEqual(page.__errors.filter((e) => !e.includes('Failed to load resource')), []);
    await page.close();
  } finally {
    await tiles.close();
  }
});
