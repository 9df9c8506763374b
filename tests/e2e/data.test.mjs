// Export and import: one device's pins read on another, a second import changes nothing, a bad
// file changes nothing, other tools' GeoJSON becomes pins.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, appUrl, photoFile, openApp, addPin, scratchDir } from './harness.mjs';

// Part of a real OpenStreetMap export (© OpenStreetMap contributors, ODbL): see its README.
const osm = new URL('../fixtures/osm/amsterdam-watergraafsmeer.geojson', import.meta.url).pathname;

const env = setup();

async function importFile(page, file) {
  await page.setInputFiles('[data-testid=import-file]', file);
  const result = page.locator('[data-testid=import-result]');
  await result.waitFor();
  const n = async (a) => Number(await result.getAttribute(a));
  const counts = { added: await n('data-added'), updated: await n('data-updated'), rejected: await n('data-rejected') };
  return counts;
}

test('pins exported on one device import on another, once', async () => {
  const one = await openApp(env, '/');
  await one.waitForSelector('[data-testid=map]');
  await addPin(one, 'dream', 'Een moestuin', { move: 2 });
  await addPin(one, 'beauty', 'De rozenboog', { move: 2 });
  await one.click('nav >> text=Instellingen');
  const [download] = await Promise.all([one.waitForEvent('download'), one.click('[data-testid=export-geojson]')]);
  const file = path.join(scratchDir('oase-export-'), download.suggestedFilename());
  await download.saveAs(file);
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(json.type, 'FeatureCollection');
  assert.equal(json.oase, 2);
  assert.deepEqual(json.features.map((f) => f.properties.title).sort(), ['De rozenboog', 'Een moestuin']);
  assert.equal(json.features[0].geometry.type, 'Point');
  assert.ok(await one.locator('[data-testid=storage-status][data-persisted]').count() === 1);
  await one.close();

  const two = await openApp(env, '/settings');
  await two.waitForSelector('[data-testid=import-file]');
  assert.deepEqual(await importFile(two, file), { added: 2, updated: 0, rejected: 0 });
  assert.deepEqual(await importFile(two, file), { added: 0, updated: 0, rejected: 0 }, 'nothing doubles');
  // Exported again from the second device: the very same pins, field for field.
  const [again] = await Promise.all([two.waitForEvent('download'), two.click('[data-testid=export-geojson]')]);
  const copy = JSON.parse(fs.readFileSync(await again.path(), 'utf8'));
  const byId = (fc) => [...fc.features].sort((a, b) => a.properties.id.localeCompare(b.properties.id));
  assert.deepEqual(byId(copy), byId(json));
  await two.click('nav >> text=Lijst');
  await two.waitForSelector('[data-testid=pin-row]');
  assert.equal(await two.locator('[data-testid=pin-row]').count(), 2);
  await two.close();
});

test('a file that is not GeoJSON changes nothing and says so', async () => {
  const page = await openApp(env, '/settings');
  await page.waitForSelector('[data-testid=import-file]');
  const bad = path.join(scratchDir('oase-bad-'), 'kapot.geojson');
  fs.writeFileSync(bad, '{"type": "FeatureCollection", "features": [');
  await page.setInputFiles('[data-testid=import-file]', bad);
  const result = page.locator('[data-testid=import-result]');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-added'), '0');
  assert.match(await result.textContent(), /niet lezen.*niets veranderd/);
  await page.click('nav >> text=Lijst');
  assert.equal(await page.locator('[data-testid=pin-row]').count(), 0);
  await page.close();
});

test("other tools' GeoJSON: points become pins of the chosen kind, shapes are skipped", async () => {
  const page = await openApp(env, '/settings');
  await page.waitForSelector('[data-testid=import-file]');
  const points = JSON.parse(fs.readFileSync(osm, 'utf8')).features.filter((f) => f.geometry?.type === 'Point').length;
  await page.selectOption('[data-testid=import-kind]', 'place');
  await page.setInputFiles('[data-testid=import-file]', osm);
  const result = page.locator('[data-testid=import-result]');
  await result.waitFor();
  assert.equal(Number(await result.getAttribute('data-added')), points);
  assert.match(await result.textContent(), /lijnen of vlakken/);
  await page.close();
});

test('CSV (with BOM, lat/lon columns) and GPX (waypoints) exports hold the live pins', async () => {
  const page = await openApp(env, '/');
  await page.waitForSelector('[data-testid=map]');
  await addPin(page, 'place', 'Café "De Hoek", Hengstdal', { move: 2 });
  await page.click('nav >> text=Instellingen');
  const save = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${id}]`)]);
    const file = path.join(scratchDir('oase-export-'), download.suggestedFilename());
    await download.saveAs(file);
    return fs.readFileSync(file);
  };
  const csv = await save('export-csv');
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 byte order mark');
  const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
  assert.equal(lines[0].split(',').slice(0, 4).join(','), 'id,kind,lat,lon');
  assert.equal(lines.length, 2);
  assert.match(lines[1], /,place,51\.\d+,5\.\d+,"Café ""De Hoek"", Hengstdal",/);
  const gpx = (await save('export-gpx')).toString('utf8');
  assert.match(gpx, /<gpx version="1\.1"/);
  assert.equal((gpx.match(/<wpt /g) ?? []).length, 1);
  assert.match(gpx, /<name>Café "De Hoek", Hengstdal<\/name>|<name>Café &quot;De Hoek&quot;, Hengstdal<\/name>/);
  await page.close();
});

function tempFile(name, content) {
  const file = path.join(scratchDir('oase-file-'), name);
  fs.writeFileSync(file, content);
  return file;
}

test('spreadsheets and GPS files import; the same file twice adds nothing', async () => {
  const page = await openApp(env, '/settings');
  await page.waitForSelector('[data-testid=import-file]');
  await page.selectOption('[data-testid=import-kind]', 'beauty');
  // A Dutch spreadsheet: semicolons, decimal commas, columns named its own way.
  const csv = tempFile('buurt.csv', '\ufeffNaam;geo_Latitude;geo_Longitude;Omschrijving\r\n' +
    'Muurschildering;51,8121;5,8702;Kleurrijk\r\n"Tuin ""De Hof""";51,8130;5,8690;\r\n');
  assert.deepEqual(await importFile(page, csv), { added: 2, updated: 0, rejected: 0 });
  assert.deepEqual(await importFile(page, csv), { added: 0, updated: 0, rejected: 0 });
  const gpx = tempFile('route.gpx', `<?xml version="1.0"?><gpx version="1.1" creator="GPS">
    <wpt lat="51.8111" lon="5.8755"><name>Bankje &amp; boom</name><desc>Bij de vijver</desc></wpt>
    <trk><name>Rondje</name><trkseg><trkpt lat="51.81" lon="5.87"/><trkpt lat="51.82" lon="5.88"/></trkseg></trk></gpx>`);
  assert.deepEqual(await importFile(page, gpx), { added: 1, updated: 0, rejected: 0 });
  assert.match(await page.locator('[data-testid=import-result]').textContent(), /1 lijnen of vlakken/);
  await page.click('nav >> text=Lijst');
  await page.waitForSelector('[data-testid=pin-row]');
  const rows = await page.locator('[data-testid=pin-row]').allTextContents();
  assert.equal(rows.length, 3);
  assert.ok(rows.some((r) => r.includes('Tuin "De Hof"')) && rows.some((r) => r.includes('Bankje & boom')));
  assert.equal(await page.locator('[data-testid=pin-row][data-kind=beauty]').count(), 3);
  await page.close();
});

test('each kind of bad file changes nothing and names the problem', async () => {
  const page = await openApp(env, '/settings');
  await page.waitForSelector('[data-testid=import-file]');
  const id = (n) => `00000000-0000-4000-8000-00000000000${n}`;
  const props = (n, extra = {}) => ({ id: id(n), kind: 'dream', title: `Droom ${n}`,
    created_at: '2026-11-20T10:00:00Z', updated_at: '2026-11-20T10:00:00Z', ...extra });
  const point = (lon, lat) => ({ type: 'Point', coordinates: [lon, lat] });
  const fc = (...features) => JSON.stringify({ type: 'FeatureCollection', oase: 1,
    features: features.map(([geometry, properties]) => ({ type: 'Feature', geometry, properties })) });
  const good = tempFile('goed.geojson', fc([point(5.87, 51.81), props(1)], [point(5.88, 51.82), props(2)]));
  assert.deepEqual(await importFile(page, good), { added: 2, updated: 0, rejected: 0 });

  const newer = { updated_at: '2026-11-24T10:00:00Z', title: 'Veranderd' };
  const cases = [
    ['lijn.geojson', fc([point(5.87, 51.81), props(1, newer)],
      [{ type: 'LineString', coordinates: [[5.87, 51.81], [5.88, 51.82]] }, props(3)]), /Pin 2 in het bestand: dat is geen punt/],
    ['ver.geojson', fc([point(5.87, 51.81), props(1, newer)], [point(5.87, 95), props(3)]), /Pin 2 in het bestand: deze plek ligt buiten de kaart/i],
    ['leeg-punt.geojson', fc([point(5.87, 51.81), props(1, newer)], [{ type: 'Point', coordinates: [] }, props(3)]), /Pin 2 in het bestand: de plek/],
    ['soort.geojson', fc([point(5.87, 51.81), props(1, newer)], [point(5.87, 51.81), { ...props(3), kind: undefined }]), /Pin 2 in het bestand: er staat niet bij/],
    ['lang.geojson', fc([point(5.87, 51.81), props(1, newer)], [point(5.87, 51.81), props(3, { title: 'x'.repeat(121) })]), /Pin 2 in het bestand: De titel is te lang: 121 tekens/],
    ['dubbel.geojson', fc([point(5.87, 51.81), props(3)], [point(5.88, 51.81), props(3)]), /Pin 2 in het bestand heeft hetzelfde id/],
    ['leeg.geojson', '', /leeg/],
    ['kapot.csv', 'naam,plaats\nBankje,hier\n', /geen kolommen voor de plek/],
  ];
  for (const [name, content, message] of cases) {
    const counts = await importFile(page, tempFile(name, content));
    assert.equal(counts.added + counts.updated, 0, name);
    const text = await page.locator('[data-testid=import-result]').textContent();
    assert.match(text, message, name);
    assert.match(text, /Er is niets veranderd\./, name);
  }
  // 50 MB: refused before it is read.
  const huge = tempFile('groot.geojson', Buffer.alloc(50 * 1024 * 1024, 0x20));
  assert.equal((await importFile(page, huge)).added, 0);
  assert.match(await page.locator('[data-testid=import-result]').textContent(), /te groot \(52\.4 MB\)/);

  await page.click('nav >> text=Lijst');
  await page.waitForSelector('[data-testid=pin-row]');
  assert.deepEqual((await page.locator('[data-testid=pin-row]').allTextContents()).map((t) => t.match(/Droom \d/)?.[0]).sort(), ['Droom 1', 'Droom 2']);
  await page.reload();
  await page.waitForSelector('[data-testid=pin-row]');
  assert.equal(await page.locator('[data-testid=pin-row]').count(), 2);
  await page.close();
});

test('a zip export carries the photos; imported on another device they show', async () => {
  const one = await openApp(env, '/');
  await one.waitForSelector('[data-testid=map]');
  await one.click('[data-testid=add-pin]');
  await one.click('[data-testid=kind-beauty]');
  await one.fill('[data-testid=pin-title]', 'De geveltuin');
  await one.setInputFiles('[data-testid=pin-photo]', photoFile());
  await one.waitForSelector('.photo-preview');
  await one.click('[data-testid=pin-save]');
  const id = await one.locator('[data-testid=pin-card]').getAttribute('data-id');
  await one.click('nav >> text=Instellingen');
  const [download] = await Promise.all([one.waitForEvent('download'), one.click('[data-testid=export-zip]')]);
  const file = path.join(scratchDir('oase-zip-'), download.suggestedFilename());
  await download.saveAs(file);
  assert.match(file, /oase-\d{4}-\d{2}-\d{2}\.zip$/);
  const zip = fs.readFileSync(file);
  assert.equal(zip.readUInt32LE(0), 0x04034b50, 'a zip');
  assert.ok(zip.includes(Buffer.from('photos/')) && zip.includes(Buffer.from([0xff, 0xd8, 0xff])), 'a JPEG in photos/');
  await one.close();

  const two = await openApp(env, '/settings');
  assert.deepEqual(await importFile(two, file), { added: 1, updated: 0, rejected: 0 });
  await two.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template }));
  await two.click(`[data-testid=pin][data-id="${id}"]`);
  const img = two.locator('[data-testid=pin-card] img.photo');
  await img.waitFor();
  assert.ok(await img.evaluate((i) => i.complete && i.naturalWidth === 64), 'the photo came along');
  await two.close();
});
