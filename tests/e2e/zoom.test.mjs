// 200 % zoom (WCAG 1.4.4 and 1.4.10, issue "everyone"): a 1280×800 window zoomed to 200 % is a
// CSS viewport of 640×400 at a device scale of 2. On every route, and with the kind choice, a pin
// form and a card open: nothing scrolls sideways, and every button, link and field can be
// reached: scrolled into view it lies inside the window and nothing covers it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup, openApp, addPin } from './harness.mjs';

const env = setup();
const START = { lat: 51.837, lon: 5.887, z: 16 };
const ZOOMED = { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 };

/** What cannot be reached on the page as it is: sideways scrolling, and controls that cannot
 * be brought into the window or stay covered there. */
function unreachable(page) {
  return page.evaluate(async () => {
    const out = [];
    if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    // With a panel open, the map's own controls behind it do not count: the panel and the bar do.
    const panel = document.querySelector('.sheet');
    const scope = panel ? [panel, document.querySelector('.nav-bar')].filter(Boolean) : [document];
    // Markers are reached by moving the map (or in the list), not by scrolling.
    const controls = scope.flatMap((s) => [...s.querySelectorAll('button, a[href], input, select, textarea, summary, [data-testid=map]')])
      .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden' && !e.closest('.marker')
        && !e.closest('details:not([open]) > :not(summary)') && !e.closest('.visually-hidden'));
    for (const e of controls) {
      const shown = (e.matches('input[type=file], input[type=checkbox], input[type=radio]') && e.closest('label')) || e;
      // Only what a person can scroll: a box that clips (overflow hidden) is put back as it was.
      const clips = [];
      for (let a = shown.parentElement; a; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (/hidden|clip/.test(cs.overflowX + cs.overflowY) && !/auto|scroll/.test(cs.overflowX + cs.overflowY)) clips.push([a, a.scrollTop, a.scrollLeft]);
      }
      shown.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      for (const [a, t, l] of clips) { a.scrollTop = t; a.scrollLeft = l; }
      await new Promise(requestAnimationFrame);
      const r = shown.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) continue; // drawn elsewhere (a styled file input)
      const what = e.dataset.testid ?? `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ')[0]}` : ''} "${(e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 20)}"`;
      if (r.bottom <= 0 || r.right <= 0 || r.left >= innerWidth || r.top >= innerHeight) {
        out.push(`${what} out of the window (${Math.round(r.left)}, ${Math.round(r.top)})`);
        continue;
      }
      // Its middle (any of five points for a large one, the map) is not under something else.
      const points = [[0.5, 0.5], [0.15, 0.15], [0.85, 0.15], [0.15, 0.85], [0.85, 0.85]];
      const free = points.slice(0, r.width * r.height > 200 * 200 ? 5 : 1).some(([fx, fy]) => {
        const x = Math.min(Math.max(r.left + r.width * fx, 0), innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height * fy, 0), innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        return !!hit && (shown === hit || shown.contains(hit) || hit.contains(shown));
      });
      if (!free) {
        const c = document.elementFromPoint(Math.min(r.left + r.width / 2, innerWidth - 1), Math.min(r.top + r.height / 2, innerHeight - 1));
        out.push(`${what} covered by ${c?.dataset?.testid ?? (typeof c?.className === 'string' ? c.className : c?.tagName)}`);
      }
    }
    return [...new Set(out)];
  });
}

test('at 200 % zoom every route and panel fits the width and every control can be reached', async () => {
  const found = {};
  const page = await openApp(env, '/', START, ZOOMED);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  found['/'] = await unreachable(page);
  await page.click('[data-testid=add-pin]');
  await page.waitForSelector('[data-testid=kind-dream]');
  found['the choice of kind'] = await unreachable(page);
  await page.click('[data-testid=kind-dream]');
  await page.waitForSelector('form.pin-form');
  found['a dream form'] = await unreachable(page);
  await page.keyboard.press('Escape');
  await addPin(page, 'dream', 'Een buurtkeuken');
  await page.click('[data-testid=pin]');
  await page.waitForSelector('[data-testid=pin-card]');
  found['a card'] = await unreachable(page);
  await page.keyboard.press('Escape');
  for (const route of ['/list', '/walk', '/settings', '/screen', '/kiosk']) {
    await page.goto(page.url().replace(/\/[^/?]*(\?|$)/, `${route}$1`));
    await page.waitForTimeout(600);
    found[route] = await unreachable(page);
  }
  // The kiosk's steps for a dream.
  await page.click('[data-testid=kiosk-start]');
  found['the kiosk kinds'] = await unreachable(page);
  await page.click('[data-testid=kind-dream]');
  await page.waitForSelector('[data-testid=kiosk-here]');
  found['the kiosk\'s where'] = await unreachable(page);
  await page.click('[data-testid=kiosk-here]');
  found['the kiosk\'s first question'] = await unreachable(page);
  await page.close();
  const bad = Object.entries(found).filter(([, v]) => v.length);
  console.log(`figure: at 200 % zoom (640×400 CSS px): ${bad.length ? JSON.stringify(Object.fromEntries(bad)) : 'every control reachable on every view'}`);
  assert.deepEqual(Object.fromEntries(bad), {});
});
