// A resident's own phone joins the event from the screen's QR code (issue "join"), against the
// real nginx: the organiser sets the collection and the drop, the screen pulls; a phone opens
// the link decoded from the QR image, adds a dream and sees it sent; the dream reaches the
// screen; a file planted through the drop with the organiser's pin's id changes nothing; the
// phone edits its own dream and the screen follows. Then the same through a stand-in of a
// Nextcloud "File drop" share (PUT only, no PROPFIND, 401 without the share token).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { setup, newPage, appUrl, decodeQr, addPin, openCard, scratchDir } from './harness.mjs';
import { startDav } from './dav.mjs';

const env = setup();
const dist = process.env.OASE_DIST ?? new URL('../../dist', import.meta.url).pathname;
const TOKEN = 'zaad-42';
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
let site;
before(async () => { site = await startDav({ serveDist: dist, drop: { event: 'buurtfeest', token: TOKEN } }); });
after(async () => { await site?.stop(); });

/** The organiser's device: collection folder with pull, and the drop. */
async function organiser(dropUrl, dropUser, dropPassword) {
  const page = await newPage(env.browser, { viewport: { width: 1920, height: 1080 }, bypassCSP: true });
  await page.goto(appUrl(site.url, '/settings', { tiles: env.tiles.template }));
  await page.fill('[data-testid=upload-url]', `${site.url}/dav/`);
  await page.fill('[data-testid=upload-user]', 'oase');
  await page.fill('[data-testid=upload-password]', 'geheim');
  await page.fill('[data-testid=upload-event]', 'Buurtfeest');
  await page.check('[data-testid=upload-pull]');
  await page.click('[data-testid=upload-save]');
  await page.fill('[data-testid=join-drop-url]', dropUrl);
  await page.fill('[data-testid=join-drop-user]', dropUser);
  await page.fill('[data-testid=join-drop-password]', dropPassword);
  await page.click('[data-testid=join-save]');
  await page.waitForSelector('[data-testid=join-link]');
  return page;
}

/** The link as a phone opens it, with this test's tile server and a spot of its own. */
function onPhone(link, spot) {
  const [address, fragment] = link.split('#');
  const q = new URLSearchParams({ tiles: env.tiles.template, ...spot }).toString();
  return `${address}?${q}#${fragment}`;
}

/** A phone adds a pin of `kind` from the map the join link opened (the choice is open). */
async function phoneAdds(phone, kind, title) {
  await phone.tap(`[data-testid=kind-${kind}]`);
  await phone.fill('[data-testid=pin-title]', title);
  assert.ok(await phone.isChecked('[data-testid=upload-consent]'), 'sending is the default');
  await phone.tap('[data-testid=pin-save]');
  const card = phone.locator('[data-testid=pin-card]');
  await card.waitFor();
  const id = await card.getAttribute('data-id');
  await phone.keyboard.press('Escape');
  return id;
}

/** The organiser adds a pin of `kind` on the map; returns its id (its card closed again). */
async function organiserAdds(org, kind, title) {
  await org.goto(appUrl(site.url, '/', { tiles: env.tiles.template }));
  return (await addPin(org, kind, title)).id;
}

const sentCount = (page, n) => page.waitForFunction((n) => {
  const s = document.querySelector('[data-testid=upload-status]');
  return s && s.dataset.sent === String(n) && s.dataset.pending === '0';
}, n, { timeout: 30000 });

test('a phone joins from the QR code on the screen; its dream reaches the screen, a planted file does not, its edit does', async () => {
  const org = await organiser(`${site.url}/drop/buurtfeest/`, 'drop', TOKEN);
  // The organiser's own pin, in the collection.
  const orgPin = await organiserAdds(org, 'beauty', 'De oude lindeboom');
  await org.goto(appUrl(site.url, '/screen', { tiles: env.tiles.template }));
  await org.waitForSelector(`[data-testid=screen-card][data-id="${orgPin}"]`);

  const link = await decodeQr(org);
  assert.ok(link?.startsWith(`${site.url}/join#`), `the QR code joins: ${link?.slice(0, 40)}`);
  const shown = (await org.locator('.screen-join .address').textContent()).trim();
  assert.equal(shown, `${site.url}/join`, 'the screen prints no secret');

  const phone = await newPage(env.browser, PHONE);
  await phone.goto(onPhone(link, { lat: 51.8155, lon: 5.8745, z: 17 }));
  await phone.waitForSelector('[data-testid=kind-dream]');
  assert.equal(new URL(phone.url()).hash, '', 'the secrets leave the address bar');
  assert.match(await phone.locator('[data-testid=join-event]').textContent(), /Buurtfeest/);
  const started = Date.now();
  const dream = await phoneAdds(phone, 'dream', 'Een buurtkeuken');
  await sentCount(phone, 1);
  await org.waitForSelector(`[data-testid=screen-card][data-id="${dream}"]`, { timeout: 60000 });
  console.log(`figure: a phone's dream from "save" to the card on the screen: ${Date.now() - started} ms`);

  // Reloaded (and offline) the phone still knows its event.
  await phone.reload();
  await phone.waitForSelector('[data-testid=join-event]');

  // Someone with the link plants a file with the organiser's pin's id: ignored and counted.
  const now = Date.now();
  const planted = {
    type: 'Feature', geometry: { type: 'Point', coordinates: [5.87, 51.81] },
    properties: { id: orgPin, kind: 'beauty', title: 'Overgenomen!', key: 'een-geheim-van-een-ander-toestel',
      created_at: new Date(now - 60000).toISOString(), updated_at: new Date(now).toISOString() },
  };
  const put = await fetch(`${site.url}/drop/buurtfeest/${orgPin}.${now}.geojson`, {
    method: 'PUT', body: JSON.stringify(planted),
    headers: { Authorization: `Basic ${Buffer.from(`drop:${TOKEN}`).toString('base64')}`, 'Content-Type': 'application/geo+json' },
  });
  assert.equal(put.status, 201);

  // The phone edits its own dream; the screen follows.
  await phone.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  await phone.locator(`[data-testid=pin-row][data-id="${dream}"] button`).tap();
  await phone.tap('[data-testid=pin-edit]');
  await phone.fill('[data-testid=pin-title]', 'Een buurtkeuken met moestuin');
  await phone.tap('[data-testid=pin-save]');
  await phone.locator('[data-testid=pin-card]').waitFor();
  await org.waitForFunction((id) => [...document.querySelectorAll('[data-testid=pin]')]
    .some((m) => m.dataset.id === id && m.title === 'Een buurtkeuken met moestuin')
    || document.querySelector(`[data-testid=screen-card][data-id="${id}"] .title`)?.textContent === 'Een buurtkeuken met moestuin',
  dream, { timeout: 60000 });

  // The organiser's pin is unchanged, and the settings count the refused file.
  await org.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  assert.match(await org.locator(`[data-testid=pin-row][data-id="${orgPin}"] .title`).textContent(), /De oude lindeboom/);
  await org.goto(appUrl(site.url, '/settings', { tiles: env.tiles.template }));
  await org.waitForSelector('[data-testid=upload-refused][data-count="1"]', { timeout: 30000 });
  // On the server: the phone's pins are in the collection without the phone's secret.
  const file = path.join(site.dir, 'buurtfeest', `${dream}.geojson`);
  for (let i = 0; i < 50 && !fs.existsSync(file); i += 1) await new Promise((r) => setTimeout(r, 200));
  const stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(stored.properties.key, undefined);
  assert.match(stored.properties.owner, /^[0-9a-f]{64}$/);
  // (Failed requests are expected: a folder not made yet, the probe for /dav/ without a password.)
  const crashes = (page) => page.__errors.filter((e) => e.startsWith('pageerror'));
  assert.deepEqual(crashes(org), []);
  assert.deepEqual(crashes(phone), []);
  await phone.close();
  await org.close();
});

test('the organiser hides a pin from the screen; it stays in the list, marked', async () => {
  const org = await organiser(`${site.url}/drop/buurtfeest/`, 'drop', TOKEN);
  const id = await organiserAdds(org, 'place', 'Het bankje van oma');
  await openCard(org, id);
  await org.click('[data-testid=pin-hide]');
  await org.waitForSelector('[data-testid=pin-hide][data-hidden="true"]');
  await org.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  await org.waitForSelector(`[data-testid=pin-row][data-id="${id}"][data-hidden="true"]`);
  await org.goto(appUrl(site.url, '/screen', { tiles: env.tiles.template }));
  await org.waitForSelector('[data-testid=screen-count][data-kind=place]');
  assert.equal(await org.locator('[data-testid=screen-count][data-kind=place]').getAttribute('data-count'), '0');
  assert.equal(await org.locator(`[data-testid=pin][data-id="${id}"]`).count(), 0);
  await org.close();
});

test('with "after my OK", a phone\'s pin waits in settings, off the screen, until the organiser approves it', async () => {
  const org = await organiser(`${site.url}/drop/buurtfeest/`, 'drop', TOKEN);
  await org.check('[data-testid=join-hold]');
  await org.click('[data-testid=join-save]');
  const link = await org.locator('[data-testid=join-link]').inputValue();
  const phone = await newPage(env.browser, PHONE);
  await phone.goto(onPhone(link, { lat: 51.8152, lon: 5.8742, z: 17 }));
  await phone.waitForSelector('[data-testid=kind-dream]');
  const id = await phoneAdds(phone, 'dream', 'Een jeu-de-boulesbaan');
  await sentCount(phone, 1);
  const row = org.locator(`[data-testid=join-waiting] li[data-id="${id}"]`);
  await row.waitFor({ timeout: 30000 });
  await row.locator('[data-testid=join-approve]').click();
  await row.waitFor({ state: 'detached' });
  await org.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  await org.waitForSelector(`[data-testid=pin-row][data-id="${id}"][data-hidden="false"]`);
  await phone.close();
  await org.close();
});

test('with the map published, a joined phone sees everyone\'s pins beside its own, read-only and without personal details', async () => {
  const org = await organiser(`${site.url}/drop/buurtfeest/`, 'drop', TOKEN);
  await org.check('[data-testid=join-publish]');
  await org.fill('[data-testid=join-snapshot-url]', '/kaart/buurtfeest.geojson');
  await org.click('[data-testid=join-save]');
  const orgPin = await organiserAdds(org, 'place', 'De speeltuin');
  await org.goto(appUrl(site.url, '/settings', { tiles: env.tiles.template }));
  const link = await org.locator('[data-testid=join-link]').inputValue();
  assert.match(link, /&s=/, 'the link carries the map\'s address');
  // Anyone reads the published map, without a password; it holds nothing personal.
  let text = '';
  for (let i = 0; i < 60 && !text.includes(orgPin); i += 1) {
    await new Promise((r) => setTimeout(r, 500));
    const got = await fetch(`${site.url}/kaart/buurtfeest.geojson`);
    text = got.ok ? await got.text() : '';
  }
  assert.ok(text.includes(orgPin), 'published within 30 s');
  assert.ok(!/"owner"|"key"|"upload"/.test(text));
  assert.equal((await fetch(`${site.url}/kaart/buurtfeest.geojson`, { method: 'PUT', body: '{}' })).status, 403);

  const phone = await newPage(env.browser, PHONE);
  await phone.goto(onPhone(link, { lat: 51.8155, lon: 5.8745, z: 15 }));
  await phone.waitForSelector('[data-testid=kind-dream]');
  await phone.keyboard.press('Escape');
  await phone.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  await phone.waitForSelector(`[data-testid=pin-row][data-id="${orgPin}"]`, { timeout: 30000 });
  await phone.locator(`[data-testid=pin-row][data-id="${orgPin}"] button`).tap();
  await phone.locator('[data-testid=pin-card]').waitFor();
  assert.equal(await phone.locator('[data-testid=pin-edit]').count(), 0, 'someone else\'s pin is not edited here');
  await phone.close();
  await org.close();
});

test('a phone joins in with a dream of the published map; its contact reaches the organiser, never the screen or the published map', async () => {
  const org = await organiser(`${site.url}/drop/buurtfeest/`, 'drop', TOKEN);
  await org.check('[data-testid=join-publish]');
  await org.fill('[data-testid=join-snapshot-url]', '/kaart/buurtfeest.geojson');
  await org.click('[data-testid=join-save]');
  const dream = await organiserAdds(org, 'dream', 'Een buurtkeuken');
  await org.goto(appUrl(site.url, '/settings', { tiles: env.tiles.template }));
  const link = await org.locator('[data-testid=join-link]').inputValue();

  const phone = await newPage(env.browser, PHONE);
  await phone.goto(onPhone(link, { lat: 51.8155, lon: 5.8745, z: 15 }));
  await phone.waitForSelector('[data-testid=kind-dream]');
  await phone.keyboard.press('Escape');
  await phone.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  await phone.locator(`[data-testid=pin-row][data-id="${dream}"] button`).tap({ timeout: 30000 });
  await phone.tap('[data-testid=pledge-add]');
  await phone.fill('[data-testid=pledge-text]', 'Ik kook de eerste keer');
  await phone.fill('[data-testid=pledge-talents]', 'koken');
  await phone.fill('[data-testid=pledge-name]', 'Samira');
  await phone.fill('[data-testid=pledge-contact]', 'samira@example.org');
  await phone.tap('[data-testid=pledge-save]');
  const mine = phone.locator('[data-testid=pledge]');
  await mine.waitFor();
  assert.doesNotMatch(await mine.textContent(), /samira@example/, 'not even the phone shows a contact on a card');
  await sentCount(phone, 1);

  // The organiser's device takes it in from the inbox, with the contact.
  await org.goto(appUrl(site.url, '/list', { tiles: env.tiles.template }));
  await org.locator(`[data-testid=pin-row][data-id="${dream}"] button`).click();
  const got = org.locator('[data-testid=pin-card] [data-testid=pledge]');
  await got.waitFor({ timeout: 40000 });
  assert.match(await got.textContent(), /Ik kook de eerste keer[\s\S]*Samira[\s\S]*samira@example\.org/);
  // The published map and the screen: never the contact.
  const published = await (await fetch(`${site.url}/kaart/buurtfeest.geojson`)).text();
  assert.ok(published.includes(dream) && !published.includes('samira@'));
  await org.goto(appUrl(site.url, '/screen', { tiles: env.tiles.template }));
  const card = org.locator(`[data-testid=screen-card][data-id="${dream}"]`);
  await card.waitFor();
  assert.match(await card.textContent(), /Samira/);
  assert.doesNotMatch(await org.evaluate(() => document.body.innerText), /samira@/);
  await phone.close();
  await org.close();
});

/** A stand-in for a Nextcloud "File drop" share: PUT only to /public.php/webdav/{name}, with the
 * share token as user; no PROPFIND, no GET; 401 without the token. Keeps what it was given. */
async function startFileDrop(token) {
  const dir = scratchDir('oase-filedrop-');
  const cors = {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'PUT, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  };
  const server = http.createServer((req, res) => {
    if (req.method === 'OPTIONS') { res.writeHead(204, cors); res.end(); return; }
    const auth = req.headers.authorization ?? '';
    const [user] = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString().split(':');
    if (user !== token) { res.writeHead(401, { ...cors, 'WWW-Authenticate': 'Basic realm="Nextcloud"' }); res.end(); return; }
    const m = req.url.match(/^\/public\.php\/webdav\/([^/]+)$/);
    if (req.method !== 'PUT' || !m) { res.writeHead(405, cors); res.end(); return; }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      fs.writeFileSync(path.join(dir, path.basename(decodeURIComponent(m[1]))), Buffer.concat(chunks));
      res.writeHead(201, cors);
      res.end();
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, dir, stop: () => new Promise((r) => server.close(r)) };
}

test('a Nextcloud file-drop share link works as the drop: the phone writes through public.php/webdav', async () => {
  const share = 'Hx7kQ2mP9wZr4tB';
  const nc = await startFileDrop(share);
  try {
    const org = await organiser(`${nc.url}/s/${share}`, '', '');
    const link = await org.locator('[data-testid=join-link]').inputValue();
    await org.close();
    const phone = await newPage(env.browser, PHONE);
    await phone.goto(onPhone(link, { lat: 51.8150, lon: 5.8740, z: 17 }));
    await phone.waitForSelector('[data-testid=kind-beauty]');
    const id = await phoneAdds(phone, 'beauty', 'Een kleurrijke voordeur');
    await sentCount(phone, 1);
    const files = fs.readdirSync(nc.dir);
    assert.equal(files.length, 1);
    assert.match(files[0], new RegExp(`^${id}\\.\\d+\\.geojson$`));
    const written = JSON.parse(fs.readFileSync(path.join(nc.dir, files[0]), 'utf8'));
    assert.equal(written.properties.title, 'Een kleurrijke voordeur');
    assert.ok(written.properties.key?.length >= 16, 'the phone\'s secret travels with its pin');
    // A pin kept on the phone only does not leave it.
    await phone.tap('[data-testid=add-pin]');
    await phone.tap('[data-testid=kind-dream]');
    await phone.fill('[data-testid=pin-title]', 'Alleen voor mij');
    await phone.uncheck('[data-testid=upload-consent]');
    await phone.tap('[data-testid=pin-save]');
    await phone.locator('[data-testid=pin-card]').waitFor();
    await phone.waitForTimeout(2500);
    assert.equal(fs.readdirSync(nc.dir).length, 1);
    assert.deepEqual(phone.__errors, []);
    await phone.close();
  } finally {
    await nc.stop();
  }
});

test('a join link that cannot be read says so in plain words', async () => {
  const phone = await newPage(env.browser, PHONE);
  await phone.goto(`${appUrl(site.url, '/join', { tiles: env.tiles.template })}#v=1&e=&d=ftp%3A%2F%2Fx`);
  assert.match(await phone.locator('[data-testid=join-problem]').textContent(), /niet compleet/);
  await phone.close();
});
