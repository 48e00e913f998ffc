// Writes status-list test vectors with an independent implementation:
// @digitalbazaar/vc-bitstring-status-list (its own encoder, GZIP from pako/zlib).
// Usage (see README.md): node make-vectors.mjs <output directory>
import {createList} from '@digitalbazaar/vc-bitstring-status-list';
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

const outDir = process.argv[2];
if(!outDir) {
  console.error('usage: node make-vectors.mjs <output directory>');
  process.exit(2);
}

// The package's "exports" hide package.json, so read it from node_modules next to this script.
const here = dirname(fileURLToPath(import.meta.url));
const pkgVersion = JSON.parse(readFileSync(join(here,
  'node_modules/@digitalbazaar/vc-bitstring-status-list/package.json'), 'utf8')).version;
const source = `@digitalbazaar/vc-bitstring-status-list ${pkgVersion}`;

// mulberry32: a tiny seeded PRNG, so the random vector is reproducible.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomIndexes(count, length, seed) {
  const next = mulberry32(seed);
  const chosen = new Set();
  while(chosen.size < count) {
    chosen.add(Math.floor(next() * length));
  }
  return [...chosen].sort((a, b) => a - b);
}

const range = (from, to) => Array.from({length: to - from}, (_, i) => from + i);

const vectors = [
  {name: '001-empty', length: 131072, set: []},
  {name: '002-index-0', length: 131072, set: [0]},
  {name: '003-index-7-8', length: 131072, set: [7, 8]},
  {name: '004-index-131071', length: 131072, set: [131071]},
  {name: '005-first-byte-full', length: 131072, set: range(0, 8)},
  {name: '006-random-50-seed-20260101', length: 131072,
    set: randomIndexes(50, 131072, 20260101)},
  {name: '007-random-2000-seed-42', length: 131072,
    set: randomIndexes(2000, 131072, 42)},
  {name: '008-large-1048576', length: 1048576, set: [0, 131072, 524287, 1048575]}
];

for(const vector of vectors) {
  const list = await createList({length: vector.length});
  for(const index of vector.set) {
    list.setStatus(index, true);
  }
  const encoded = await list.encode();
  const dir = join(outDir, vector.name);
  mkdirSync(dir, {recursive: true});
  writeFileSync(join(dir, 'encoded.txt'), encoded + '\n');
  writeFileSync(join(dir, 'expected.json'), JSON.stringify({
    source, length: vector.length, set: vector.set
  }, null, 2) + '\n');
  console.log(`${vector.name}: ${vector.set.length} set, ${encoded.length} chars`);
}
