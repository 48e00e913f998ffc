// The Bitstring Status List vectors in src-shared, decoded by @digitalbazaar/vc-bitstring-status-list.
// Needs no running service (run by scripts/test-all.sh before interop/run.sh). Most important:
// 900-java-encoded, written by Tessera's Java encoder, which the Node package must decode.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { decodeList } from '@digitalbazaar/vc-bitstring-status-list';

const VECTORS = new URL('../../src-shared/src/test/resources/vectors/status/', import.meta.url);
const folders = readdirSync(VECTORS, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/encoded.txt`, VECTORS)))
  .map((d) => d.name)
  .sort();

describe('status list vectors decoded by the Node package', () => {
  test('the Java-encoded vector is among them', () => {
    assert.ok(folders.includes('900-java-encoded'), folders.join(', '));
  });

  for (const name of folders) {
    test(name, async () => {
      const encodedList = readFileSync(new URL(`${name}/encoded.txt`, VECTORS), 'utf8').trim();
      const expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, VECTORS), 'utf8'));
      const list = await decodeList({ encodedList });
      assert.equal(list.length, expected.length);
      const wanted = new Set(expected.set);
      const wrong = [];
      for (let i = 0; i < list.length; i++) {
        if (list.getStatus(i) !== wanted.has(i)) {
          wrong.push(i);
        }
      }
      assert.deepEqual(wrong.slice(0, 10), [], `${wrong.length} wrong bits`);
    });
  }
});
