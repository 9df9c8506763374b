// Trust: a locked kiosk stays locked on every route (after a reload too), wrong PINs make people
// wait, new PINs are 6+ digits, and removing a pin asks first and can be undone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, appUrl, openMap, addPin } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };
const PIN = '246813';

async function setPin(page, pin) {
  await page.goto(appUrl(env.app.url, '/settings', { tiles: env.tiles.template }));
  await page.fill('[data-testid=kiosk-pin-new]', pin);
  await page.tap('[data-testid=kiosk-pin-set]');
}

async function unlock(page, pin) {
  await page.fill('[data-testid=pin-code]', pin);
  await page.tap('[data-testid=kiosk-unlock]');
}

test('a locked kiosk keeps every other route behind the PIN, after a reload too', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
  // New PINs are at least six digits.
  await setPin(page, '12345');
  await page.waitForSelector('.kiosk-settings [role=alert]');
  assert.equal(await page.locator('[data-testid=kiosk-pin-clear]').count(), 0);
  await setPin(page, PIN);
  await page.waitForSelector('[data-testid=kiosk-pin-clear]');

  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  // A resident types another address, or reloads on one: the PIN comes first, not the map.
  // A join link without its fragment too: the phone's join page never shows on a locked kiosk.
  for (const route of ['/', '/list', '/walk', '/screen', '/settings', '/print', '/join']) {
    await page.goto(appUrl(env.app.url, route, { tiles: env.tiles.template, ...START }));
    await page.waitForSelector('[data-testid=pin-code]');
    const behind = '[data-testid=map], [data-testid=pin-row], .kiosk-settings, [data-testid=print-page], [data-testid=join-problem]';
    assert.equal(await page.locator(behind).count(), 0, route);
    await page.reload();
    await page.waitForSelector('[data-testid=pin-code]');
    assert.equal(await page.locator('[data-testid=pin-delete], [data-testid=add-pin]').count(), 0, route);
  }
  // The kiosk itself stays open to everyone.
  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await page.waitForSelector('[data-testid=kiosk-start]');

  // Wrong PINs: three tries, then the lock waits (a reload does not buy more guesses).
  await page.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template, ...START }));
  for (let i = 0; i < 3; i += 1) {
    await unlock(page, '000000');
    await page.waitForSelector('.kiosk-lock [role=alert]');
  }
  await page.waitForSelector('[data-testid=pin-wait]');
  await page.reload();
  await page.waitForSelector('[data-testid=pin-wait]');
  assert.equal(await page.isDisabled('[data-testid=kiosk-unlock]'), true);
  // The right PIN after the wait opens the page asked for.
  await page.waitForSelector('[data-testid=pin-wait]', { state: 'detached', timeout: 8000 });
  await unlock(page, PIN);
  await page.waitForSelector('[data-testid=map]');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('the kiosk never offers to change or remove a pin', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 }, hasTouch: true });
  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kiosk-start]');
  await page.tap('[data-testid=kind-dream]');
  await page.tap('[data-testid=kiosk-here]');
  await page.fill('[data-testid=pin-title]', 'Een bankje');
  // On through talents, resources and the first name to the thanks screen, where everyone's
  // pins show.
  for (let i = 0; i < 4; i += 1) await page.tap('[data-testid=kiosk-next]');
  await page.waitForSelector('[data-testid=kiosk-thanks]');
  const id = await page.getAttribute('[data-testid=kiosk-thanks]', 'data-id');
  const marker = `.kiosk [data-testid=map] [data-testid=pin][data-id="${id}"]`;
  await page.waitForSelector(marker);
  // The thanks map is for looking (it takes no taps); even a click that gets to a marker opens
  // nothing that could change it.
  await page.$eval(marker, (el) => el.click());
  await page.waitForTimeout(300);
  assert.equal(await page.locator('[data-testid=pin-delete], [data-testid=pin-edit], [data-testid=pin-card]').count(), 0);
  await page.close();
});

test('removing a pin asks once, and can be undone', async () => {
  const page = await openMap(env, START);
  const { id } = await addPin(page, 'dream', 'Een moestuin');
  await page.click(`[data-testid=pin][data-id="${id}"]`);
  await page.click('[data-testid=pin-card] [data-testid=pin-delete]');
  // Asked first: nothing is gone yet, and cancel keeps it.
  await page.waitForSelector('[data-testid=pin-delete-confirm]');
  assert.equal(await page.locator(`[data-testid=pin][data-id="${id}"]`).count(), 1);
  await page.click('[data-testid=pin-card] >> text=Annuleren');
  await page.waitForSelector('[data-testid=pin-delete-confirm]', { state: 'detached' });
  await page.click('[data-testid=pin-card] [data-testid=pin-delete]');
  await page.click('[data-testid=pin-delete-confirm]');
  await page.waitForSelector(`[data-testid=pin][data-id="${id}"]`, { state: 'detached' });
  // Undo brings it back, stored (after a reload too), newer than its removal.
  await page.click('[data-testid=pin-undo]');
  await page.waitForSelector(`[data-testid=pin][data-id="${id}"]`);
  await page.waitForSelector('[data-testid=pin-undo]', { state: 'detached' });
  await page.reload();
  await page.waitForSelector(`[data-testid=pin][data-id="${id}"]`);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

test('a strict Content-Security-Policy: every route runs with no violation, inline script is refused', async () => {
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  for (const route of ['/', '/list', '/kiosk', '/walk', '/screen', '/settings', '/print', '/join']) {
    await page.goto(appUrl(env.app.url, route, { tiles: env.tiles.template, ...START }));
    await page.waitForSelector(route === '/' ? '[data-testid=map] img' : 'h1');
    if (route === '/') await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=map] img')].some((i) => i.complete && i.naturalWidth > 0));
    // The poster's map has drawn its tiles, or its outline when there are none.
    if (route === '/print') await page.waitForSelector('[data-testid=print-map]:not([data-tiles=loading])');
    // Without its fragment a join link only says that it does not work.
    if (route === '/join') await page.waitForSelector('[data-testid=join-problem]');
    assert.deepEqual(await page.evaluate(() => window.__csp), [], route);
  }
  const policy = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
  assert.match(policy, /default-src 'none'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  assert.doesNotMatch(policy.match(/script-src[^;]*/)[0], /unsafe-inline/);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, /base-uri 'none'/);
  // Script that got into the page some other way does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 1';
    document.body.append(s);
  });
  await page.waitForFunction(() => window.__csp.length > 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await page.close();
});

test('a newer version opening the database in another tab is not blocked; this tab says reload', async () => {
  const page = await openMap(env, START);
  await addPin(page, 'beauty', 'Oude linde');
  const other = await page.context().newPage();
  await other.goto(`${env.app.url}/manifest.webmanifest`);
  const opened = await other.evaluate(() => new Promise((resolve) => {
    const req = indexedDB.open('oase', 99);
    req.onupgradeneeded = () => {};
    req.onblocked = () => resolve('blocked');
    req.onsuccess = () => { req.result.close(); resolve('opened'); };
    req.onerror = () => resolve(`error ${req.error}`);
    setTimeout(() => resolve('hung'), 5000);
  }));
  assert.equal(opened, 'opened');
  await page.waitForSelector('[data-testid=storage-warning] >> text=ander tabblad');
  await other.close();
  await page.close();
});
