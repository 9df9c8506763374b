// The example nginx site (scripts/nginx-oase.conf.example) that organisers copy: it keeps the
// headers that make the app safe to serve. index.html may not be framed (frame-ancestors works
// only as a header; the rest of the policy is the <meta> scripts/csp writes, which trust.test.mjs
// checks); whatever lands in the collection folder or a drop never runs as a page of the site
// and is never sniffed into another type. Read as text: no nginx needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';

const example = new URL('../../scripts/nginx-oase.conf.example', import.meta.url);
// Comments left out: a commented-out header protects nothing.
const conf = fs.readFileSync(example, 'utf8').split('\n').map((l) => l.replace(/#.*/, '')).join('\n');

/** The body of the `location <match> { … }` block, up to its matching brace. */
function location(match) {
  const start = conf.indexOf(`location ${match} {`);
  assert.notEqual(start, -1, `no location ${match}`);
  let depth = 0;
  for (let i = conf.indexOf('{', start); i < conf.length; i += 1) {
    if (conf[i] === '{') depth += 1;
    if (conf[i] === '}' && (depth -= 1) === 0) return conf.slice(start, i + 1);
  }
  throw new Error(`location ${match} is not closed`);
}

/** The value of each `add_header Name "value" always;` in `block`, by name. */
function headers(block) {
  const found = {};
  for (const [, name, value] of block.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)) found[name] = value;
  return found;
}

test('the example site forbids framing the app and sniffing index.html', () => {
  const h = headers(location('= /index.html'));
  assert.equal(h['Content-Security-Policy'], "frame-ancestors 'none'");
  assert.equal(h['X-Content-Type-Options'], 'nosniff');
});

test('the example site serves the collection folder and a drop sandboxed, never sniffed', () => {
  for (const match of ['^~ /dav/', '^~ /drop/hengstdal-2026/']) {
    const h = headers(location(match));
    assert.equal(h['Content-Security-Policy'], 'sandbox', match);
    assert.equal(h['X-Content-Type-Options'], 'nosniff', match);
  }
});
