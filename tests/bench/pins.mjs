// Deterministic pins around Hengstdal, Nijmegen, in Oase's GeoJSON exchange format (version 1,
// shared/TESTIDS.md). The same seed and count always give the same file, so runs compare.
import fs from 'node:fs';
import path from 'node:path';
import { prng as rng } from '../e2e/harness.mjs';

export const CENTER = { lat: 51.8125, lon: 5.87 };

const SYMBOLS = ['sun', 'tree', 'heart', 'bench', 'house', 'water', 'bird', 'flower', 'music', 'book'];
const CATEGORIES = ['art', 'garden', 'vehicle', 'creativity', 'nature', 'people', 'other'];
const WORDS = ['Rozenboog', 'Moestuin', 'Bankje', 'Speeltuin', 'Muurschildering', 'Buurthuis',
  'Vijver', 'Kastanje', 'Fietsenmaker', 'Bakker', 'Pleintje', 'Boomgaard'];

function uuid(rand) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(rand() * 4)];
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * `n` pins as a FeatureCollection. Positions are normal around CENTER with σ = 1.2 km, cut at
 * 3.5 km, so the middle is dense (clusters) and the edges sparse (single pins), like a real
 * neighbourhood map. Kinds are about equal thirds.
 */
export function generatePins(n, seed = 10) {
  const rand = rng(seed);
  const kmLat = 1 / 111.2;
  const kmLon = 1 / (111.32 * Math.cos((CENTER.lat * Math.PI) / 180));
  const normalKm = () => {
    for (;;) {
      // Box–Muller; redraw beyond the cut instead of clamping, so no ring forms at the edge.
      const r = 1.2 * Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
      if (Math.abs(r) <= 3.5) return r;
    }
  };
  const start = Date.parse('2026-09-01T08:00:00Z');
  const features = [];
  for (let i = 0; i < n; i += 1) {
    const kind = ['beauty', 'place', 'dream'][Math.floor(rand() * 3)];
    const word = WORDS[Math.floor(rand() * WORDS.length)];
    const at = new Date(start + i * 60_000).toISOString();
    const props = {
      id: uuid(rand),
      kind,
      title: `${word} ${i + 1}`,
      quote: rand() < 0.5 ? `Hier voel ik me thuis (${i + 1}).` : '',
      created_at: at,
      updated_at: at,
    };
    if (kind === 'place') props.symbol = SYMBOLS[Math.floor(rand() * SYMBOLS.length)];
    if (kind === 'beauty') props.category = CATEGORIES[Math.floor(rand() * CATEGORIES.length)];
    if (kind === 'dream') {
      props.talents = ['koken', 'timmeren'];
      props.resources = ['een schuur'];
    }
    if (!props.quote) delete props.quote;
    features.push({
      type: 'Feature',
      geometry: {
        type: 'Point',
        coordinates: [
          +(CENTER.lon + normalKm() * kmLon).toFixed(6),
          +(CENTER.lat + normalKm() * kmLat).toFixed(6),
        ],
      },
      properties: props,
    });
  }
  return { type: 'FeatureCollection', oase: 1, features };
}

/** Writes `n` pins to `dir/pins-<n>.geojson` and returns the path. */
export function writePins(dir, n, seed = 10) {
  const file = path.join(dir, `pins-${n}.geojson`);
  fs.writeFileSync(file, JSON.stringify(generatePins(n, seed)));
  return file;
}
