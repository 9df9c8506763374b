// Oase's service worker: opens every route offline after one visit, and keeps map tiles seen.
//
// It never touches pins or photos (those live in IndexedDB, owned by the app). A new version
// installs beside the old one and waits until the person accepts it in the app ("skip-waiting").
//
// The build (scripts/sw-manifest, a trunk post-build hook) fills in VERSION and SHELL_FILES, so
// every build with other files gives a byte-different worker, which is what makes browsers update.
const VERSION = 'dev';
const SHELL_FILES = ['/'];

const SHELL = `oase-shell-${VERSION}`;
// Tiles met while using the map: capped, oldest out first.
const TILES = 'oase-tiles';
const TILE_CAP = 3000;
// Tiles an organiser downloaded for the event's area (settings): kept until replaced.
const AREA = 'oase-area';

self.addEventListener('install', (event) => {
  // Past the HTTP cache: a stale index.html from it would pair the new worker with old files.
  const fresh = SHELL_FILES.map((url) => new Request(url, { cache: 'reload' }));
  event.waitUntil(caches.open(SHELL).then((cache) => cache.addAll(fresh)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('oase-shell-') && name !== SHELL) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// `/z/x/y.png` and the like, on any host: what every tile template we know produces.
const TILE_PATH = /\/\d+\/\d+\/\d+(@2x)?(\.(png|jpe?g|webp))?$/;

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  // The collection folder beside the app is the server's, never the app shell's.
  if (url.origin === self.location.origin && url.pathname.startsWith('/dav/')) return;
  if (request.mode === 'navigate' && url.origin === self.location.origin) {
    // Every route is the same single page: answer from this version's shell.
    event.respondWith(shellPage(request));
  } else if (url.origin === self.location.origin && !TILE_PATH.test(url.pathname)) {
    event.respondWith(shellFile(request));
  } else if (TILE_PATH.test(url.pathname)) {
    event.respondWith(tile(request));
  }
});

async function shellPage(request) {
  const cache = await caches.open(SHELL);
  return (await cache.match('/')) ?? fetch(request);
}

async function shellFile(request) {
  const cache = await caches.open(SHELL);
  return (await cache.match(request, { ignoreSearch: true })) ?? fetch(request);
}

// How many tiles the cache holds, counted once and then kept up to date, so the cap holds
// after every write (not only every so often).
let tileCount = null;

async function tile(request) {
  const key = request.url;
  const found = (await caches.match(key, { cacheName: AREA })) ??
    (await caches.match(key, { cacheName: TILES }));
  if (found) return found;
  let response;
  try {
    // A CORS request gives a readable response that costs its real size in the cache; an opaque
    // one would count as megabytes against the quota. Tile servers that refuse CORS are simply
    // not cached.
    response = await fetch(key, { mode: 'cors', credentials: 'omit' });
  } catch {
    return fetch(request);
  }
  if (response.ok) {
    const copy = response.clone();
    caches.open(TILES).then(async (cache) => {
      if (tileCount === null) tileCount = (await cache.keys()).length;
      const had = await cache.match(key);
      await cache.put(key, copy);
      if (!had) tileCount += 1;
      if (tileCount > TILE_CAP) tileCount = await trim(cache);
    }).catch(() => {});
  }
  return response;
}

// Keys come back in insertion order, so the front of the list is the oldest.
// Returns how many are left.
async function trim(cache) {
  const keys = await cache.keys();
  for (const key of keys.slice(0, Math.max(0, keys.length - TILE_CAP))) await cache.delete(key);
  return Math.min(keys.length, TILE_CAP);
}
