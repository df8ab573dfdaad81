import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDialect } from '../../../test/support/app.ts';
import { expectedSearch } from '../../../test/support/search.ts';
import { importFile } from '../../features/interchange/import.service.ts';
import { line, tempDir, writeJsonl, writePdf } from '../../features/interchange/test-fixtures.ts';
import { bumpGeneration } from '../generation.ts';
import { searchVectorLiteral, wordsOf } from './index.ts';

interface ListBody { data: { slug: string }[]; meta: { total: number } }

describeEachDialect('full-text search', (env) => {
  let fixture: ReturnType<typeof tempDir>;
  const api = async (q: string, extra = '') => {
    const res = await env().request(`/api/v1/resources?q=${encodeURIComponent(q)}&pageSize=100${extra}`);
    assert.equal(res.status, 200, q);
    return ((await res.json()) as ListBody).data.map((d) => d.slug);
  };
  // Hand-written writes below do not bump the content generation; the page cache would not know.
  const page = async (q: string) => {
    await bumpGeneration(env().db);
    return env().get(`/resources?q=${encodeURIComponent(q)}`);
  };

  before(async () => {
    fixture = tempDir();
    const bytes = writePdf(path.join(fixture.dir, 'files', 'memo.pdf'), 'The quokkadrome rule and a peticion');
    const file = writeJsonl(path.join(fixture.dir, 'search.jsonl'), [
      line('fts-guide', {
        title: 'A plain title', summary: 'A plain summary.', body: 'Only the body says zanzibarite and petición de asilo.',
        attachments: [{ filename: 'memo.pdf', title: 'Memo (PDF)', bytes, file: 'files/memo.pdf' }],
      }),
      line('fts-draft', { status: 'draft', title: 'Draft', summary: 'Draft.', body: 'zanzibarite in a draft' }),
    ]);
    const summary = await importFile({ db: env().db, dataDir: env().config.dataDir, file, onFailure: () => {}, onWarning: () => {} });
    assert.equal(summary.failed, 0);
  });
  after(() => fixture.remove());

  it('finds a word only in a body, and one only in an attachment PDF, never a draft', async () => {
    assert.deepEqual(await api('zanzibarite'), ['fts-guide']);
    assert.deepEqual(await api('quokkadrome'), ['fts-guide'], 'PDF text');
    assert.deepEqual(await api('quokkadrome zanzibarite'), ['fts-guide'], 'words from body and PDF together');
    assert.deepEqual(await api('quokkadrome nonexistentword'), [], 'every word must match');
    const { status, text } = await page('Zanzibarite');
    assert.equal(status, 200);
    assert.match(text, /href="\/resources\/fts-guide"/);
    assert.doesNotMatch(text, /fts-draft/);
  });

  it('indexes imported resources exactly as the database would (PostgreSQL computes the words in Node for bulk inserts)', async () => {
    const e = env();
    if (e.dialect !== 'postgres') return;
    const file = writeJsonl(path.join(fixture.dir, 'vectors.jsonl'), [
      line('vec-1', { title: '¿Estáxq listoxq? “Qpetición” — INA § 998(q)', summary: 'Matter of Zorblaxq, 99 I&N Dec. 998 (BIA 2099).', body: 'Ünïcödéxq ÀÉÎÕÜxq ﬁxq ßxq Ωmegaxq Ψxq straßexq naïvexq caféxq 9 C.F.R. § 9998.99' }),
      line('vec-2', { body: '' }),
    ]);
    const summary = await importFile({ db: e.db, dataDir: e.config.dataDir, file });
    assert.equal(summary.failed, 0);
    const { rows } = await sql<{ slug: string; same: boolean }>`
      select slug, search_vector = haven_search_vector(id, title, summary, body) as same
      from resources where slug in ('vec-1', 'vec-2') order by slug`.execute(e.db);
    assert.deepEqual(rows.map((r) => [r.slug, r.same]), [['vec-1', true], ['vec-2', true]]);
  });

  it('builds the same tsvector as to_tsvector would, at its limits too (PostgreSQL)', async () => {
    const e = env();
    if (e.dialect !== 'postgres') return;
    const letter = (n: number) => String.fromCharCode(97 + (n % 26));
    const pastLastPosition = Array.from({ length: 20_000 }, (_, i) => `${letter(i)}${letter(Math.floor(i / 26))}`);
    const oftenRepeated = Array.from({ length: 600 }, (_, i) => (i % 2 ? 'the' : `w${i}`));
    const cases: [string, string[]][] = [
      ['demo-like text', wordsOf('¿Está listo? Matter of Pickering, 23 I&N Dec. 621 (BIA 2003); INA § 212(h) — ﬁling straße')],
      ['no words', []],
      ['positions past 16,383', pastLastPosition],
      ['a lexeme seen over 255 times', oftenRepeated],
      ['words over 2,047 bytes are skipped without a position', ['a', 'x'.repeat(2_048), 'b', '中'.repeat(683), 'c', '中'.repeat(682), 'd', 'y'.repeat(2_047)]],
      ['a word repeated side by side', ['same', 'same', 'same', 'other', 'same']],
    ];
    for (const [name, words] of cases) {
      const literal = searchVectorLiteral(words);
      assert.ok(literal !== null, name);
      const { rows } = await sql<{ same: boolean }>`
        select cast(${literal} as tsvector) = to_tsvector('simple', ${words.join(' ')}) as same`.execute(e.db);
      assert.equal(rows[0].same, true, name);
    }
    const { rows } = await sql<{ lexemes: string[] }>`select tsvector_to_array(cast(${searchVectorLiteral(["o'brien", 'back\\slash'])} as tsvector)) as lexemes`.execute(e.db);
    assert.deepEqual(rows[0].lexemes, ['back\\slash', "o'brien"], 'quotes and backslashes are escaped');
    assert.equal(searchVectorLiteral(['x'.repeat(50_000), 'y'.repeat(50_000)]), null, 'very long texts are left to the trigger');
  });

  it('stores long bodies and search vectors compressed with LZ4 where the server has it (PostgreSQL)', async () => {
    const e = env();
    if (e.dialect !== 'postgres') return;
    const { rows: [server] } = await sql<{ lz4: boolean }>`
      select 'lz4' = any(enumvals) as lz4 from pg_settings where name = 'default_toast_compression'`.execute(e.db);
    const body = Array.from({ length: 3000 }, (_, i) => `word${i}`).join(' ');
    const file = writeJsonl(path.join(fixture.dir, 'long.jsonl'), [line('lz4-long', { body })]);
    assert.equal((await importFile({ db: e.db, dataDir: e.config.dataDir, file })).failed, 0);
    const { rows: [stored] } = await sql<{ body: string | null; vector: string | null }>`
      select pg_column_compression(body) as body, pg_column_compression(search_vector) as vector
      from resources where slug = 'lz4-long'`.execute(e.db);
    const expected = server.lz4 ? 'lz4' : 'pglz';
    assert.deepEqual(stored, { body: expected, vector: expected });
  });

  it('folds accents and case both ways', async () => {
    for (const q of ['peticion', 'PETICIÓN', 'petición']) assert.deepEqual(await api(q), ['fts-guide'], q);
    assert.ok((await api('inmigracion')).length > 0, 'Spanish demo text without its accent');
    assert.deepEqual(await api('inmigracion'), await api('Inmigración'));
  });

  it('finds citations and case names in the demo library', async () => {
    for (const q of ['Matter of Pickering', '"Matter of Pickering"', '212(h)', 'INA § 212(h)', '8 C.F.R. § 1003.23', '1003.23']) {
      const got = await api(q);
      assert.ok(got.length > 0, `${q} finds something`);
      assert.deepEqual(got, await expectedSearch(env().db, q), q);
    }
    const waiver = await api('212(h)');
    assert.ok(waiver.length < (await api('212')).length + (await api('h')).length, 'a phrase, not either word');
  });

  it('returns the same rows in the same order as the reference, in every sort', async () => {
    for (const q of ['asylum', 'removal proceedings', 'visa', 'immigr', 'crim', 'court "motion to reopen"', 'derechos']) {
      assert.deepEqual(await api(q), (await expectedSearch(env().db, q)).slice(0, 100), q);
    }
    const oldest = await api('asylum', '&sort=oldest');
    assert.deepEqual([...oldest].sort(), [...(await api('asylum'))].sort(), 'same rows oldest first');
  });

  it('answers hostile input with 200, never 500', async () => {
    const hostile = ['"', '*', 'NEAR(', '-', ':', "'", '""', 'a"b', '(', ')', 'AND', 'OR NOT', '^', '§', '%', '_', '\\', '*:-+"()',
      'title:x', '-asylum', "o'brien", 'x'.repeat(200), '(a OR b) AND "c', '!!!', '«»“”', '𝔘𝔫𝔦', '😀'];
    for (const q of hostile) {
      const qs = encodeURIComponent(q);
      for (const url of [`/resources?q=${qs}`, `/es/resources?q=${qs}`, `/api/v1/resources?q=${qs}`]) {
        const res = await env().request(url);
        assert.equal(res.status, 200, `${url}`);
        await res.text();
      }
    }
  });

  it('keeps up with edits, new and removed attachments, status and deletion at once', async () => {
    const { db } = env();
    const id = (await db.selectFrom('resources').select('id').where('slug', '=', 'fts-guide').executeTakeFirstOrThrow()).id;
    await db.updateTable('resources').set({ body: 'Now the body says wallabyite.' }).where('id', '=', id).execute();
    assert.deepEqual(await api('zanzibarite'), []);
    assert.deepEqual(await api('wallabyite'), ['fts-guide']);
    await db.insertInto('attachments').values({ resource_id: id, filename: 'b.pdf', title: 'B', mime_type: 'application/pdf', bytes: 1, text_content: 'numbatoid text', position: 5 }).execute();
    assert.deepEqual(await api('numbatoid'), ['fts-guide']);
    await db.updateTable('attachments').set({ text_content: 'bilbyite text' }).where('filename', '=', 'b.pdf').execute();
    assert.deepEqual(await api('numbatoid'), []);
    assert.deepEqual(await api('bilbyite'), ['fts-guide']);
    await db.deleteFrom('attachments').where('filename', '=', 'b.pdf').execute();
    assert.deepEqual(await api('bilbyite'), []);
    assert.deepEqual(await api('quokkadrome'), ['fts-guide'], 'the other attachment still counts');
    await db.updateTable('resources').set({ status: 'draft' }).where('id', '=', id).execute();
    assert.deepEqual(await api('wallabyite'), []);
    await db.updateTable('resources').set({ status: 'published' }).where('id', '=', id).execute();
    await db.deleteFrom('resources').where('id', '=', id).execute();
    assert.deepEqual(await api('wallabyite'), []);
    assert.deepEqual(await api('quokkadrome'), []);
  });
});
