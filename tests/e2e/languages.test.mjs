// The neighbourhood's languages: the browser's preferred language picks Turkish, Arabic or
// Polish; Arabic turns the page right to left (the map itself stays left to right); the pin form
// and the kiosk's welcome speak the resident's language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { setup, newPage, appUrl, openApp } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };
const SHOTS = process.env.OASE_SHOTS_LANG;

async function openMapIn(locale, options = {}) {
  const page = await openApp(env, '/', START, { locale, ...options });
  await page.waitForSelector('[data-testid=map][data-zoom]');
  return page;
}

test('Arabic: <html lang="ar" dir="rtl">, the add button in Arabic, the map left to right', async () => {
  const page = await openMapIn('ar');
  const html = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    map: getComputedStyle(document.querySelector('[data-testid=map]')).direction,
    body: getComputedStyle(document.body).direction,
  }));
  assert.deepEqual(html, { lang: 'ar', dir: 'rtl', map: 'ltr', body: 'rtl' });
  assert.match(await page.textContent('[data-testid=add-pin]'), /أضف دبوسًا/);
  // The kind choice reads in Arabic too.
  await page.click('[data-testid=add-pin]');
  assert.match(await page.textContent('[data-testid=kind-beauty]'), /شيء جميل/);
  assert.deepEqual(page.__errors, []);
  await page.close();
});

for (const [locale, prompt, save] of [
  ['tr-TR', 'Burada neyi güzel buluyorsun?', 'Kaydet'],
  ['pl-PL', 'Co tu jest dla ciebie piękne?', 'Zapisz'],
]) {
  test(`${locale}: the pin form speaks the language, left to right`, async () => {
    const page = await openMapIn(locale);
    const html = await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
    assert.deepEqual(html, [locale.slice(0, 2), 'ltr']);
    await page.click('[data-testid=add-pin]');
    await page.click('[data-testid=kind-beauty]');
    const form = page.locator('form.pin-form');
    await form.waitFor();
    assert.ok((await form.textContent()).includes(prompt), `the form asks "${prompt}"`);
    assert.equal((await page.textContent('[data-testid=pin-save]')).trim(), save);
    assert.deepEqual(page.__errors, []);
    await page.close();
  });
}

test('the kiosk welcomes in Arabic, right to left, and offers the four other languages', async () => {
  const page = await newPage(env.browser, {
    locale: 'ar', viewport: { width: 1024, height: 768 }, hasTouch: true,
  });
  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  assert.equal((await page.textContent('.kiosk h1')).trim(), 'ما الجميل في حيّك؟');
  assert.equal((await page.textContent('[data-testid=kiosk-start]')).trim(), 'ابدأ');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  const others = await page.$$eval('.kiosk-lang', (bs) => bs.map((b) => b.getAttribute('lang')));
  assert.deepEqual(others.sort(), ['en', 'nl', 'pl', 'tr']);
  // One tap switches this visitor to Polish, left to right again.
  await page.tap('[data-testid=kiosk-lang-pl]');
  await page.waitForFunction(
    () => document.querySelector('.kiosk h1')?.textContent.trim() === 'Co jest dobrego w twojej okolicy?',
    null,
    { timeout: 5000 },
  );
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.deepEqual(page.__errors, []);
  await page.close();
});

// For a person to look at, when OASE_SHOTS_LANG names a folder: a phone in Arabic with the kind
// choice open, and the kiosk's welcome in Arabic.
test('screenshots in Arabic (only with OASE_SHOTS_LANG)', { skip: !SHOTS }, async () => {
  mkdirSync(SHOTS, { recursive: true });
  const phone = await openMapIn('ar', {
    viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2,
  });
  await phone.click('[data-testid=add-pin]');
  await phone.waitForSelector('[data-testid=kind-beauty]');
  await phone.waitForTimeout(400);
  await phone.screenshot({ path: `${SHOTS}/phone-ar-kind-choice.png` });
  await phone.close();
  const kiosk = await newPage(env.browser, {
    locale: 'ar', viewport: { width: 1024, height: 768 }, hasTouch: true,
  });
  await kiosk.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await kiosk.waitForSelector('[data-testid=kiosk-start]');
  await kiosk.waitForTimeout(400);
  await kiosk.screenshot({ path: `${SHOTS}/kiosk-ar-welcome.png` });
  await kiosk.close();
});
