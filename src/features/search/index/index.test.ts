import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeAttrs, encodeAttrs } from './attrs.ts';
import { bucketOf, BUCKET_SIZE, decodePostings, encodePostings, postingsMap } from './postings.ts';

describe('search index structures', () => {
  it('packs postings sorted by offset and reads them back, also from an unaligned buffer', () => {
    const entries = new Map([[700, 5], [3, 65_535], [1023, 1]]);
    const packed = encodePostings(entries);
    assert.equal(packed.byteLength, 12);
    const unaligned = Buffer.concat([Buffer.from([9]), packed]).subarray(1);
    const { offsets, impacts } = decodePostings(unaligned);
    assert.deepEqual([...offsets], [3, 700, 1023]);
    assert.deepEqual([...impacts], [65_535, 5, 1]);
    assert.deepEqual(postingsMap(packed), new Map([[3, 65_535], [700, 5], [1023, 1]]));
    assert.equal(bucketOf(BUCKET_SIZE * 3 + 7), 3);
  });

  it('round-trips attribute blocks', () => {
    const docs = [{ id: 5, published: '2024-01-02', type: 3, language: 'es', audience: 'community', superseded: true, topics: [1, 2], projects: [], sortTitle: 'abc' }];
    assert.deepEqual(decodeAttrs(encodeAttrs(docs)), docs);
  });

});

describe('merging postings', () => {
  it('adds, replaces and removes entries, keeping offsets sorted', async () => {
    const { mergePostings } = await import('./postings.ts');
    const base = encodePostings(new Map([[1, 10], [5, 50], [9, 90]]));
    const merged = mergePostings(base, [0, 7, 5, 0, 9, 99, 12, 3, 1, 0, 1, 11]);
    assert.deepEqual(postingsMap(merged), new Map([[0, 7], [1, 11], [9, 99], [12, 3]]));
    assert.deepEqual([...decodePostings(merged).offsets], [0, 1, 9, 12]);
    assert.equal(mergePostings(base, [1, 0, 5, 0, 9, 0]).byteLength, 0);
    assert.deepEqual(postingsMap(mergePostings(null, [3, 1])), new Map([[3, 1]]));
  });
});
