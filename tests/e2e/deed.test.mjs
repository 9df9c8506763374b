// The Oasis week, part 2 (issue "from dream to deed"): a pledge on a chosen dream shows with
// its first name and shrinks what the dream still needs, while its contact stays with the
// organiser (never on the screen, in an export only when asked for); a dream goes from chosen to
// done with a photo after and what comes next; the screen's achieved view shows it; and the
// whole week's data survives an export and an import into a second profile.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, openApp, addPin, appUrl, clickScreenControl, openCard, photoFile, shot, scratchDir } from './harness.mjs';

const env = setup();
const CONTACT = '06-12345678';

/** Saves the download that `click` starts and returns its path. */
async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = path.join(scratchDir('oase-deed-'), d.suggestedFilename());
  await d.saveAs(file);
  return file;
}

/** Adds a dream with talents and resources (and a photo before, if asked). */
async function addDream(page, title, talents, resources, { photo = false, move = 0 } = {}) {
  return (await addPin(page, 'dream', async () => {
    await page.fill('[data-testid=pin-title]', title);
    await page.fill('[data-testid=pin-talents]', talents);
    await page.fill('[data-testid=pin-resources]', resources);
    if (photo) {
      await page.setInputFiles('[data-testid=pin-photo]', photoFile());
      await page.waitForSelector('.photo-preview');
    }
  }, { move })).id;
}

async function pledge(page, { text, talents = '', resources = '', name = '', contact = '' }) {
  const before = await page.locator('[data-testid=pledge]').count();
  await page.click('[data-testid=pledge-add]');
  await page.fill('[data-testid=pledge-text]', text);
  if (talents) await page.fill('[data-testid=pledge-talents]', talents);
  if (resources) await page.fill('[data-testid=pledge-resources]', resources);
  if (name) await page.fill('[data-testid=pledge-name]', name);
  if (contact) await page.fill('[data-testid=pledge-contact]', contact);
  await page.click('[data-testid=pledge-save]');
  await page.locator('[data-testid=pledge]').nth(before).waitFor();
}

async function setStatus(page, status) {
  await page.selectOption('[data-testid=dream-status]', status);
  await page.waitForSelector(`[data-testid=pin-card][data-status="${status}"]`);
}

test('a pledge shrinks what a chosen dream needs; its first name shows, its contact never on the screen', async () => {
  const page = await openApp(env, '/');
  await page.waitForSelector('[data-testid=map]');
  const id = await addDream(page, 'Een bankje bij de speeltuin', 'timmeren', 'verf, hout');
  await openCard(page, id);
  assert.equal(await page.locator('[data-testid=dream-needs]').count(), 0, 'a dream not chosen lists no needs');
  await setStatus(page, 'chosen');
  const needs = page.locator('[data-testid=dream-needs]');
  await page.waitForSelector('[data-testid=dream-needs][data-count="3"]');

  // An empty pledge is refused in plain words, and nothing is stored.
  await page.click('[data-testid=pledge-add]');
  await page.click('[data-testid=pledge-save]');
  await page.locator('.pledge-form [role=alert]').waitFor();
  assert.equal(await page.locator('[data-testid=pledge]').count(), 0);
  await page.fill('[data-testid=pledge-text]', 'Ik schilder mee');
  await page.fill('[data-testid=pledge-resources]', 'verf en kwasten');
  await page.fill('[data-testid=pledge-name]', 'Ans');
  await page.fill('[data-testid=pledge-contact]', CONTACT);
  await page.click('[data-testid=pledge-save]');
  const one = page.locator('[data-testid=pledge]');
  await one.waitFor();
  assert.match(await one.textContent(), /Ik schilder mee[\s\S]*verf en kwasten[\s\S]*— Ans/);
  await page.waitForSelector('[data-testid=dream-needs][data-count="2"]');
  assert.doesNotMatch(await needs.textContent(), /verf/);
  assert.match(await needs.textContent(), /timmeren[\s\S]*hout/);
  await shot(page, 'deed-card-pledges', { fullPage: true });
  // The organiser (this device) sees how to reach Ans.
  assert.match(await one.textContent(), new RegExp(CONTACT));
  await pledge(page, { text: 'Ik kom zaterdag', talents: 'timmeren', resources: 'hout', name: 'Joop' });
  await page.waitForSelector('[data-testid=dream-needs][data-count="0"]');
  assert.match(await needs.textContent(), /Alles wat nodig is, is er al/);
  await page.reload();
  await openCard(page, id);
  assert.equal(await page.locator('[data-testid=pledge]').count(), 2, 'kept after a reload');

  // Exports leave the contact out unless the organiser asks for it.
  await page.click('nav >> text=Instellingen');
  const plain = JSON.parse(fs.readFileSync(await download(page, () => page.click('[data-testid=export-geojson]')), 'utf8'));
  const pledges = plain.features.filter((f) => f.properties.contribution === 'pledge');
  assert.equal(pledges.length, 2);
  assert.ok(pledges.every((f) => f.geometry === null && f.properties.pin === id && !('contact' in f.properties)));
  assert.ok(pledges.some((f) => f.properties.name === 'Ans'));
  await page.check('[data-testid=export-contacts]');
  const full = fs.readFileSync(await download(page, () => page.click('[data-testid=export-geojson]')), 'utf8');
  assert.match(full, new RegExp(`"contact": "${CONTACT}"`));

  // The screen: who joins in and what is needed, by first name, never the contact.
  await page.goto(appUrl(env.app.url, '/screen', { tiles: env.tiles.template }));
  const card = page.locator(`[data-testid=screen-card][data-id="${id}"]`);
  await card.waitFor();
  assert.match(await card.textContent(), /Ans, Joop/);
  assert.equal(await card.locator('[data-testid=dream-needs]').getAttribute('data-count'), '0');
  await shot(page, 'deed-screen-card');
  for (const view of ['screen-tour', 'screen-show-ranking', 'screen-talents', 'screen-show-achieved']) {
    await clickScreenControl(page, `[data-testid=${view}]`);
    assert.doesNotMatch(await page.evaluate(() => document.body.innerText), new RegExp(CONTACT), view);
  }
  await page.close();
});

test('a dream goes from chosen to done with a photo after and what comes next; the screen celebrates it; the week survives export and import', async () => {
  const page = await openApp(env, '/');
  await page.waitForSelector('[data-testid=map]');
  const id = await addDream(page, 'Een moestuin voor de buurt', 'tuinieren', 'zaden', { photo: true });
  await openCard(page, id);
  await page.click('[data-testid=story-add]');
  await page.fill('[data-testid=story-text]', 'Mijn oma had hier vroeger een tuin.');
  await page.fill('[data-testid=story-name]', 'Fatima');
  await page.click('[data-testid=story-save]');
  await page.locator('[data-testid=story]').waitFor();
  await pledge(page, { text: 'Ik breng zaden mee', resources: 'zaden', name: 'Joop', contact: CONTACT });
  await setStatus(page, 'chosen');
  assert.equal(await page.locator('[data-testid=photo-after]').count(), 0, 'only a done dream takes a photo after');
  await setStatus(page, 'underway');
  await setStatus(page, 'done');
  await page.setInputFiles('[data-testid=photo-after]', photoFile());
  const pair = page.locator('[data-testid=pin-card] [data-testid=before-after] img');
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid=pin-card] [data-testid=before-after] img')]
    .filter((i) => i.complete && i.naturalWidth > 0).length === 2);
  assert.deepEqual(await page.locator('[data-testid=pin-card] [data-testid=before-after] figcaption').allTextContents(), ['Voor', 'Na']);
  assert.equal(await pair.count(), 2);

  // What comes next: a contact person only with their agreement.
  await page.fill('[data-testid=next-when]', 'elke eerste zaterdag');
  await page.fill('[data-testid=next-contact]', 'Ans');
  await page.click('[data-testid=next-save]');
  await page.locator('.next-form [role=alert]').waitFor();
  await page.check('[data-testid=next-agreed]');
  await page.click('[data-testid=next-save]');
  await page.waitForSelector('[data-testid=pin-card].living [data-testid=dream-next]');
  assert.match(await page.locator('[data-testid=dream-next]').textContent(), /Gaat door[\s\S]*elke eerste zaterdag[\s\S]*Ans/);
  await shot(page, 'deed-card-done', { fullPage: true });
  await page.keyboard.press('Escape');
  await page.click('nav >> text=Kaart');
  await page.waitForSelector(`[data-testid=pin][data-id="${id}"].living`);

  // The celebration.
  await page.goto(appUrl(env.app.url, '/screen', { tiles: env.tiles.template }));
  await page.waitForSelector('[data-testid=screen-count][data-kind=achieved][data-count="1"]');
  await clickScreenControl(page, '[data-testid=screen-show-achieved]');
  const achieved = page.locator(`[data-testid=screen-achieved] [data-testid=achieved-card][data-id="${id}"]`);
  await achieved.waitFor();
  const text = await achieved.textContent();
  assert.match(text, /Een moestuin voor de buurt/);
  assert.match(text, /Fatima, Joop/, 'who helped, first names only');
  assert.match(text, /elke eerste zaterdag/);
  assert.doesNotMatch(text, new RegExp(CONTACT));
  await page.waitForFunction((sel) => [...document.querySelectorAll(sel)].filter((i) => i.naturalWidth > 0).length === 2,
    `[data-testid=achieved-card][data-id="${id}"] img`);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  await shot(page, 'deed-screen-achieved');

  // The whole week in a zip, into a second profile.
  await page.goto(appUrl(env.app.url, '/settings', { tiles: env.tiles.template }));
  const zip = await download(page, () => page.click('[data-testid=export-zip]'));
  await page.close();
  const two = await openApp(env, '/settings');
  await two.setInputFiles('[data-testid=import-file]', zip);
  await two.waitForSelector('[data-testid=import-result][data-added="3"]');
  await openCard(two, id);
  await two.waitForSelector(`[data-testid=pin-card][data-status="done"]`);
  assert.equal(await two.locator('[data-testid=pledge]').count(), 1);
  assert.equal(await two.locator('[data-testid=story]').count(), 1);
  assert.match(await two.locator('[data-testid=dream-next]').textContent(), /elke eerste zaterdag/);
  await two.waitForFunction(() => [...document.querySelectorAll('[data-testid=pin-card] [data-testid=before-after] img')]
    .filter((i) => i.complete && i.naturalWidth > 0).length === 2);
  await two.close();
});
