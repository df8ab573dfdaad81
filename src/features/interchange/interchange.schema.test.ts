import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { audienceForType, parseLine } from './interchange.schema.ts';
import { readLines } from './line-reader.ts';
import { interchangeLine as line } from '../../../test/support/factories.ts';

const parse = (value: Record<string, unknown>) => parseLine(JSON.stringify(value));

describe('parseLine', () => {
  it('accepts a full line and fills in the optional fields in FORMAT.md order', () => {
    const minimal = { slug: 'a-1', type: 'chart', title: 'T', summary: 'S', topics: ['daca', 'daca', 'tps'], language: 'pt-BR', publishedOn: '2024-02-29' };
    const r = parse(minimal);
    assert.ok(r.ok);
    assert.deepEqual(Object.keys(r.record), [
      'slug', 'type', 'title', 'summary', 'body', 'topics', 'language', 'publishedOn', 'updatedOn',
      'authors', 'series', 'translationOf', 'supersedes', 'attachments',
    ]);
    assert.deepEqual(r.record.topics, ['daca', 'tps']);
    assert.equal(r.record.body, '');
    assert.equal(r.record.updatedOn, null);
    assert.deepEqual(r.record.attachments, []);
  });

  it('keeps author order, drops repeats, and sorts supersedes', () => {
    const r = parse(line('x', { authors: ['B', 'A', 'B'], supersedes: ['z-old', 'a-old', 'z-old'] }));
    assert.ok(r.ok);
    assert.deepEqual(r.record.authors, ['B', 'A']);
    assert.deepEqual(r.record.supersedes, ['a-old', 'z-old']);
  });

  it('accepts every language ICU knows by name, with region or script', () => {
    for (const language of ['en', 'es', 'pt-BR', 'zh-Hant', 'hmn', 'ti', 'ps', 'ht', 'fa', 'yue']) assert.ok(parse(line('x', { language })).ok, language);
  });

  it('counts title length in characters, not UTF-16 units', () => {
    assert.ok(parse(line('x', { title: '😀'.repeat(300) })).ok);
    assert.ok(!parse(line('x', { title: 'é'.repeat(301) })).ok);
  });

  const cases: [string, string | Record<string, unknown>, RegExp][] = [
    ['invalid JSON', '{"slug": "a",', /^invalid JSON/],
    ['not an object', '[1,2]', /expected a JSON object/],
    ['missing field', { ...line('x'), title: undefined }, /^title is required$/],
    ['impossible date', line('x', { publishedOn: '2024-02-30' }), /^publishedOn is not a real calendar date$/],
    ['date format', line('x', { updatedOn: '03/01/2024' }), /^updatedOn must be a date written YYYY-MM-DD$/],
    ['bad slug', line('Not A Slug'), /^slug must be 1–120 lower-case letters/],
    ['long slug', line('a'.repeat(121)), /^slug must be/],
    ['oversized title', line('x', { title: 'x'.repeat(301) }), /^title is longer than 300 characters$/],
    ['blank title', line('x', { title: '   ' }), /^title must not be empty$/],
    ['language format', line('x', { language: 'english' }), /^language must be a language tag/],
    ['language case', line('x', { language: 'EN' }), /^language must be a language tag/],
    ['unknown language', line('x', { language: 'zz' }), /^language "zz" is not a language this site knows$/],
    ['malformed language tag', line('x', { language: 'xx-invalid-tag-zz' }), /^language "xx-invalid-tag-zz" is not a language this site knows$/],
    ['undetermined language', line('x', { language: 'und' }), /is not a language this site knows$/],
    ['NUL in the title', line('x', { title: 'bad\u0000title' }), /^title must not contain the NUL character/],
    ['NUL in the body', line('x', { body: 'a\u0000b' }), /^body must not contain the NUL character/],
    ['NUL in an author', line('x', { authors: ['A\u0000'] }), /^authors\[0\] must not contain the NUL character/],
    ['topics not an array', line('x', { topics: 'daca' }), /^topics must be an array$/],
    ['bad topic slug', line('x', { topics: ['Daca'] }), /^topics\[0\] must be/],
    ['unknown field', line('x', { audience: 'community' }), /has unknown field "audience"/],
    ['attachment bytes', line('x', { attachments: [{ filename: 'a.pdf', title: 'A', bytes: -1 }] }), /^attachments\[0\]\.bytes must not be negative$/],
    ['attachment missing title', line('x', { attachments: [{ filename: 'a.pdf', bytes: 1 }] }), /^attachments\[0\]\.title is required$/],
    ['series part', line('x', { series: { slug: 's', part: 3, of: 2 } }), /^series\.part is greater than series\.of$/],
    ['self translation', line('x', { translationOf: 'x' }), /^translationOf names the resource itself$/],
    ['self supersession', line('x', { supersedes: ['x'] }), /^supersedes names the resource itself$/],
    ['oversized summary', line('x', { summary: 's'.repeat(5001) }), /^summary is longer than 5,000 characters$/],
  ];
  for (const [name, input, reason] of cases) {
    it(`refuses ${name} with a reason`, () => {
      const r = typeof input === 'string' ? parseLine(input) : parse(input);
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.reason, reason);
    });
  }
});

describe('audienceForType', () => {
  it('derives who a resource is for from its type', () => {
    assert.equal(audienceForType('community-resource'), 'community');
    for (const t of ['policy-analysis', 'public-comment', 'statement']) assert.equal(audienceForType(t), 'advocates');
    for (const t of ['practice-advisory', 'chart', 'anything-new']) assert.equal(audienceForType(t), 'practitioners');
  });
});

async function collect(chunks: (string | Buffer)[], max = 64) {
  const out = [];
  for await (const l of readLines(Readable.from(chunks.map((c) => Buffer.from(c))), max)) out.push(l);
  return out;
}

describe('readLines', () => {
  it('splits on line breaks across chunk boundaries, strips CR, counts bytes', async () => {
    const lines = await collect(['ab', 'c\r\nd', 'é\n\nlast']);
    assert.deepEqual(lines.map((l) => [l.number, l.text]), [[1, 'abc'], [2, 'dé'], [3, ''], [4, 'last']]);
    assert.equal(lines[1].end, 5 + 4);
    assert.equal(lines[3].end, 14);
  });

  it('skips an oversized line without collecting it and goes on with the next', async () => {
    const lines = await collect(['short\n', 'x'.repeat(50), 'x'.repeat(50), '\nafter\n'], 64);
    assert.equal(lines[1].text, null);
    assert.match(lines[1].problem ?? '', /longer than 64 bytes/);
    assert.deepEqual([lines[2].number, lines[2].text], [3, 'after']);
  });

  it('reports invalid UTF-8 instead of replacing it', async () => {
    const bad = [];
    for await (const l of readLines(Readable.from([Buffer.from([0x61, 0xff, 0x0a, 0x62])]), 64)) bad.push(l);
    assert.equal(bad[0].text, null);
    assert.match(bad[0].problem ?? '', /not valid UTF-8/);
    assert.equal(bad[1].text, 'b');
  });
});
