// One wasm per bundle (src/bundles.rs): the map downloads the shell only; a link to a page of
// another bundle loads that bundle, keeping the address's query (the tile server) and, once, an
// organiser's unlock; a reload by hand asks for the PIN again. Settings and the map share one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openMap, appUrl, startStatic, newPage } from './harness.mjs';

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
  // Nor the stylesheets of the screen, the walk or the poster.
  assert.deepEqual(asked.filter((p) => /^\/(screen|walk|print)-[0-9a-f]+\.css$/.test(p)), []);

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

test('the loader fetches what the bundle imports beside it, and starts even when a host sends the wasm with a wrong type', async (t) => {
  // The loader asks for what the bundle imports (wasm-bindgen's snippets) at once, not after
  // the bundle's JavaScript has arrived: the build writes their paths into it.
  const html = await (await fetch(`${env.app.url}/`)).text();
  const listed = html.match(/for \(const glue of (\[[^\]]*\])/);
  assert.ok(listed, 'the loader lists the snippets');
  const paths = JSON.parse(listed[1].replace(/'/g, '"'));
  assert.ok(paths.length > 0 && paths.every((p) => p.startsWith('/snippets/') && p.endsWith('.js')), listed[1]);
  for (const p of paths) assert.equal((await fetch(`${env.app.url}${p}`)).status, 200, p);

  // compileStreaming refuses a wasm sent as application/octet-stream: the loader falls back.
  const host = await startStatic(process.env.OASE_DIST ?? new URL('../../dist', import.meta.url).pathname,
    { types: { '.wasm': 'application/octet-stream' } });
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  t.after(() => Promise.all([page.close(), host.close()]));
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(appUrl(host.url, '/', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=map][data-zoom]');
  await page.waitForSelector('[data-testid=map] img.tile', { state: 'attached' });
  assert.deepEqual(errors, []);
});

test("a mode's own stylesheet comes with its bundle and applies before the page shows", async () => {
  for (const [route, css] of [['/screen', /^\/screen-/], ['/walk', /^\/walk-/]]) {
    const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    // The first time the app draws the page, its stylesheet is in already.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        const el = document.querySelector('.mode-screen, .mode-walk');
        if (!el) return;
        window.__styled = [...document.styleSheets].map((s) => s.href ?? '');
        obs.disconnect();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(appUrl(env.app.url, route, { tiles: env.tiles.template }));
    await page.waitForSelector('[data-testid=map][data-zoom]');
    assert.ok(asked.some((p) => css.test(p)), `${route}: ${asked.join(' ')}`);
    const styled = await page.evaluate(() => window.__styled);
    assert.ok(styled.some((h) => h && css.test(new URL(h).pathname)), `${route} drawn before its stylesheet: ${styled}`);
    if (route === '/screen') {
      const background = await page.evaluate(() => getComputedStyle(document.querySelector('.mode-screen')).backgroundColor);
      assert.equal(background, 'rgb(16, 20, 15)');
    }
    await page.close();
  }
});
