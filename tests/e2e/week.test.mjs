// The Oasis week, part 1 (issue "stories and choosing a dream together"): a story told about
// someone's place leaves the maker's words as they are and survives a reload, an export and an
// import into a second profile; a heart is given, taken back and given again; the jury marks a
// dream chosen and the screen ranks the dreams by hearts; a second device's stories and hearts
// arrive through upload and pull.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { setup, openApp, addPin, newPage, appUrl, clickScreenControl, openCard, scratchDir } from './harness.mjs';
import { startDav } from './dav.mjs';

const env = setup();
let dav;
before(async () => { dav = await startDav(); });
after(async () => { await dav?.stop(); });

async function tell(page, text, name) {
  await page.click('[data-testid=story-add]');
  await page.fill('[data-testid=story-text]', text);
  if (name) await page.fill('[data-testid=story-name]', name);
  await page.click('[data-testid=story-save]');
  await page.locator('[data-testid=story]', { hasText: text }).waitFor();
}

test('a story told about a place keeps the maker\'s words and survives reload, export and import', async () => {
  const one = await openApp(env, '/');
  await one.waitForSelector('[data-testid=map]');
  const { id } = await addPin(one, 'place', async () => {
    await one.fill('[data-testid=pin-title]', 'Het bankje bij de vijver');
    await one.fill('[data-testid=pin-quote]', 'Je bent altijd vrij om je pad te kiezen');
  });
  await openCard(one, id);
  await tell(one, 'Hier zat mijn opa elke ochtend met de krant.', 'Fatima');
  const card = one.locator('[data-testid=pin-card]');
  assert.match(await card.locator('.quote').textContent(), /Je bent altijd vrij om je pad te kiezen/);
  assert.match(await card.locator('[data-testid=story]').textContent(), /— Fatima/);

  await one.reload();
  await openCard(one, id);
  assert.equal(await one.locator('[data-testid=story]').count(), 1, 'kept after a reload');

  await one.click('nav >> text=Instellingen');
  const [download] = await Promise.all([one.waitForEvent('download'), one.click('[data-testid=export-geojson]')]);
  const file = path.join(scratchDir('oase-week-'), 'week.geojson');
  await download.saveAs(file);
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(json.oase, 2);
  const story = json.features.find((f) => f.properties.contribution === 'story');
  assert.equal(story.geometry, null);
  assert.equal(story.properties.pin, id);
  await one.close();

  const two = await openApp(env, '/settings');
  await two.setInputFiles('[data-testid=import-file]', file);
  await two.waitForSelector('[data-testid=import-result][data-added="2"]');
  await two.setInputFiles('[data-testid=import-file]', file);
  await two.waitForSelector('[data-testid=import-result][data-added="0"][data-updated="0"]');
  await openCard(two, id);
  assert.match(await two.locator('[data-testid=story]').textContent(), /opa elke ochtend/);
  assert.match(await two.locator('[data-testid=pin-card] .quote').textContent(), /vrij om je pad/);
  await two.close();
});

test('a heart is given, taken back and given again; the jury marks a dream chosen; the screen ranks dreams by hearts', async () => {
  const page = await openApp(env, '/');
  await page.waitForSelector('[data-testid=map]');
  const kitchen = (await addPin(page, 'dream', 'Een buurtkeuken', { move: 3 })).id;
  const garden = (await addPin(page, 'dream', 'Een moestuin', { move: 3 })).id;
  await openCard(page, kitchen);
  const heart = page.locator('[data-testid=heart]');
  assert.equal(await heart.getAttribute('data-count'), '0');
  await heart.click();
  await page.waitForSelector('[data-testid=heart][data-count="1"][data-mine="true"]');
  await heart.click();
  await page.waitForSelector('[data-testid=heart][data-count="0"][data-mine="false"]');
  await heart.click();
  await page.waitForSelector('[data-testid=heart][data-count="1"][data-mine="true"]');
  // What a teller can do counts in the screen's "Alles is er al" beside what dreams name.
  await page.click('[data-testid=story-add]');
  await page.fill('[data-testid=story-text]', 'Ik kook graag voor veel mensen.');
  await page.fill('[data-testid=story-talents]', 'koken voor 40');
  await page.click('[data-testid=story-save]');
  await page.locator('[data-testid=story]').waitFor();
  // The jury chooses.
  await page.selectOption('[data-testid=dream-status]', 'chosen');
  await page.waitForSelector(`[data-testid=pin-card][data-status="chosen"]`);
  await page.click('nav >> text=Lijst');
  await page.waitForSelector(`[data-testid=pin-row][data-id="${kitchen}"][data-status="chosen"]`);
  assert.equal(await page.locator(`[data-testid=pin-row][data-id="${garden}"]`).getAttribute('data-status'), 'dream');

  await page.goto(appUrl(env.app.url, '/screen', { tiles: env.tiles.template }));
  await clickScreenControl(page, '[data-testid=screen-talents]');
  assert.match(await page.locator('[data-testid=screen-tally]').textContent(), /koken voor 40\s*1/);
  await clickScreenControl(page, '[data-testid=screen-show-ranking]');
  const rows = page.locator('[data-testid=ranking-row]');
  await rows.first().waitFor();
  assert.deepEqual(
    await rows.evaluateAll((els) => els.map((e) => [e.dataset.id, e.dataset.hearts, e.dataset.status])),
    [[kitchen, '1', 'chosen'], [garden, '0', 'dream']],
  );
  await page.close();
});

test('a second device\'s stories and hearts arrive through upload and pull, without conflicts', async () => {
  const configure = async (page, pull) => {
    await page.goto(appUrl(env.app.url, '/settings', { tiles: env.tiles.template }));
    await page.fill('[data-testid=upload-url]', dav.folderUrl);
    await page.fill('[data-testid=upload-user]', 'oase');
    await page.fill('[data-testid=upload-password]', 'geheim');
    await page.fill('[data-testid=upload-event]', 'Oase week');
    if (pull) await page.check('[data-testid=upload-pull]');
    await page.click('[data-testid=upload-save]');
  };
  const one = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  await configure(one, true);
  await one.click('nav >> text=Kaart');
  const { id } = await addPin(one, 'dream', 'Een speeltuin voor iedereen');
  const two = await newPage(env.browser, { viewport: { width: 1024, height: 768 } });
  await configure(two, true);
  // The second device has the dream from the collection, and adds a story and a heart.
  await two.click('nav >> text=Lijst');
  await two.locator(`[data-testid=pin-row][data-id="${id}"]`).waitFor({ timeout: 30000 });
  await openCard(two, id);
  await tell(two, 'Ik kan lassen, dus de klimrekken maak ik.', 'Ahmed');
  await two.click('[data-testid=heart]');
  await two.waitForSelector('[data-testid=heart][data-count="1"]');
  // The first device gives its own heart; both hearts and the story meet on both devices.
  await openCard(one, id);
  await one.click('[data-testid=heart]');
  for (const page of [one, two]) {
    await page.waitForFunction(() => document.querySelector('[data-testid=heart]')?.dataset.count === '2', null, { timeout: 40000 });
    await page.locator('[data-testid=story]', { hasText: 'klimrekken' }).waitFor({ timeout: 40000 });
  }
  const files = fs.readdirSync(path.join(dav.dir, 'oase-week'));
  assert.equal(files.filter((f) => f.endsWith('.geojson')).length, 4, 'one dream, one story, two hearts: one file each');
  await one.close();
  await two.close();
});
