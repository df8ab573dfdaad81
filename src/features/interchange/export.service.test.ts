import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { createTestEnv, describeEachDialect } from '../../../test/support/app.ts';
import type { Db } from '../../db/database.ts';
import { exportResources } from './export.service.ts';
import { importFile } from './import.service.ts';
import { interchangeLine as line, tempDir, writeJsonl, writePdf } from '../../../test/support/factories.ts';

/** Exports into `dir/library.jsonl` (files into `dir/library.attachments/`) and returns the text. */
async function exportTo(db: Db, dataDir: string, dir: string, pageSize?: number): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const lines: string[] = [];
  await exportResources({
    db, pageSize, write: (l) => { lines.push(l); },
    files: { dataDir, dir: path.join(dir, 'library.attachments'), relativeTo: dir },
  });
  const text = lines.map((l) => `${l}\n`).join('');
  fs.writeFileSync(path.join(dir, 'library.jsonl'), text);
  return text;
}

/** Imports a file into a fresh, empty database of the same dialect and exports that. */
async function roundTrip(dialect: 'sqlite' | 'postgres', file: string, outDir: string): Promise<string> {
  const other = await createTestEnv(dialect, { seed: false });
  try {
    const summary = await importFile({ db: other.db, dataDir: other.config.dataDir, file });
    assert.equal(summary.failed, 0);
    assert.equal(summary.warnings, 0);
    return await exportTo(other.db, other.config.dataDir, outDir);
  } finally {
    await other.close();
  }
}

describeEachDialect('interchange export', (env) => {
  let tmp: ReturnType<typeof tempDir>;
  before(async () => {
    tmp = tempDir();
    const bytes = writePdf(path.join(tmp.dir, 'in', 'files', 'a.pdf'), 'Matter of Pickering');
    const file = writeJsonl(path.join(tmp.dir, 'in', 'in.jsonl'), [
      line('e-es', { type: 'community-resource', language: 'es', translationOf: 'e-en' }),
      line('e-en', {
        topics: ['tps', 'daca'], authors: ['Z. Last', 'A. First'], updatedOn: '2024-06-01', body: 'Línea “citada”\r\nnext\u2028line',
        attachments: [{ filename: 'a.pdf', title: 'A (PDF)', bytes, file: 'files/a.pdf' }, { filename: 'meta-only.pdf', title: 'Metadata only', bytes: 1234 }],
      }),
      line('e-p1', { series: { slug: 'e-series', part: 1, of: 2 }, supersedes: ['e-old-2', 'e-old-1'] }),
      line('e-p2', { series: { slug: 'e-series', part: 2, of: 2 } }),
      line('e-old-1', { publishedOn: '2015-01-01' }),
      line('e-old-2', { publishedOn: '2016-01-01' }),
    ]);
    const summary = await importFile({ db: env().db, dataDir: env().config.dataDir, file });
    assert.equal(summary.failed, 0);
  });
  after(() => tmp.remove());

  it('writes every resource, drafts too, in FORMAT.md field order, ordered by id', async () => {
    const { db, config } = env();
    await db.updateTable('resources').set({ status: 'draft' }).where('slug', '=', 'e-old-2').execute();
    const text = await exportTo(db, config.dataDir, path.join(tmp.dir, 'order'), 2);
    const records = text.trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(records.map((r) => r.slug), ['e-es', 'e-en', 'e-p1', 'e-p2', 'e-old-1', 'e-old-2']);
    assert.deepEqual(Object.keys(records[0]), [
      'slug', 'type', 'title', 'summary', 'body', 'topics', 'language', 'publishedOn', 'updatedOn',
      'authors', 'series', 'translationOf', 'supersedes', 'attachments',
    ]);
    const en = records[1];
    assert.deepEqual(en.topics, ['daca', 'tps']);
    assert.deepEqual(en.authors, ['Z. Last', 'A. First']);
    assert.deepEqual(en.attachments, [
      { filename: 'a.pdf', title: 'A (PDF)', bytes: en.attachments[0].bytes, file: 'library.attachments/e-en-1.pdf' },
      { filename: 'meta-only.pdf', title: 'Metadata only', bytes: 1234 },
    ]);
    assert.equal(records[5].status, 'draft', 'a draft says so');
    assert.equal(Object.keys(records[5]).at(-1), 'status');
    assert.ok(records.slice(0, 5).every((r) => !('status' in r)), 'a published resource has no status field');
    assert.equal(records[0].translationOf, 'e-en');
    assert.deepEqual(records[2].supersedes, ['e-old-1', 'e-old-2']);
    assert.deepEqual(records[2].series, { slug: 'e-series', part: 1, of: 2 });
    assert.ok(fs.readFileSync(path.join(tmp.dir, 'order', 'library.attachments', 'e-en-1.pdf')).subarray(0, 5).equals(Buffer.from('%PDF-')));
  });

  it('export → import into an empty database → export gives the same bytes, files included', async () => {
    const { db, config, dialect } = env();
    const first = await exportTo(db, config.dataDir, path.join(tmp.dir, 'a'));
    const second = await roundTrip(dialect, path.join(tmp.dir, 'a', 'library.jsonl'), path.join(tmp.dir, 'b'));
    assert.equal(second, first);
    assert.deepEqual(
      fs.readFileSync(path.join(tmp.dir, 'b', 'library.attachments', 'e-en-1.pdf')),
      fs.readFileSync(path.join(tmp.dir, 'a', 'library.attachments', 'e-en-1.pdf')),
    );
  });

  it('keeps drafts and archived resources off the public site of the database it imports into', async () => {
    const { db, config, dialect } = env();
    await db.updateTable('resources').set({ status: 'archived' }).where('slug', '=', 'e-old-1').execute();
    await db.updateTable('resources').set({ status: 'scheduled', publish_at: '2030-01-01T00:00:00.000Z' }).where('slug', '=', 'e-p2').execute();
    const text = await exportTo(db, config.dataDir, path.join(tmp.dir, 'states'));
    const bySlug = new Map(text.trimEnd().split('\n').map((l) => JSON.parse(l)).map((r) => [r.slug, r]));
    assert.equal(bySlug.get('e-old-1').status, 'archived');
    assert.equal(bySlug.get('e-p2').status, 'review', 'a scheduled resource goes out as in review');
    const other = await createTestEnv(dialect, { seed: false });
    try {
      const summary = await importFile({ db: other.db, dataDir: other.config.dataDir, file: path.join(tmp.dir, 'states', 'library.jsonl') });
      assert.equal(summary.failed, 0);
      const states = await other.db.selectFrom('resources').select(['slug', 'status']).orderBy('slug').execute();
      assert.deepEqual(Object.fromEntries(states.map((r) => [r.slug, r.status])), {
        'e-en': 'published', 'e-es': 'published', 'e-old-1': 'archived', 'e-old-2': 'draft', 'e-p1': 'published', 'e-p2': 'review',
      });
      for (const slug of ['e-old-1', 'e-old-2', 'e-p2']) assert.equal((await other.get(`/resources/${slug}`)).status, 404, slug);
      assert.equal((await other.get('/resources/e-p1')).status, 200);
    } finally {
      await other.close();
    }
    await db.updateTable('resources').set({ status: 'published', publish_at: null }).where('slug', 'in', ['e-old-1', 'e-p2']).execute();
  });

  it('refuses a line with a status the format does not know, and imports the rest', async () => {
    const other = await createTestEnv(env().dialect, { seed: false });
    try {
      const file = writeJsonl(path.join(tmp.dir, 'bad-status.jsonl'), [line('s-ok', { status: 'draft' }), line('s-bad', { status: 'scheduled' }), line('s-pub')]);
      const failures: string[] = [];
      const summary = await importFile({ db: other.db, dataDir: other.config.dataDir, file, onFailure: (n) => failures.push(`${n.line}: ${n.message}`) });
      assert.equal(summary.created, 2);
      assert.equal(summary.failed, 1);
      assert.match(failures[0], /^2: .*status.*must be one of draft, review, published, archived/);
    } finally {
      await other.close();
    }
  });

  it('round-trips the demo site byte for byte', async () => {
    const demo = await createTestEnv(env().dialect);
    try {
      const first = await exportTo(demo.db, demo.config.dataDir, path.join(tmp.dir, 'demo-a'));
      assert.ok(first.split('\n').length > 10);
      const second = await roundTrip(env().dialect, path.join(tmp.dir, 'demo-a', 'library.jsonl'), path.join(tmp.dir, 'demo-b'));
      assert.equal(second, first);
      // The seed gives every demo attachment a stored PDF: all are exported, and come back unchanged.
      const files = fs.readdirSync(path.join(tmp.dir, 'demo-a', 'library.attachments')).sort();
      assert.equal(files.length, (first.match(/"file":/g) ?? []).length);
      assert.ok(files.length >= 35, `${files.length} files`);
      assert.deepEqual(fs.readdirSync(path.join(tmp.dir, 'demo-b', 'library.attachments')).sort(), files);
      for (const f of files) {
        assert.ok(fs.readFileSync(path.join(tmp.dir, 'demo-b', 'library.attachments', f)).equals(fs.readFileSync(path.join(tmp.dir, 'demo-a', 'library.attachments', f))), f);
      }
    } finally {
      await demo.close();
    }
  });
}, { seed: false });
