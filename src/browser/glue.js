// Oase's own JavaScript: the few browser calls that would cost more code as `web_sys` calls.
// The Rust side imports these from `src/browser/{page,kiosk,geo,dav,offline,print}.rs` with
// `#[wasm_bindgen(module = "/src/browser/glue.js")]`.
//
// Keep it ONE module: every extra `inline_js` or `module` snippet is one more file the page
// loads at the same moment. With five of them, Chromium opened five connections at once to the
// test runner's server (wasm-bindgen-test-runner 0.2.130, tiny_http 0.12), whose pool of four
// threads keeps one thread per open keep-alive connection and, in such a burst, queued the fifth
// connection behind the other four: its request sat unread, the page never finished loading and
// the browser tests hung for 300 s about one run in five.

// ---- page: fullscreen, the screen wake lock, the origin ----------------------------------------

export function fullscreen(on) {
  const d = document, el = d.documentElement;
  const active = d.fullscreenElement || d.webkitFullscreenElement;
  const call = on ? (active ? null : (el.requestFullscreen || el.webkitRequestFullscreen))
                  : (active ? (d.exitFullscreen || d.webkitExitFullscreen) : null);
  if (!call) return;
  try {
    const p = call.call(on ? el : d, on ? { navigationUI: 'hide' } : undefined);
    if (p && p.catch) p.catch(() => {});
  } catch (e) {}
}

// The Screen Wake Lock is dropped whenever the page is hidden; take it again when it shows.
let lock = null, wanted = false;
async function acquire() {
  if (!wanted || lock || document.visibilityState !== 'visible' || !navigator.wakeLock) return;
  try {
    lock = await navigator.wakeLock.request('screen');
    lock.addEventListener('release', () => { lock = null; });
  } catch (e) { lock = null; }
}
document.addEventListener('visibilitychange', acquire);
export function keep_awake(on) {
  wanted = on;
  if (on) acquire();
  else if (lock) { lock.release().catch(() => {}); lock = null; }
}

export function is_fullscreen() { return !!(document.fullscreenElement || document.webkitFullscreenElement); }
export function page_origin() { return location.origin; }
// Moves the focus to the element, so keyboard and screen-reader users start where the page did.
export function focus_on(selector) { document.querySelector(selector)?.focus(); }
// Where the focus was when a panel opened, so closing the panel can give it back: a keyboard
// user must never be left on the page itself (the next Tab would start over at the top).
let opener = null;
export function remember_focus() {
  const a = document.activeElement;
  opener = a && a !== document.body ? a : null;
}
const lost = () => !document.activeElement || document.activeElement === document.body;
// After the next frame (the closed panel is gone by then), unless the focus is somewhere real:
// back to the opener, else the first of `selectors` that is on the page.
export function give_focus_back(selectors) {
  const was = opener;
  opener = null;
  requestAnimationFrame(() => {
    if (!lost()) return;
    const to = was?.isConnected ? was
      : selectors.map((s) => document.querySelector(s)).find(Boolean);
    to?.focus({ preventScroll: true });
  });
}
// A new screen replaced the focused element: its heading takes the focus (read out, and Tab
// goes on from there), made focusable by script only.
export function focus_if_lost(selector) {
  requestAnimationFrame(() => {
    if (!lost()) return;
    const el = document.querySelector(selector);
    if (!el) return;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
  });
}
export function reduced_motion() { return !!window.matchMedia?.('(prefers-reduced-motion: reduce)').matches; }
// A day (or a moment) in words, in the chosen language: "maandag 5 oktober" (the browser's Intl,
// so no date tables ship with the app). A day alone is read in UTC, so it never shifts.
export function day_words(iso, lang, time) {
  try {
    const d = new Date(iso);
    if (Number.isNaN(d.getTime())) return iso;
    const o = { weekday: 'long', day: 'numeric', month: 'long' };
    if (time) { o.hour = '2-digit'; o.minute = '2-digit'; } else { o.timeZone = 'UTC'; }
    return new Intl.DateTimeFormat(lang, o).format(d);
  } catch (_) { return iso; }
}
// The clipboard needs a secure context and a tap; where it is missing, the caller says so.
export async function copy_text(text) {
  try { await navigator.clipboard.writeText(text); return true; } catch (_) { return false; }
}

// ---- kiosk: no zoom or context menu, fields above the keyboard, back kept inside -------------

// No page zoom (pinch, double tap, Safari's gesture events) and no context menu. The layout
// viewport shrinks with the on-screen keyboard (interactive-widget), so the buttons stay above it.
const stop = (e) => e.preventDefault();
let viewport = null;
export function hold_page(on) {
  const meta = document.querySelector('meta[name=viewport]');
  if (on && meta && viewport === null) {
    viewport = meta.content;
    meta.content = viewport + ', maximum-scale=1, user-scalable=no, interactive-widget=resizes-content';
  } else if (!on && meta && viewport !== null) {
    meta.content = viewport;
    viewport = null;
  }
  for (const type of ['contextmenu', 'gesturestart']) {
    if (on) document.addEventListener(type, stop); else document.removeEventListener(type, stop);
  }
}

// Keep the field being typed in visible once the on-screen keyboard has opened.
function reveal_focused() {
  const el = document.activeElement;
  if (el && el.closest && el.closest('.kiosk') && el.matches('input, textarea')) {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}
if (window.visualViewport) window.visualViewport.addEventListener('resize', reveal_focused);
export function reveal_soon() { setTimeout(reveal_focused, 350); }

export function show(selector) {
  const el = document.querySelector(selector);
  if (el) el.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}

export function focus_field() {
  const el = document.querySelector('.kiosk .kiosk-field');
  if (el) el.focus({ preventScroll: true });
}

export function focus_second_field() {
  const el = document.querySelectorAll('.kiosk .kiosk-field')[1];
  if (el) el.focus({ preventScroll: true });
}

// Each back (or Android back gesture) lands on an entry of our own and is answered by a new one,
// so the address never leaves the kiosk; `on_back` steps back inside the flow.
export function guard_back(path, on_back) {
  const push = () => history.pushState({ kiosk: true }, '', path + location.search);
  push();
  const pop = () => { push(); on_back(); };
  addEventListener('popstate', pop);
  return { rearm: push, stop: () => removeEventListener('popstate', pop) };
}

// ---- geo: the person's position -----------------------------------------------------------------

export function geo_watch(on_fix, on_error) {
  if (!('geolocation' in navigator)) { on_error(2); return -1; }
  return navigator.geolocation.watchPosition(
    (p) => on_fix(p.coords.latitude, p.coords.longitude, p.coords.accuracy,
      p.coords.heading ?? NaN, p.timestamp),
    (e) => on_error(e.code),
    { enableHighAccuracy: true, maximumAge: 5000, timeout: 30000 });
}
export function geo_clear(id) { if (id >= 0) navigator.geolocation.clearWatch(id); }

// ---- dav: one request to the WebDAV collection point ------------------------------------------

// Resolves to [status, body] when the server answered, else to why not: 'unreachable', 'cors'
// (known only with `probe`) or 'redirected'.
export async function dav_fetch(method, url, auth, type, body, depth, probe, want_blob) {
  const headers = {};
  if (auth) headers['Authorization'] = auth;
  if (type) headers['Content-Type'] = type;
  if (depth) headers['Depth'] = depth;
  try {
    // Redirects are not followed: a 303 would turn a PUT into a GET whose 200 looks like
    // success though nothing was stored. The app says the address moved instead.
    const r = await fetch(url, { method, headers, body: body ?? undefined, credentials: 'omit', cache: 'no-store', redirect: 'manual' });
    if (r.type === 'opaqueredirect' || (r.status >= 300 && r.status < 400)) return 'redirected';
    const text = want_blob ? (r.ok ? await r.blob() : null) : (method === 'GET' || method === 'PROPFIND') ? await r.text() : '';
    return [r.status, text];
  } catch (e) {
    if (!probe) return 'unreachable';
    // No answer. Asked again without CORS, an answer means the server is there but does not
    // let this app read it (CORS); still nothing means it cannot be reached.
    try { await fetch(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store' }); return 'cors'; }
    catch { return 'unreachable'; }
  }
}

export function sleep(ms) { return new Promise((r) => setTimeout(r, ms)); }

export function is_online() { return navigator.onLine !== false; }

// ---- offline: the service worker and the tile caches ------------------------------------------

export function sw_register(url, on_waiting) {
  if (!('serviceWorker' in navigator)) return;
  const start = () => navigator.serviceWorker.register(url).then((reg) => {
    // Only an update waits: the very first worker has no page of an older version to replace.
    const tell = () => { if (reg.waiting && navigator.serviceWorker.controller) on_waiting(); };
    tell();
    reg.addEventListener('updatefound', () => {
      const w = reg.installing;
      if (w) w.addEventListener('statechange', () => { if (w.state === 'installed') tell(); });
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') reg.update().catch(() => {});
    });
  }).catch(() => {});
  // Once the page has loaded and gone quiet: a first install fetches every bundle (2 MB), which
  // must not compete with the map's own first load (its tiles were asked for 100 ms later).
  const later = () => ('requestIdleCallback' in window
    ? requestIdleCallback(start, { timeout: 2000 })
    : setTimeout(start, 500));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

export function sw_accept() {
  navigator.serviceWorker.getRegistration().then((reg) => {
    if (!reg || !reg.waiting) return;
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
    reg.waiting.postMessage('skip-waiting');
  });
}

export async function cache_tiles(name, urls, progress, cancelled) {
  const cache = await caches.open(name);
  let next = 0, done = 0, failed = 0;
  const one = async () => {
    while (next < urls.length && !cancelled()) {
      const url = urls[next++];
      try {
        if (!(await cache.match(url))) {
          const response = await fetch(url, { mode: 'cors', credentials: 'omit' });
          if (!response.ok) throw new Error(String(response.status));
          await cache.put(url, response);
        }
      } catch (e) {
        if (e && e.name === 'QuotaExceededError') throw e;
        failed++;
      }
      progress(++done, failed);
    }
  };
  // Four at a time: polite to the tile server, quick enough for a few thousand tiles.
  await Promise.all([one(), one(), one(), one()]);
  return failed;
}

export async function cached_tiles(name) {
  if (!('caches' in self)) return 0;
  const cache = await caches.open(name);
  return (await cache.keys()).length;
}

// ---- print: the wijkplaat's date and the print dialogue -----------------------------------------

// A day (`2026-11-23`) or, for '', today, with its year: "23 november 2026".
export function date_words(iso, lang) {
  try {
    const d = iso ? new Date(iso) : new Date();
    if (Number.isNaN(d.getTime())) return iso;
    const o = { day: 'numeric', month: 'long', year: 'numeric' };
    if (iso) o.timeZone = 'UTC';
    return new Intl.DateTimeFormat(lang, o).format(d);
  } catch (_) { return iso; }
}
export function print_page() { try { window.print(); } catch (_) { /* no print dialogue */ } }
