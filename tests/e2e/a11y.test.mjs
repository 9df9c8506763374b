// Accessibility measured with axe-core (WCAG 2.1 A and AA rules) on every route and on the
// views a resident meets: the choice of kind, the pin form, a pin's card with its stories, the
// kiosk's steps. Prints what axe finds; fails on any "serious" or "critical" violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, addPin } from './harness.mjs';

const env = setup();
const axePath = new URL('./node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, bypassCSP: true };
const TABLET = { viewport: { width: 1024, height: 768 }, bypassCSP: true };

/** axe's serious and critical violations on the page as it is now, as "rule: target" lines. */
async function audit(page, view) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const found = await page.evaluate(async () => {
    const r = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  const bad = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const ids = found.map((v) => `${v.id} (${v.impact})`).join(', ');
  console.log(`figure: axe on ${view}: ${found.length} rules violated, ${bad.length} serious or critical${ids ? `: ${ids}` : ''}`);
  return bad.map((v) => `${v.id} (${v.impact}): ${v.targets.join(' | ')}`);
}

test('the routes and the pin views have no serious or critical axe violations', async () => {
  const problems = [];
  const page = await openApp(env, '/', {}, TABLET);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  problems.push(...await audit(page, 'the map'));
  await page.click('[data-testid=add-pin]');
  problems.push(...await audit(page, 'the choice of kind'));
  for (const kind of ['beauty', 'place', 'dream']) {
    await page.click(`[data-testid=kind-${kind}]`);
    problems.push(...await audit(page, `the ${kind} form`));
    await page.keyboard.press('Escape');
    await page.click('[data-testid=add-pin]');
  }
  await page.keyboard.press('Escape');
  await addPin(page, 'dream', 'Een buurtkeuken');
  // A screen reader hears that it was saved.
  assert.equal(await page.locator('[data-testid=announce]').textContent(), 'Bewaard: Een buurtkeuken');
  await page.click('[data-testid=pin]');
  await page.waitForSelector('[data-testid=pin-card]');
  await page.click('[data-testid=story-add]');
  problems.push(...await audit(page, 'a card with the story form'));
  for (const route of ['/list', '/settings', '/screen', '/walk', '/print']) {
    await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, `${route}$1`));
    await page.waitForTimeout(400);
    problems.push(...await audit(page, route));
  }
  await page.close();
  assert.deepEqual(problems, []);
});

test('the kiosk\'s steps have no serious or critical axe violations', async () => {
  const problems = [];
  const page = await openApp(env, '/', {}, PHONE);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  await addPin(page, 'dream', 'Een buurtkeuken');
  await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, '/kiosk$1'));
  await page.waitForSelector('[data-testid=kiosk-start]');
  problems.push(...await audit(page, 'the kiosk welcome'));
  await page.tap('[data-testid=kiosk-vote]');
  await page.waitForSelector('[data-testid=vote-option]');
  problems.push(...await audit(page, 'the kiosk\'s choice of dreams'));
  await page.tap('[data-testid=kiosk-back]');
  await page.tap('[data-testid=kiosk-tell]');
  await page.waitForSelector('[data-testid=tell-option]');
  problems.push(...await audit(page, 'the kiosk\'s choice of a place to tell about'));
  await page.tap('[data-testid=tell-option]');
  problems.push(...await audit(page, 'the kiosk\'s story'));
  await page.tap('[data-testid=kiosk-back]');
  await page.tap('[data-testid=kiosk-back]');
  await page.tap('[data-testid=kiosk-start]');
  problems.push(...await audit(page, 'the kiosk kinds'));
  // Each step of a dream, as far as the consent.
  await page.tap('[data-testid=kind-dream]');
  await page.waitForSelector('[data-testid=kiosk-here]');
  problems.push(...await audit(page, 'the kiosk\'s where'));
  await page.tap('[data-testid=kiosk-here]');
  for (let step = 1; step <= 4 && await page.locator('[data-testid=kiosk-next]').count(); step += 1) {
    problems.push(...await audit(page, `the kiosk's dream, step ${step}`));
    await page.tap('[data-testid=kiosk-next]');
  }
  await page.close();
  assert.deepEqual(problems, []);
});

/** What can be tapped on the page and is smaller than 44 × 44 px. A checkbox or file input
 * inside a label counts as the label, which is what the finger meets. */
function smallTargets(page) {
  return page.evaluate(() => [...document.querySelectorAll('button, a[href], input, select, summary, textarea')]
    .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => {
      const hit = (e.tagName === 'INPUT' && e.closest('label')) || e;
      const r = hit.getBoundingClientRect();
      return { w: Math.round(r.width), h: Math.round(r.height), what: e.dataset.testid ?? e.className ?? e.tagName };
    })
    .filter((r) => r.w > 0 && r.h > 0 && (r.w < 44 || r.h < 44))
    .map((r) => `${r.what} ${r.w}×${r.h}`));
}

test('on a phone every tap target is at least 44 × 44 px', async () => {
  const page = await openApp(env, '/', {}, PHONE);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  const found = {};
  found['/'] = await smallTargets(page);
  await addPin(page, 'dream', 'Een buurtkeuken');
  await page.tap('[data-testid=pin]');
  await page.waitForSelector('[data-testid=pin-card]');
  found['a card'] = await smallTargets(page);
  for (const route of ['/list', '/walk', '/kiosk']) {
    await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, `${route}$1`));
    await page.waitForTimeout(500);
    found[route] = await smallTargets(page);
  }
  const bad = Object.entries(found).filter(([, v]) => v.length);
  console.log(`figure: tap targets under 44 px on a phone: ${bad.length ? JSON.stringify(Object.fromEntries(bad)) : 'none'}`);
  assert.deepEqual(bad, []);
  await page.close();
});

test('keyboard only: a pin is added from the map, opened from the list, and Escape leaves the card', async () => {
  const page = await openApp(env, '/', {}, TABLET);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  // Tab to the map, move it under the crosshair with the arrows, then to "add".
  await page.focus('[data-testid=map]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await page.focus('[data-testid=add-pin]');
  await page.keyboard.press('Enter');
  await page.focus('[data-testid=kind-dream]');
  await page.keyboard.press('Enter');
  // The focus is on the form's question; Tab goes to the first field (a dream's photo, then its title).
  await page.waitForFunction(() => /form-title/.test(document.activeElement?.className ?? ''));
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'pin-photo');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'pin-title');
  await page.keyboard.type('Een buurtkeuken');
  await page.keyboard.press('Enter');
  const card = page.locator('[data-testid=pin-card]');
  await card.waitFor();
  const id = await card.getAttribute('data-id');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'detached' });
  await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, '/list$1'));
  const open = page.locator(`[data-testid=pin-row][data-id="${id}"] button`);
  await open.focus();
  await page.keyboard.press('Enter');
  await page.locator(`[data-testid=pin-card][data-id="${id}"]`).waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-testid=pin-card]').waitFor({ state: 'detached' });
  await page.close();
});

test('at 320 px wide no page scrolls sideways, and the map points to the list', async () => {
  const page = await openApp(env, '/', {}, { viewport: { width: 320, height: 640 }, hasTouch: true });
  await page.waitForSelector('[data-testid=map][data-zoom]');
  assert.match(await page.locator('[data-testid=map]').getAttribute('aria-label'), /Lijst/);
  for (const route of ['/', '/list', '/settings', '/kiosk', '/walk', '/screen', '/print']) {
    await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, `${route}$1`));
    await page.waitForTimeout(400);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), `${route} scrolls sideways`);
  }
  await page.close();
});
