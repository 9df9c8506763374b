// Every route loads by direct URL (deep link or reload) without page errors; settings work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, newPage, appUrl } from './harness.mjs';

const env = setup();

const routes = ['/', '/list', '/kiosk', '/walk', '/screen', '/settings', '/print'];

for (const route of routes) {
  test(`${route} loads by direct URL without errors`, async () => {
    const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
    const response = await page.goto(appUrl(env.app.url, route, { tiles: env.tiles.template }));
    assert.equal(response.status(), 200);
    await page.waitForSelector(route === '/' ? '[data-testid=map]' : 'h1');
    await page.reload();
    await page.waitForSelector(route === '/' ? '[data-testid=map]' : 'h1');
    assert.deepEqual(page.__errors, []);
    await page.close();
  });
}

test('an unknown address says so, with a way back', async () => {
  const page = await newPage(env.browser, { locale: 'nl-NL' });
  await page.goto(`${env.app.url}/nergens`);
  await page.waitForSelector('h1');
  assert.match(await page.textContent('h1'), /bestaat niet/);
  assert.ok(await page.isVisible('a[href="/"]'));
  await page.close();
});

test('the language follows the browser, Dutch first, and can be switched', async () => {
  const nl = await newPage(env.browser, { locale: 'nl-NL' });
  await nl.goto(appUrl(env.app.url, '/settings', {}));
  await nl.waitForSelector('h1');
  assert.equal(await nl.getAttribute('html', 'lang'), 'nl');
  assert.equal(await nl.textContent('h1'), 'Instellingen');
  await nl.selectOption('[data-testid=lang-select]', 'en');
  assert.equal(await nl.getAttribute('html', 'lang'), 'en');
  assert.equal(await nl.textContent('h1'), 'Settings');
  await nl.reload();
  await nl.waitForSelector('h1');
  assert.equal(await nl.textContent('h1'), 'Settings', 'the choice is remembered');
  await nl.close();

  const fr = await newPage(env.browser, { locale: 'fr-FR' });
  await fr.goto(`${env.app.url}/settings`);
  await fr.waitForSelector('h1');
  assert.equal(await fr.getAttribute('html', 'lang'), 'nl', 'Dutch when unsure');
  await fr.close();
});

test('the base map choice is used by the map and shows its attribution', async () => {
  const page = await newPage(env.browser, { locale: 'nl-NL' });
  // Block the real tile servers: tests never reach the internet.
  await page.route(/^https:\/\//, (route) => route.abort());
  await page.goto(`${env.app.url}/settings`);
  await page.check('[data-testid=base-map-osm]');
  await page.click('a[href="/"]');
  await page.waitForSelector('img.tile', { state: 'attached' });
  assert.match(await page.textContent('.attribution'), /OpenStreetMap/);
  const src = await page.getAttribute('img.tile', 'src');
  assert.match(src, /^https:\/\/tile\.openstreetmap\.org\/16\//);

  await page.goto(`${env.app.url}/settings`);
  await page.check('[data-testid=base-map-custom]');
  await page.fill('[data-testid=custom-tiles]', 'geen adres');
  await page.press('[data-testid=custom-tiles]', 'Enter');
  await page.locator('[data-testid=custom-tiles]').blur();
  await page.waitForSelector('[role=alert]');
  await page.fill('[data-testid=custom-tiles]', env.tiles.template);
  await page.locator('[data-testid=custom-tiles]').blur();
  await page.click('a[href="/"]');
  await page.waitForSelector('img.tile', { state: 'attached' });
  assert.ok((await page.getAttribute('img.tile', 'src')).startsWith(env.tiles.template.split('{z}')[0]));
  await page.close();
});

test('links move between pages without a reload; back and forward work', async () => {
  const page = await newPage(env.browser, { locale: 'nl-NL' });
  await page.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=map]');
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.click('nav >> text=Lijst');
  await page.waitForSelector('h1');
  assert.equal(new URL(page.url()).pathname, '/list');
  assert.equal(await page.getAttribute('nav a[href="/list"]', 'aria-current'), 'page');
  await page.goBack();
  await page.waitForSelector('[data-testid=map]');
  await page.goForward();
  await page.waitForSelector('h1');
  assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no reload happened');
  assert.ok(page.url().includes('tiles='), 'the session tile template stays in the address');
  await page.close();
});

test('every mode is two taps from the map', async () => {
  const page = await newPage(env.browser, { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const targets = [['/list', 'Lijst'], ['/settings', 'Instellingen'], ['/walk', 'Wandelen'], ['/kiosk', 'Kiosk'], ['/screen', 'Scherm']];
  for (const [path, label] of targets) {
    await page.goto(appUrl(env.app.url, '/', { tiles: env.tiles.template }));
    await page.waitForSelector('[data-testid=map]');
    const direct = page.locator(`.nav-bar nav > a:visible >> text=${label}`);
    if (await direct.count() === 0) await page.tap('[data-testid=nav-more] summary');
    await page.tap(`.nav-bar nav a:visible >> text=${label}`);
    await page.waitForFunction((p) => location.pathname === p, path);
    await page.waitForSelector('h1, [data-testid=kiosk-start]');
  }
  assert.deepEqual(page.__errors, []);
  await page.close();
});
