// Decodes the list that Tessera's Java encoder wrote (java-encoded/encoded.txt) with
// @digitalbazaar/vc-bitstring-status-list and checks exactly the expected bits are set.
// Usage (see README.md): node check-java-encoded.mjs <vector directory>
import {decodeList} from '@digitalbazaar/vc-bitstring-status-list';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';

const dir = process.argv[2];
if(!dir) {
  console.error('usage: node check-java-encoded.mjs <vector directory>');
  process.exit(2);
}
const encodedList = readFileSync(join(dir, 'encoded.txt'), 'utf8').trim();
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const list = await decodeList({encodedList});
const wanted = new Set(expected.set);
const wrong = [];
for(let i = 0; i < list.length; i++) {
  if(list.getStatus(i) !== wanted.has(i)) {
    wrong.push(i);
  }
}
if(list.length !== expected.length || wrong.length > 0) {
  console.error(`FAIL: length ${list.length} (expected ${expected.length}), ` +
    `${wrong.length} wrong bits, first: ${wrong.slice(0, 10)}`);
  process.exit(1);
}
console.log(`OK: ${list.length} entries, exactly ${wanted.size} bits set as expected`);
