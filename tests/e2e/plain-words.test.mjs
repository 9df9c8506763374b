// Plain words (issue "everyone"): a resident never reads "WebDAV", "GeoJSON", "GPX", "CORS" or
// "zoomniveau". Those stay in the organiser's settings, each with a line that says what it is.
// Walks what a resident sees, in Dutch and in English: the map, the list, the kind choice and
// each pin form, a card, the kiosk's steps for each kind, and a phone's join page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, addPin, appUrl, photoFile } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };
const JARGON = /webdav|geojson|\bgpx\b|\bcors\b|zoomniveau|zoom level/i;

/** The jargon in the page's visible text now, with `view`, as "view: word in 'line'". */
async function jargon(page, view) {
  const text = await page.evaluate(() => document.body.innerText);
  return text.split('\n').filter((l) => JARGON.test(l)).map((l) => `${view}: ${l.match(JARGON)[0]} in "${l.trim().slice(0, 80)}"`);
}

for (const locale of ['nl-NL', 'en-GB']) {
  test(`${locale}: the resident's views speak without jargon`, async () => {
    const found = [];
    const page = await openApp(env, '/', START, { locale, viewport: { width: 1024, height: 768 } });
    await page.waitForSelector('[data-testid=map][data-zoom]');
    found.push(...await jargon(page, '/'));
    await page.click('[data-testid=add-pin]');
    found.push(...await jargon(page, 'the choice of kind'));
    for (const kind of ['beauty', 'place', 'dream']) {
      await page.click(`[data-testid=kind-${kind}]`);
      await page.waitForSelector('form.pin-form');
      found.push(...await jargon(page, `the ${kind} form`));
      await page.keyboard.press('Escape');
      await page.click('[data-testid=add-pin]');
    }
    await page.keyboard.press('Escape');
    await addPin(page, 'dream', 'Een buurtkeuken');
    await page.click('[data-testid=pin]');
    await page.waitForSelector('[data-testid=pin-card]');
    found.push(...await jargon(page, 'a card'));
    await page.click('[data-testid=story-add]');
    found.push(...await jargon(page, 'a card with the story form'));
    await page.keyboard.press('Escape');
    await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, '/list$1'));
    await page.waitForSelector('[data-testid=pin-row]');
    found.push(...await jargon(page, '/list'));
    // A phone's join page (a link that cannot be read: the page a resident then sees).
    await page.goto(appUrl(env.app.url, '/join', { tiles: env.tiles.template }) + '#v=1&x=kapot');
    await page.waitForSelector('[data-testid=join-problem]');
    found.push(...await jargon(page, '/join'));

    // The kiosk, every step of each kind, and choosing dreams and telling about a place.
    await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
    await page.waitForSelector('[data-testid=kiosk-start]');
    found.push(...await jargon(page, 'the kiosk welcome'));
    for (const kind of ['beauty', 'place', 'dream']) {
      await page.click('[data-testid=kiosk-start]');
      found.push(...await jargon(page, 'the kiosk kinds'));
      await page.click(`[data-testid=kind-${kind}]`);
      await page.waitForSelector('[data-testid=kiosk-here]');
      found.push(...await jargon(page, `the kiosk's where (${kind})`));
      await page.click('[data-testid=kiosk-here]');
      for (let step = 1; step <= 6 && !(await page.locator('[data-testid=kiosk-thanks]').count()); step += 1) {
        found.push(...await jargon(page, `the kiosk's ${kind}, step ${step}`));
        if (await page.locator('[data-testid=pin-photo]').count()) {
          await page.setInputFiles('[data-testid=pin-photo]', photoFile());
          await page.waitForSelector('.kiosk-photo img');
        }
        const field = page.locator('.kiosk-step .kiosk-field').first();
        if (await field.count() && !(await field.inputValue())) await field.fill('Iets moois');
        await page.click('[data-testid=kiosk-next]');
        await page.waitForTimeout(100);
      }
      await page.locator('[data-testid=kiosk-thanks]').waitFor();
      found.push(...await jargon(page, 'the kiosk\'s thanks'));
      await page.click('[data-testid=kiosk-done]');
      await page.waitForSelector('[data-testid=kiosk-start]');
    }
    await page.click('[data-testid=kiosk-vote]');
    await page.waitForSelector('[data-testid=vote-option]');
    found.push(...await jargon(page, 'the kiosk\'s choice of dreams'));
    await page.click('[data-testid=kiosk-back]');
    await page.click('[data-testid=kiosk-tell]');
    await page.waitForSelector('[data-testid=tell-option]');
    found.push(...await jargon(page, 'the kiosk\'s choice of a place'));
    await page.close();
    assert.deepEqual(found, []);
  });
}

test('the organiser\'s settings explain each of those words in one line', async () => {
  const page = await openApp(env, '/settings', START, { locale: 'nl-NL' });
  await page.waitForSelector('h1');
  const text = await page.evaluate(() => document.body.innerText);
  for (const [word, explained] of [
    ['GeoJSON', /GeoJSON is /],
    ['GPX', /GPX is /],
    ['WebDAV', /WebDAV is /],
    ['zoomniveau', /zoomniveau \(hoger is meer detail\)/i],
  ]) {
    assert.ok(!text.includes(word) || explained.test(text), `settings use "${word}" without saying what it is`);
  }
  await page.close();
});
