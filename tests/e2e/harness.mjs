// Shared helpers of the end-to-end tests: a static server for dist/, a tile server, Chromium,
// and the page steps many tests take (open the app or its map, add a pin).
// Every server listens on 127.0.0.1 with a port the system picks, so runs never collide.
import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Folders the tests write files into (downloads, files to import, a copy of dist/). They are
// removed when the test process exits, so runs leave nothing behind in the temp folder.
const scratch = [];
process.on('exit', () => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh, empty folder in the temp folder, removed when this test file's process ends. */
export function scratchDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(dir);
  return dir;
}

function listen(server) {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server.address().port));
  });
}

function closer(server) {
  return () => new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/**
 * Serves a built app like a static host with a single-page fallback to index.html. `types`
 * overrides content types by extension, as a badly configured host would send them.
 */
export async function startStatic(distDir, { cacheControl = 'no-cache', types = {} } = {}) {
  // Absolute, so the "stays inside the folder" check below also holds for OASE_DIST=dist.
  const root = path.resolve(distDir);
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`no index.html in ${root}: build the app first (scripts/build-release)`);
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file;
    try {
      file = path.join(root, decodeURIComponent(url.pathname));
    } catch {
      res.writeHead(400).end(); // malformed %-escape: answer, don't crash the server
      return;
    }
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      if (path.extname(url.pathname)) {
        res.writeHead(404).end();
        return;
      }
      file = path.join(root, 'index.html');
    }
    res.writeHead(200, {
      'content-type': types[path.extname(file)] ?? TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': cacheControl,
    });
    fs.createReadStream(file).pipe(res);
  });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, close: closer(server) };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A 256×256 RGB PNG: a pale green field with a darker edge, so tile seams show; or, with
 * `aerial`, what an aerial photo is at its hardest for text on top: blocks of near-black
 * foliage and roofs, bright pavement, and mid greys, 32 px each. */
function tilePng(aerial = false) {
  const size = 256;
  const rows = [];
  const photo = [[18, 32, 20], [245, 244, 236], [110, 118, 104], [52, 60, 70], [200, 190, 160]];
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x += 1) {
      const edge = x === 0 || y === 0;
      const [r, g, b] = aerial ? photo[((x >> 5) * 3 + (y >> 5) * 2) % photo.length]
        : edge ? [196, 210, 190] : [232, 240, 226];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A tile server on loopback. It records every tile asked for; tiles whose "z/x/y" matches
 * `failPattern` answer 500; those matching `slowPattern` answer after `slowMs`. With `aerial`
 * the tiles look like the darkest and brightest parts of an aerial photo.
 */
export async function startTiles({ failPattern, slowPattern, slowMs = 1500, aerial = false } = {}) {
  const png = tilePng(aerial);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const m = url.pathname.match(/^\/(\d+)\/(\d+)\/(\d+)\.png$/);
    if (!m) {
      res.writeHead(404).end();
      return;
    }
    const [z, x, y] = m.slice(1).map(Number);
    requests.push({ z, x, y, query: url.search });
    if (failPattern && failPattern.test(`${z}/${x}/${y}`)) {
      res.writeHead(500, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const send = () => {
      res.writeHead(200, {
        'content-type': 'image/png',
        'access-control-allow-origin': '*',
        'cache-control': 'max-age=3600',
      });
      res.end(png);
    };
    if (slowPattern && slowPattern.test(`${z}/${x}/${y}`)) setTimeout(send, slowMs);
    else send();
  });
  const port = await listen(server);
  return {
    template: `http://127.0.0.1:${port}/{z}/{x}/{y}.png`,
    requests,
    reset: () => requests.splice(0),
    close: closer(server),
  };
}

/** Debian's Chromium, headless, kept off the network it cannot reach anyway. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
}

/** A page in a fresh context (fresh storage), collecting page errors and console errors. */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext({ locale: 'nl-NL', ...options });
  const page = await context.newPage();
  page.__errors = [];
  page.on('pageerror', (e) => page.__errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') page.__errors.push(`console: ${m.text()}`);
  });
  const close = page.close.bind(page);
  page.close = async () => {
    await close();
    await context.close();
  };
  return page;
}

/** The app's address for a route with query parameters (the tile template among them). */
export function appUrl(base, route, params = {}) {
  const q = new URLSearchParams(
    Object.entries(params).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]),
  ).toString();
  return `${base}${route}${q ? `?${q}` : ''}`;
}

/**
 * A fresh page (1024×768 unless `options` say otherwise; `options` go to the browser context) at
 * `route` of the app that `setup()` serves, with its tile server unless `params` name another.
 */
export async function openApp(env, route = '/', params = {}, options = {}) {
  const page = await newPage(env.browser, { viewport: { width: 1024, height: 768 }, ...options });
  await page.goto(appUrl(env.app.url, route, { tiles: env.tiles.template, ...params }));
  return page;
}

/** The map at `/` on a fresh page (see `openApp`), once it has its view (`data-zoom`). */
export async function openMap(env, params = {}, options = {}) {
  const page = await openApp(env, '/', params, options);
  await page.waitForSelector('[data-testid=map][data-zoom]');
  return page;
}

/** Moves the map under the crosshair with the keyboard (not a tap), so pins stand apart. */
export async function moveMap(page, presses = 2) {
  await page.focus('[data-testid=map]');
  for (let i = 0; i < presses; i += 1) await page.keyboard.press('ArrowRight');
}

/**
 * Adds a pin of `kind` at the map's crosshair through its buttons. `form` is the title, or a
 * function that fills the form. Waits for the pin's card (it opens once the pin is stored),
 * closes it with Escape, then moves the map `move` arrow presses (none unless asked). Returns
 * the pin's id and `ms`, the time from the click on save to the card.
 */
export async function addPin(page, kind, form, { move = 0 } = {}) {
  await page.click('[data-testid=add-pin]');
  await page.click(`[data-testid=kind-${kind}]`);
  if (typeof form === 'function') await form();
  else await page.fill('[data-testid=pin-title]', form);
  const start = Date.now();
  await page.click('[data-testid=pin-save]');
  const card = page.locator('[data-testid=pin-card]');
  await card.waitFor();
  const ms = Date.now() - start;
  const id = await card.getAttribute('data-id');
  await page.keyboard.press('Escape');
  if (move > 0) await moveMap(page, move);
  return { id, ms };
}

/** With OASE_SHOTS=<dir>, a screenshot of `page` as `<dir>/<name>.png`, for a person to look at. */
export async function shot(page, name, options = {}) {
  const dir = process.env.OASE_SHOTS;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: path.join(dir, `${name}.png`), ...options });
}

/** Opens pin `id`'s card from the list (Dutch navigation). */
export async function openCard(page, id) {
  await page.click('nav >> text=Lijst');
  await page.locator(`[data-testid=pin-row][data-id="${id}"] button`).click();
  await page.locator(`[data-testid=pin-card][data-id="${id}"]`).waitFor();
}

// Web Mercator, from the OpenStreetMap wiki's "Slippy map tilenames" formulas, in world units
// (the whole map is 0…1 on both axes, y pointing south).
export function lonLatToWorld(lon, lat) {
  const max = 85.0511287798066;
  const phi = (Math.max(-max, Math.min(max, lat)) * Math.PI) / 180;
  return {
    x: (lon + 180) / 360,
    y: (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2,
  };
}

export function worldToLonLat(x, y) {
  return {
    lon: x * 360 - 180,
    lat: (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI,
  };
}

/** The "z/x/y" names of the tiles covering a view, plus `ring` tiles around it. */
export function tileCover({ lat, lon, zoom, width, height, ring = 0 }) {
  const z = Math.round(zoom);
  const n = 2 ** z;
  const scale = 256 * 2 ** (zoom - z);
  const c = lonLatToWorld(lon, lat);
  const left = c.x * n * scale - width / 2;
  const top = c.y * n * scale - height / 2;
  const eps = 1e-3;
  const set = new Set();
  const x0 = Math.floor((left + eps) / scale) - ring;
  const x1 = Math.floor((left + width - eps) / scale) + ring;
  const y0 = Math.max(0, Math.floor((top + eps) / scale) - ring);
  const y1 = Math.min(n - 1, Math.floor((top + height - eps) / scale) + ring);
  for (let y = y0; y <= y1; y += 1) {
    for (let x = x0; x <= x1; x += 1) set.add(`${z}/${((x % n) + n) % n}/${y}`);
  }
  return set;
}

/**
 * For a test file: before its tests, the release build (OASE_DIST, else dist/) on a static
 * server, a tile server and Chromium; after them, all closed. Returns where to find them.
 */
export function setup() {
  const env = {};
  const dist = process.env.OASE_DIST ?? new URL('../../dist', import.meta.url).pathname;
  before(async () => {
    env.app = await startStatic(dist);
    env.tiles = await startTiles();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.tiles?.close();
    await env.app?.close();
  });
  return env;
}

/** A 64×48 PNG photo file on disk. */
export function photoFile() {
  const w = 64; const h = 48;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y += 1) {
    for (let x = 0; x < w; x += 1) raw.set([200, 80 + y, 60 + x], y * (w * 3 + 1) + 1 + x * 3);
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (t, d) => {
    const body = Buffer.concat([Buffer.from(t), d]);
    const out = Buffer.alloc(12 + d.length);
    out.writeUInt32BE(d.length, 0); body.copy(out, 4); out.writeUInt32BE(crc(body), 8 + d.length);
    return out;
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr.set([8, 2, 0, 0, 0], 8);
  const file = path.join(scratchDir('oase-photo-'), 'tuin.png');
  fs.writeFileSync(file, Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0)),
  ]));
  return file;
}

/** mulberry32: a tiny seeded PRNG, so seeded runs (fault proxy, benchmark pins) repeat exactly. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const jsqr = new URL('./node_modules/jsqr/dist/jsQR.js', import.meta.url).pathname;

/** What the QR code on the page (`qr-code`, an SVG) says, read from its image as a phone's
 * camera would. The decoder is injected as a script, so the page needs `bypassCSP`. */
export async function decodeQr(page, size = 420) {
  await page.addScriptTag({ path: jsqr });
  return page.evaluate(async (size) => {
    const svg = document.querySelector('[data-testid=qr-code]');
    const xml = new XMLSerializer().serializeToString(svg);
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(xml)}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size; canvas.height = size;
    const ctx = canvas.getContext('2d');
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(img, 0, 0, size, size);
    return window.jsQR(ctx.getImageData(0, 0, size, size).data, size, size)?.data;
  }, size);
}

/** Moves the mouse over `/screen` until its controls show (they show on activity, and a move
 * made before the page listens is missed, as on a loaded machine), then clicks `selector`. */
export async function clickScreenControl(page, selector) {
  await page.waitForSelector('.mode-screen');
  for (let i = 0; i < 50 && !(await page.locator('.mode-screen.show-controls').count()); i += 1) {
    await page.mouse.move(300 + (i % 2) * 40, 300);
    await page.waitForTimeout(100);
  }
  await page.click(selector);
}
