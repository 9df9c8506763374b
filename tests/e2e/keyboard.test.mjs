// Keyboard only (issue "everyone"): the kiosk's flow for a dream from welcome to thanks, and
// every dialog and card left with Escape on every route. At each stop of the focus it must be
// visible (an outline of 2 px or more, by computed style) and on top: the point in the middle of
// the focused element hits that element, not the map or a panel lying over it. When a panel
// closes the focus goes back to something on the page, never to nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, appUrl, newPage } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };
const TABLET = { viewport: { width: 1024, height: 768 } };

/** Where the focus is now and whether a person can see it. */
function focusNow(page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body || e === document.documentElement) return { lost: true };
    const what = e.dataset?.testid ?? `${e.tagName.toLowerCase()}.${e.className}`;
    // A file input or checkbox inside a label shows its focus on the label (`:focus-within`).
    const ring = [e, e.closest('label')].filter(Boolean).some((el) => {
      const cs = getComputedStyle(el);
      return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    });
    const shown = e.closest('label') ?? e;
    const r = shown.getBoundingClientRect();
    // The middle, or for a large element (the map) any of five points inside it, hits it.
    const points = [[0.5, 0.5], [0.15, 0.15], [0.85, 0.15], [0.15, 0.85], [0.85, 0.85]];
    const onTop = points.slice(0, r.width * r.height > 200 * 200 ? 5 : 1).some(([fx, fy]) => {
      const x = Math.min(Math.max(r.left + r.width * fx, 0), innerWidth - 1);
      const y = Math.min(Math.max(r.top + r.height * fy, 0), innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      return !!hit && (shown === hit || shown.contains(hit) || hit.contains(shown));
    });
    const inView = r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth;
    return { lost: false, what, ring, onTop, inView };
  });
}

/** Checks the focus now; a problem is added to `problems` with `where`. */
async function checkFocus(page, problems, where) {
  const f = await focusNow(page);
  if (f.lost) problems.push(`${where}: the focus is lost (on the page itself)`);
  else {
    if (!f.ring) problems.push(`${where}: no visible focus ring on ${f.what}`);
    if (!f.inView) problems.push(`${where}: ${f.what} has the focus out of sight`);
    else if (!f.onTop) problems.push(`${where}: ${f.what} has the focus behind something`);
  }
  return f;
}

/** Presses Tab until `testid` has the focus, checking the focus at every stop. Past the last
 * element the focus leaves the page (to the browser's own bar); that is no loss. */
async function tabTo(page, testid, problems, where, max = 40) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    if ((await focusNow(page)).lost) continue;
    const f = await checkFocus(page, problems, `${where}, Tab ${i + 1}`);
    if (f.what === testid) return;
  }
  throw new Error(`${where}: ${testid} not reached in ${max} presses of Tab`);
}

test('keyboard only: the kiosk takes a dream from welcome to thanks', async () => {
  const problems = [];
  const page = await newPage(env.browser, TABLET);
  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  await tabTo(page, 'kiosk-start', problems, 'welcome');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=kind-dream]');
  await tabTo(page, 'kind-dream', problems, 'kinds');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=kiosk-here]');
  // Where: the map moves with the arrows under the crosshair.
  await tabTo(page, 'map', problems, 'where');
  const before = await page.getAttribute('[data-testid=map]', 'data-lon');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction((lon) => document.querySelector('[data-testid=map]').dataset.lon !== lon, before);
  await tabTo(page, 'kiosk-here', problems, 'where');
  await page.keyboard.press('Enter');
  // The dream's questions, then a first name: each field is typed in, then "next".
  const answers = ['Een moestuin voor iedereen', 'tuinieren', 'het veld', 'Fatma'];
  for (let step = 0; step < 8 && !(await page.locator('[data-testid=kiosk-thanks]').count()); step += 1) {
    await page.waitForSelector('[data-testid=kiosk-next]');
    const field = await page.evaluate(() => {
      const f = document.querySelector('.kiosk-step input[type=text], .kiosk-step textarea, .kiosk-step .kiosk-field');
      return f ? f.dataset.testid ?? 'field' : null;
    });
    if (field && answers.length) {
      if (!(await page.evaluate(() => document.activeElement?.matches('input, textarea')))) {
        await tabTo(page, field, problems, `step ${step + 1}`);
      } else await checkFocus(page, problems, `step ${step + 1}, the field`);
      await page.keyboard.type(answers.shift());
    }
    await tabTo(page, 'kiosk-next', problems, `step ${step + 1}`);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(150);
  }
  const thanks = page.locator('[data-testid=kiosk-thanks]');
  await thanks.waitFor();
  const id = await thanks.getAttribute('data-id');
  assert.ok(id, 'the dream was saved');
  await page.close();
  assert.deepEqual(problems, []);
});

/** Adds a pin from the keyboard on the map at `/`; leaves its card open. */
async function addByKeyboard(page, problems, title) {
  await page.waitForSelector('[data-testid=add-pin]');
  await page.focus('[data-testid=add-pin]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'kind-dream', problems, 'the choice of kind');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /form-title/.test(document.activeElement?.className ?? ''));
  await tabTo(page, 'pin-title', problems, 'the form');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=pin-card]').waitFor();
}

/** Presses Escape and waits for `gone` to leave; the focus must be on something visible. */
async function escape(page, gone, problems, where) {
  await page.keyboard.press('Escape');
  await page.locator(gone).first().waitFor({ state: 'detached', timeout: 3000 }).catch(() => {
    problems.push(`${where}: Escape left ${gone} open`);
  });
  await page.waitForTimeout(100);
  await checkFocus(page, problems, `${where}, after Escape`);
}

test('keyboard only: Escape leaves every panel, card and menu on /, /list and /walk, and the focus stays visible', async () => {
  const problems = [];
  const page = await openApp(env, '/', START, TABLET);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  // The map: the choice of kind, a form, a card, the "more" menu.
  await page.focus('[data-testid=add-pin]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=kind-beauty]');
  await escape(page, '[data-testid=kind-beauty]', problems, '/ the choice of kind');
  await page.focus('[data-testid=add-pin]');
  await page.keyboard.press('Enter');
  await tabTo(page, 'kind-place', problems, '/ the choice of kind');
  await page.keyboard.press('Enter');
  await page.waitForSelector('form.pin-form');
  await escape(page, 'form.pin-form', problems, '/ a form');
  await addByKeyboard(page, problems, 'Een buurtkeuken');
  await escape(page, '[data-testid=pin-card]', problems, '/ a card');
  // The marker opens its card from the keyboard, and Escape gives the focus back to it.
  await tabTo(page, 'pin', problems, '/ to the marker');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=pin-card]').waitFor();
  await escape(page, '[data-testid=pin-card]', problems, '/ a card opened from its marker');
  assert.equal((await focusNow(page)).what, 'pin', 'the focus is back on the marker');
  await page.focus('[data-testid=nav-more] summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('[data-testid=nav-more]', 'open'), '');
  await page.keyboard.press('Escape');
  await page.waitForTimeout(100);
  assert.equal(await page.getAttribute('[data-testid=nav-more]', 'open'), null, 'Escape closes the menu');
  await checkFocus(page, problems, '/ the menu, after Escape');

  // The list: a pin opened from its row shows its card on the map; Escape closes it.
  await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, '/list$1'));
  await page.waitForSelector('[data-testid=pin-row]');
  await page.focus('[data-testid=pin-row] button');
  await checkFocus(page, problems, '/list the row');
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=pin-card]').waitFor();
  await escape(page, '[data-testid=pin-card]', problems, '/list a card');

  // The walk: the pin's card on the walk's map.
  await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, '/walk$1'));
  await page.waitForSelector('[data-testid=map][data-zoom]');
  await tabTo(page, 'pin', problems, '/walk to the marker', 60);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid=pin-card]').waitFor();
  await escape(page, '[data-testid=pin-card]', problems, '/walk a card');
  await page.close();
  assert.deepEqual(problems, []);
});

test('keyboard only: Escape leaves the kiosk\'s PIN prompt and its countdown; Tab on /screen and /settings stays visible', async () => {
  const problems = [];
  const page = await openApp(env, '/settings', START, TABLET);
  await page.waitForSelector('[data-testid=kiosk-pin-new]');
  // Settings: every stop of the first 40 presses of Tab is visible and on top.
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    if (!(await focusNow(page)).lost) await checkFocus(page, problems, `/settings, Tab ${i + 1}`);
  }
  await page.fill('[data-testid=kiosk-pin-new]', '246813');
  await page.click('[data-testid=kiosk-pin-set]');
  await page.goto(appUrl(env.app.url, '/kiosk', { tiles: env.tiles.template, ...START, idle: 3 }));
  await page.waitForSelector('[data-testid=kiosk-start]');
  await tabTo(page, 'kiosk-leave', problems, '/kiosk the organiser');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid=pin-code]');
  await checkFocus(page, problems, '/kiosk the PIN prompt');
  await escape(page, '[data-testid=pin-code]', problems, '/kiosk the PIN prompt');
  // The countdown ("are you still there?") after a quiet spell in the middle of a turn.
  await page.focus('[data-testid=kiosk-start]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.kiosk-idle', { timeout: 8000 });
  await page.waitForTimeout(200);
  await checkFocus(page, problems, '/kiosk the countdown');
  await escape(page, '.kiosk-idle', problems, '/kiosk the countdown');
  assert.equal(await page.locator('[data-testid=kind-dream]').count(), 1, 'Escape means "still here"');

  // The screen: its controls show while keys are pressed; every stop is visible.
  const screen = await newPage(env.browser, TABLET);
  await screen.goto(appUrl(env.app.url, '/screen', { tiles: env.tiles.template, ...START }));
  await screen.waitForSelector('.mode-screen');
  for (let i = 0; i < 12; i += 1) {
    await screen.keyboard.press('Tab');
    if (!(await focusNow(screen)).lost) await checkFocus(screen, problems, `/screen, Tab ${i + 1}`);
  }
  await screen.close();
  await page.close();
  assert.deepEqual(problems, []);
});
