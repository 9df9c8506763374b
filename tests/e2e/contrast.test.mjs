// Contrast over the map (issue "everyone": text contrast AA on marker badges and over aerial
// photos). The tiles here are an aerial photo at its hardest (near-black, bright and mid-grey
// blocks, `startTiles({ aerial: true })`), so whatever lets the map shine through shows it.
// axe's color-contrast rule cannot judge text over an image (it answers "incomplete"), so the
// test also measures: every piece of text over the map against the background it really has,
// the photo's darkest and brightest colours included where that background is see-through;
// and the markers' badges and clusters against the photo (non-text contrast, 3:1).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, startStatic, startTiles, openApp, addPin } from './harness.mjs';

const env = {};
before(async () => {
  env.app = await startStatic(process.env.OASE_DIST ?? new URL('../../dist', import.meta.url).pathname);
  env.tiles = await startTiles({ aerial: true });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.tiles?.close();
  await env.app?.close();
});

const axePath = new URL('./node_modules/axe-core/axe.min.js', import.meta.url).pathname;
const START = { lat: 51.837, lon: 5.887, z: 17 };
const PHOTO = [[18, 32, 20], [245, 244, 236], [110, 118, 104], [52, 60, 70], [200, 190, 160]];

/** In the page: the contrast of each text over the map, at its worst over the photo. */
function measure(photo) {
  const rgba = (c) => {
    const m = c.match(/rgba?\(([^)]+)\)/);
    if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [r, g, b, a];
  };
  const over = ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a)];
  const lum = (c) => {
    const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const area = document.querySelector('.map-area') ?? document.querySelector('[data-testid=map]').parentElement;
  const found = [];
  const texts = [...area.querySelectorAll('*')].filter((e) => {
    if (e.closest('.sheet') || !e.getClientRects().length) return false;
    const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    return own || (e.matches('input') && (e.value || e.placeholder));
  });
  for (const e of texts) {
    const cs = getComputedStyle(e);
    const fg = rgba(cs.color);
    // Background layers from the element up to the first opaque one, and the opacity of all.
    let opacity = 1;
    const layers = [];
    let opaque = false;
    for (let el = e; el && el !== area; el = el.parentElement) {
      const s = getComputedStyle(el);
      opacity *= Number(s.opacity);
      if (opaque) continue;
      const bg = rgba(s.backgroundColor);
      if (bg && bg[3] > 0) layers.push(bg);
      if (bg && bg[3] >= 1) opaque = true;
    }
    const what = `${e.dataset.testid ?? e.tagName.toLowerCase()}${e.className?.baseVal ?? (e.className ? `.${e.className}` : '')} "${(e.textContent || e.value || e.placeholder).trim().slice(0, 24)}"`;
    let worst = Infinity;
    for (const p of photo) {
      // The element's own stack composed from the bottom (over the photo where it lets it
      // through), its text on that; then all of it laid over the photo at `opacity`.
      const own = layers.slice().reverse().reduce((acc, l) => over(l, acc), p);
      const text = over([...over(fg, own), opacity], p);
      const bg = over([...own, opacity], p);
      worst = Math.min(worst, ratio(text, bg));
    }
    const size = parseFloat(cs.fontSize);
    const bold = Number(cs.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    found.push({ what, ratio: Math.round(worst * 100) / 100, need: large ? 3 : 4.5 });
  }
  return found;
}

/** In the page: each marker's badge against the photo (3:1 for a graphic) and the glyph in it. */
function badges(photo) {
  const rgb = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
  const lum = (c) => {
    const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
  const out = [];
  for (const m of document.querySelectorAll('[data-testid=pin] .pin-badge, [data-testid=cluster]')) {
    // A pin's badge is a drawing (its outline's fill and ring); a cluster is one element (its
    // background and border).
    const shape = m.querySelector('.outline') ?? m;
    const cs = getComputedStyle(shape);
    const drawn = shape !== m;
    const fill = rgb(drawn ? cs.fill : cs.backgroundColor);
    const stroke = drawn ? cs.stroke : cs.borderTopStyle === 'none' ? 'none' : cs.borderTopColor;
    const ring = stroke && stroke !== 'none' ? rgb(stroke) : null;
    const ringWidth = parseFloat(drawn ? cs.strokeWidth : cs.borderTopWidth) || 0;
    const kind = m.closest('[data-kind]')?.dataset.kind ?? 'cluster';
    // The shape stands out from every part of the photo by its fill or by its ring.
    const edge = Math.min(...photo.map((p) => Math.max(ratio(fill, p), ring && ringWidth >= 2 ? ratio(ring, p) : 0)));
    const glyph = m.querySelector('.glyph');
    const inner = glyph ? ratio(rgb(getComputedStyle(glyph).stroke), fill) : null;
    out.push({ kind, edge: Math.round(edge * 100) / 100, glyph: inner && Math.round(inner * 100) / 100 });
  }
  return out;
}

test('over an aerial photo: axe finds no contrast violation, and every text and badge over the map has AA contrast', async () => {
  const page = await openApp(env, '/', START, { viewport: { width: 1024, height: 768 }, bypassCSP: true });
  await page.waitForSelector('[data-testid=map][data-zoom]');
  // One pin of each kind, and three on one spot (a cluster).
  await addPin(page, 'beauty', 'Rozenboog', { move: 3 });
  await addPin(page, 'place', 'Het bankje', { move: 3 });
  for (const t of ['Een buurtkeuken', 'Een moestuin', 'Een speeltuin']) await addPin(page, 'dream', t);
  await page.waitForSelector('[data-testid=cluster]');
  await page.waitForTimeout(300);
  const marks = await page.evaluate(badges, PHOTO);
  console.log(`figure: marker badges over the aerial map: ${JSON.stringify(marks)}`);
  // A filter switched off has a look of its own (crossed out).
  await page.click('[data-testid=filter-place]');
  await page.waitForTimeout(200);

  await page.addScriptTag({ path: axePath });
  const axe = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'rule', values: ['color-contrast'] } });
    return {
      violations: r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any[0]?.message ?? ''}`)),
      incomplete: r.incomplete.flatMap((v) => v.nodes.map((n) => n.target.join(' '))),
    };
  });
  console.log(`figure: axe color-contrast over an aerial photo: ${axe.violations.length} violations, ${axe.incomplete.length} left for review (text over the photo)`);

  const texts = await page.evaluate(measure, PHOTO);
  const low = texts.filter((t) => t.ratio < t.need);
  console.log(`figure: text over the aerial map, lowest contrast: ${texts.map((t) => t.ratio).sort((a, b) => a - b).slice(0, 3).join(', ')} (${texts.length} texts)`);
  console.log(texts.map((t) => `  ${t.ratio} (needs ${t.need}) ${t.what}`).join('\n'));
  const weak = marks.filter((m) => m.edge < 3 || (m.glyph !== null && m.glyph < 4.5));
  await page.close();
  assert.deepEqual(axe.violations, []);
  assert.deepEqual(low, [], 'text over the map below AA');
  assert.ok(texts.length >= 4, 'the filters, the search, the attribution and a cluster count were measured');
  assert.ok(marks.some((m) => m.kind === 'cluster') && marks.length >= 3, 'badges and a cluster were measured');
  assert.deepEqual(weak, [], 'a badge that does not stand out from the photo, or its glyph from the badge');
});
