// Upload to a real WebDAV collection point (Debian's nginx), through a proxy that fails 30 % of
// the requests, while the browser goes offline and online: every pin arrives exactly once.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setup, newPage, appUrl, openApp, addPin, scratchDir } from './harness.mjs';
import { startDav, startFaultProxy } from './dav.mjs';

const env = setup();
const dist = process.env.OASE_DIST ?? new URL('../../dist', import.meta.url).pathname;
let dav;
before(async () => { dav = await startDav(); });
after(async () => { await dav?.stop(); });

async function configure(page, { url, user = 'oase', password = 'geheim', event = 'Buurtweek Hengstdal', pull = false }) {
  await page.fill('[data-testid=upload-url]', url);
  await page.fill('[data-testid=upload-user]', user);
  await page.fill('[data-testid=upload-password]', password);
  await page.fill('[data-testid=upload-event]', event);
  if (pull) await page.check('[data-testid=upload-pull]');
}

function pinsFile(n, from) {
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [5.86 + ((from + i) % 20) * 0.001, 51.80 + Math.floor((from + i) / 20) * 0.001] },
    properties: { id: crypto.randomUUID(), kind: ['beauty', 'place', 'dream'][i % 3], title: `Pin ${from + i}`,
      created_at: '2026-11-23T10:00:00Z', updated_at: '2026-11-23T10:00:00Z' },
  }));
  const file = path.join(scratchDir('oase-up-'), `pins-${from}.geojson`);
  fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', oase: 1, features }));
  return file;
}

async function status(page) {
  const s = page.locator('[data-testid=upload-status]');
  return { pending: Number(await s.getAttribute('data-pending')), sent: Number(await s.getAttribute('data-sent')) };
}

test('200 pins reach the server exactly once through faults and offline spells; a second device pulls them', async () => {
  const proxy = await startFaultProxy(dav.folderUrl, { failRate: 0.3, dropRate: 0.05, seed: 11 });
  const page = await openApp(env, '/settings');
  await configure(page, { url: proxy.url });
  await page.click('[data-testid=upload-save]');
  const started = Date.now();
  for (let round = 0; round < 4; round += 1) {
    await page.context().setOffline(round % 2 === 1);
    await page.setInputFiles('[data-testid=import-file]', pinsFile(50, round * 50));
    await page.waitForSelector('[data-testid=import-result][data-added="50"]');
    await page.waitForTimeout(1500);
  }
  await page.context().setOffline(false);
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid=upload-status]');
    return s && s.dataset.pending === '0' && s.dataset.sent === '200';
  }, null, { timeout: 180000 });
  const took = Date.now() - started;

  // On the server: each pin once, equal to the device's own data.
  const folder = path.join(dav.dir, 'buurtweek-hengstdal');
  const files = fs.readdirSync(folder).filter((f) => f.endsWith('.geojson'));
  assert.equal(files.length, 200);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-geojson]')]);
  const device = JSON.parse(fs.readFileSync(await download.path(), 'utf8')).features;
  for (const f of device) {
    const stored = JSON.parse(fs.readFileSync(path.join(folder, `${f.properties.id}.geojson`), 'utf8'));
    assert.deepEqual(stored, f);
  }
  const s = proxy.stats;
  console.log(`figure: upload of 200 pins through 30 % failures and 2 offline spells: ${took} ms; proxy ${JSON.stringify(s)}`);
  await page.close();
  await proxy.stop();

  // The celebration screen's device reads the collection.
  const screen = await openApp(env, '/settings');
  await configure(screen, { url: dav.folderUrl, pull: true });
  await screen.click('[data-testid=upload-save]');
  await screen.click('nav >> text=Lijst');
  await screen.waitForFunction(() => document.querySelectorAll('[data-testid=pin-row]').length === 200, null, { timeout: 30000 });
  await screen.close();
});

test('wrong password, a missing folder and a server without CORS each say what is wrong', async () => {
  const page = await openApp(env, '/settings');
  const result = page.locator('[data-testid=upload-test-result]');
  const check = async (options, message) => {
    await configure(page, options);
    await page.click('[data-testid=upload-test]');
    await result.waitFor();
    assert.match(await result.textContent(), message);
  };
  await check({ url: dav.folderUrl }, /De verbinding werkt/);
  await check({ url: dav.folderUrl, password: 'fout' }, /wachtwoord klopt niet/);
  await check({ url: `${dav.folderUrl}bestaat-niet/` }, /map bestaat niet/);
  const closed = await startDav({ cors: false });
  await check({ url: closed.folderUrl }, /CORS/);
  await closed.stop();
  await check({ url: 'http://127.0.0.1:9/dav/' }, /niet te bereiken/);
  await page.close();
});

test('served beside the folder (same origin), the app offers it and sends pins there', async () => {
  const site = await startDav({ serveDist: dist });
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  await page.goto(`${site.url}/settings?tiles=${encodeURIComponent(env.tiles.template)}`);
  const url = page.locator('[data-testid=upload-url]');
  await page.waitForFunction(() => document.querySelector('[data-testid=upload-url]')?.value.endsWith('/dav/'));
  assert.equal(await url.inputValue(), `${site.url}/dav/`);
  await page.fill('[data-testid=upload-user]', 'oase');
  await page.fill('[data-testid=upload-password]', 'geheim');
  await page.fill('[data-testid=upload-event]', 'Feest');
  await page.click('[data-testid=upload-save]');
  await page.click('nav >> text=Kaart');
  const { id } = await addPin(page, 'dream', async () => {
    await page.fill('[data-testid=pin-title]', 'Een buurtmoestuin');
    assert.match(await page.locator('[data-testid=upload-hint]').textContent(), /verzamelpunt: .*\/dav\/feest\//);
  });
  const file = path.join(site.dir, 'feest', `${id}.geojson`);
  for (let i = 0; i < 50 && !fs.existsSync(file); i += 1) await page.waitForTimeout(200);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).properties.title, 'Een buurtmoestuin');
  // With the offline worker in charge, opening the folder's address still reaches the server
  // (its password prompt), never the app shell.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const opened = await page.goto(`${site.url}/dav/feest/${id}.geojson`).then((r) => `${r.status()}`, (e) => e.message);
  assert.match(opened, /401|ERR_INVALID_AUTH_CREDENTIALS/, 'the server asks for its password');
  const raw = await fetch(`${site.url}/dav/feest/${id}.geojson`);
  assert.equal(raw.headers.get('content-security-policy'), 'sandbox');
  await page.close();
  await site.stop();
});

test('at the kiosk each resident decides for their own pin', async () => {
  const page = await openApp(env, '/settings', {}, { hasTouch: true });
  await configure(page, { url: dav.folderUrl, event: 'Kiosk' });
  await page.click('[data-testid=upload-save]');
  const ids = {};
  for (const [title, agree] of [['Mag gedeeld', true], ['Blijft hier', false]]) {
    await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template }));
    await page.tap('[data-testid=kiosk-start]');
    await page.tap('[data-testid=kind-dream]');
    await page.focus('[data-testid=map]');
    await page.keyboard.press('ArrowRight');
    await page.tap('[data-testid=kiosk-here]');
    await page.fill('[data-testid=pin-title]', title);
    // Through the dream's questions and the first name, to the consent question.
    while (await page.locator('[data-testid=upload-consent]').count() === 0) {
      await page.tap('[data-testid=kiosk-next]');
    }
    if (agree) await page.check('[data-testid=upload-consent]');
    await page.tap('[data-testid=kiosk-next]');
    const box = page.locator('[data-testid=kiosk-thanks]');
    await box.waitFor();
    ids[title] = await box.getAttribute('data-id');
  }
  const folder = path.join(dav.dir, 'kiosk');
  const shared = path.join(folder, `${ids['Mag gedeeld']}.geojson`);
  for (let i = 0; i < 50 && !fs.existsSync(shared); i += 1) await page.waitForTimeout(200);
  assert.ok(fs.existsSync(shared), 'the agreed pin is uploaded');
  await page.waitForTimeout(2500);
  assert.ok(!fs.existsSync(path.join(folder, `${ids['Blijft hier']}.geojson`)), 'the other never leaves the device');
  await page.close();
});

test('a collection folder whose parent is missing on a fresh server is made, level by level', async () => {
  // Like Apache and Nextcloud: a PUT or MKCOL into a folder that is not there answers 409.
  const fresh = await startDav({ fullPutPath: false });
  const page = await openApp(env, '/settings');
  await configure(page, { url: `${fresh.folderUrl}oase/`, event: 'Hengstdal 2026' });
  await page.click('[data-testid=upload-save]');
  await page.click('nav >> text=Kaart');
  const { id } = await addPin(page, 'beauty', 'De oude linde');
  const file = path.join(fresh.dir, 'oase', 'hengstdal-2026', `${id}.geojson`);
  for (let i = 0; i < 50 && !fs.existsSync(file); i += 1) await page.waitForTimeout(200);
  assert.ok(fs.existsSync(file), 'the pin reached the new folder');
  await page.close();
  await fresh.stop();
});

test('a collection point that redirects is not followed: the pin stays pending and the organiser is told', async () => {
  // Answers every write with "303 See Other" to a page that answers 200: a browser that follows
  // it turns the PUT into a GET, and a 200 that stored nothing.
  const seen = [];
  const server = http.createServer((req, res) => {
    seen.push(`${req.method} ${req.url}`);
    req.resume();
    const cors = {
      'access-control-allow-origin': req.headers.origin ?? '*',
      'access-control-allow-credentials': 'true',
      'access-control-allow-methods': 'GET, PUT, MKCOL, PROPFIND, DELETE, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type, Depth',
    };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    if (req.method === 'MKCOL') return res.writeHead(201, cors).end();
    if (req.url.startsWith('/elders')) return res.writeHead(200, cors).end('ok');
    return res.writeHead(303, { ...cors, location: '/elders' }).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const folder = `http://127.0.0.1:${server.address().port}/dav/`;
  const page = await openApp(env, '/settings');
  await configure(page, { url: folder, event: 'Omweg' });
  await page.click('[data-testid=upload-save]');
  await page.click('nav >> text=Kaart');
  await addPin(page, 'dream', 'Een pluktuin');
  await page.click('nav >> text=Instellingen');
  await page.waitForSelector('[data-testid=upload-problem] >> text=ander adres', { timeout: 15000 });
  assert.equal(await page.getAttribute('[data-testid=upload-status]', 'data-pending'), '1');
  assert.ok(!seen.some((l) => l.startsWith('GET /elders')), `not followed: ${seen.join(', ')}`);
  await page.close();
  await new Promise((r) => server.close(r));
});
