import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { importFile } from '../interchange/import.service.ts';
import { rebuildSearchIndex } from './search.reindex.ts';
import { interchangeLine as line, tempDir, writeJsonl, writePdf } from '../../../test/support/factories.ts';

interface Item { slug: string; score?: number; snippet?: { source: string; page?: number; text: string; matches: { start: number; end: number }[] }; matchedCitations?: string[] }
interface ListBody { data: Item[]; meta: { total: number } }

describeEachDialect('library search', (env) => {
  let fixture: ReturnType<typeof tempDir>;
  const list = async (q: string, extra = '') => {
    const res = await env().request(`/api/v1/resources?q=${encodeURIComponent(q)}&pageSize=100${extra}`);
    assert.equal(res.status, 200, q);
    return (await res.json()) as ListBody;
  };
  const slugs = async (q: string, extra = '') => (await list(q, extra)).data.map((d) => d.slug);
  const idOf = async (slug: string) => (await env().db.selectFrom('resources').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id;

  before(async () => {
    fixture = tempDir();
    const bytes = writePdf(path.join(fixture.dir, 'files', 'memo.pdf'), 'The quokkadrome rule and a peticion');
    const file = writeJsonl(path.join(fixture.dir, 'search.jsonl'), [
      line('fts-guide', {
        title: 'A plain title', summary: 'A plain summary.', body: 'Only the body says zanzibarite and petición de asilo.',
        attachments: [{ filename: 'memo.pdf', title: 'Memo (PDF)', bytes, file: 'files/memo.pdf' }],
      }),
      line('fts-draft', { status: 'draft', title: 'Draft', summary: 'Draft.', body: 'zanzibarite in a draft' }),
      line('wombat-waivers', { title: 'Wombat waivers explained', summary: 'Everything about wombat waivers.', body: 'A waiver for wombats.', publishedOn: '2015-01-01' }),
      line('wombat-mention', { title: 'Marsupial notes', summary: 'Notes.', body: 'In passing: one wombat waiver, once.', publishedOn: '2024-01-01' }),
      line('wombat-old', { title: 'Wombat waivers explained (2010)', summary: 'Everything about wombat waivers, then.', body: 'A waiver for wombats.', publishedOn: '2010-01-01' }),
      line('wombat-new', { title: 'Wombat waivers explained (2020)', summary: 'Everything about wombat waivers, now.', body: 'A waiver for wombats.', publishedOn: '2020-01-01', supersedes: ['wombat-old'] }),
    ]);
    const summary = await importFile({ db: env().db, dataDir: env().config.dataDir, file, onFailure: () => {}, onWarning: () => {} });
    assert.equal(summary.failed, 0);
  });
  after(() => fixture.remove());

  it('finds a word only in a body, and one only in an attachment PDF, never a draft', async () => {
    assert.deepEqual(await slugs('zanzibarite'), ['fts-guide']);
    assert.deepEqual(await slugs('quokkadrome'), ['fts-guide'], 'PDF text');
    assert.deepEqual(await slugs('quokkadrome zanzibarite'), ['fts-guide'], 'words from body and PDF together');
    const { status, text } = await env().get('/resources?q=Zanzibarite');
    assert.equal(status, 200);
    assert.match(text, /href="\/resources\/fts-guide"/);
    assert.doesNotMatch(text, /fts-draft/);
  });

  it('folds accents and case, and stems words in English and Spanish', async () => {
    for (const q of ['peticion', 'PETICIÓN', 'petición', 'peticiones']) assert.deepEqual(await slugs(q), ['fts-guide'], q);
    assert.ok((await slugs('waiver')).includes('wombat-waivers'), 'singular finds plural');
    assert.deepEqual(await slugs('wombats waivers'), await slugs('wombat waiver'), 'plural and singular find the same');
  });

  it('ranks by relevance by default: the title that says it first, newest among equals; date order on request', async () => {
    const ranked = await slugs('wombat waivers');
    assert.equal(ranked[0], 'wombat-new', 'the current title match, newest of equals');
    assert.ok(ranked.indexOf('wombat-waivers') < ranked.indexOf('wombat-mention'), 'a title match before a passing mention in a newer resource');
    assert.ok(ranked.indexOf('wombat-new') < ranked.indexOf('wombat-old'), 'a superseded resource below its replacement');
    const byDate = await slugs('wombat waivers', '&sort=newest');
    assert.deepEqual(byDate.slice(0, 2), ['wombat-mention', 'wombat-new']);
    const { text } = await env().get('/resources?q=wombat+waivers');
    assert.match(text, /<option value="relevance" selected/);
  });

  it('answers a question from the words that matter, never an empty page while some match', async () => {
    const found = await list('what should I know about wombat waivers and kangaroo rules');
    assert.ok(found.meta.total > 0);
    assert.ok(found.data.slice(0, 3).some((d) => d.slug.startsWith('wombat-')));
  });

  it('reads a misspelled word as the nearest word of the library, and offers the correction', async () => {
    assert.equal((await slugs('zanzibarit'))[0], 'fts-guide');
    assert.equal((await slugs('wombta'))[0], 'wombat-new');
    const { text } = await env().get('/resources?q=zanzibaryte');
    assert.match(text, /href="\/resources\/fts-guide"/);
    assert.match(text, /zanzibarite/);
  });

  it('completes the last word as it is typed', async () => {
    assert.ok((await slugs('zanzib')).includes('fts-guide'));
    assert.deepEqual(await slugs('"zanzib"'), [], 'a quoted word is matched whole');
  });

  it('explains each result with a marked passage, from the PDF with its page when that is where it matched', async () => {
    const { db } = env();
    await db.insertInto('attachments').values({
      resource_id: await idOf('wombat-mention'), filename: 'long.pdf', title: 'Long', mime_type: 'application/pdf', bytes: 1, position: 9,
      text_content: ['Cover page.', 'Second page.', 'Third page mentions the numbatoid test.'].join('\f'),
    }).execute();
    const [hit] = (await list('numbatoid')).data;
    assert.equal(hit!.slug, 'wombat-mention');
    assert.equal(hit!.snippet!.source, 'pdf');
    assert.equal(hit!.snippet!.page, 3);
    const [m] = hit!.snippet!.matches;
    assert.equal(hit!.snippet!.text.slice(m!.start, m!.end), 'numbatoid');
    const { text } = await env().get('/resources?q=numbatoid');
    assert.match(text, /<mark>numbatoid<\/mark>/);
    assert.match(text, /PDF, page 3|page 3/);
  });

  it('counts facets for the words asked', async () => {
    const { text } = await env().get('/resources?q=wombat');
    assert.match(text, /wombat/i);
    const withType = await list('wombat', '&type=practice-advisory');
    assert.ok(withType.data.every((d) => d.slug.startsWith('wombat-')));
  });

  it('keeps up with hand-written edits, attachments, status and deletion', async () => {
    const { db } = env();
    const id = await idOf('fts-guide');
    await db.updateTable('resources').set({ body: 'Now the body says wallabyite.' }).where('id', '=', id).execute();
    assert.deepEqual(await slugs('zanzibarite'), []);
    assert.deepEqual(await slugs('wallabyite'), ['fts-guide']);
    await db.insertInto('attachments').values({ resource_id: id, filename: 'b.pdf', title: 'B', mime_type: 'application/pdf', bytes: 1, text_content: 'bilbyite text', position: 5 }).execute();
    assert.deepEqual(await slugs('bilbyite'), ['fts-guide']);
    await db.deleteFrom('attachments').where('filename', '=', 'b.pdf').execute();
    assert.deepEqual(await slugs('bilbyite'), []);
    assert.deepEqual(await slugs('quokkadrome'), ['fts-guide'], 'the other attachment still counts');
    await db.updateTable('resources').set({ status: 'draft' }).where('id', '=', id).execute();
    assert.deepEqual(await slugs('wallabyite'), []);
    await db.updateTable('resources').set({ status: 'published' }).where('id', '=', id).execute();
    assert.deepEqual(await slugs('wallabyite'), ['fts-guide']);
  });

  it('gives the same results after a full rebuild of the index', async () => {
    const before = await Promise.all(['wombat waivers', 'asylum', 'petición de asilo', 'removal defense'].map((q) => list(q)));
    const { resources } = await rebuildSearchIndex(env().db);
    assert.ok(resources > 50);
    const after = await Promise.all(['wombat waivers', 'asylum', 'petición de asilo', 'removal defense'].map((q) => list(q)));
    assert.deepEqual(after.map((a) => a.data.map((d) => d.slug)), before.map((b) => b.data.map((d) => d.slug)));
  });

  it('answers anything typed with 200, never 500', async () => {
    const hostile = ['"', '*', 'NEAR(', '-', ':', "'", '""', 'a"b', '(', ')', 'AND', 'OR NOT', '^', '§', '%', '_', '\\', '*:-+"()',
      'title:x', 'col:asylum', '-asylum', "o'brien", 'x'.repeat(2000), '(a OR b) AND "c', '!!!', '«»“”', '𝔘𝔫𝔦', '😀', 'עברית', '\u202eabc',
      'word '.repeat(399)];
    for (const q of hostile) {
      const qs = encodeURIComponent(q);
      for (const url of [`/resources?q=${qs}`, `/es/resources?q=${qs}`, `/api/v1/resources?q=${qs}`]) {
        const res = await env().request(url);
        assert.equal(res.status, 200, `${url}`);
        await res.text();
      }
    }
  });
});
