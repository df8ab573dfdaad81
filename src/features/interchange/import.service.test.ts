import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import type { Db } from '../../db/database.ts';
import { currentGeneration } from '../../db/generation.ts';
import { importFile, type ImportOptions, type LineNote } from './import.service.ts';
import { loadRecords } from './interchange.repo.ts';
import { interchangeLine as line, tempDir, writeJsonl, writePdf } from '../../../test/support/factories.ts';

async function run(db: Db, dataDir: string, file: string, extra: Partial<ImportOptions> = {}) {
  const failures: LineNote[] = [];
  const warnings: LineNote[] = [];
  const summary = await importFile({ db, dataDir, file, batchSize: 2, onFailure: (n) => failures.push(n), onWarning: (n) => warnings.push(n), ...extra });
  return { summary, failures, warnings };
}

const storedFiles = (dataDir: string) => {
  const dir = path.join(dataDir, 'attachments');
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
};

const resource = (db: Db, slug: string) => db.selectFrom('resources').selectAll().where('slug', '=', slug).executeTakeFirst();

describeEachDialect('interchange import', (env) => {
  let fixture: ReturnType<typeof tempDir>;
  let firstFile: string;
  let firstLines: Record<string, unknown>[];
  let pdfBytes: number;
  before(() => {
    fixture = tempDir();
    pdfBytes = writePdf(path.join(fixture.dir, 'files', 'guide.pdf'), 'Matter of Pickering, 23 I&N Dec. 621');
    // Batches of two: every reference below points into a later batch, or at a later line.
    firstLines = [
      line('t1-guide-es', { type: 'community-resource', language: 'es', translationOf: 't1-guide', topics: ['know-your-rights'] }),
      line('t1-part-2', { series: { slug: 't1-series', part: 2, of: 2 }, supersedes: ['t1-old'] }),
      line('t1-guide', {
        type: 'community-resource', topics: ['know-your-rights', 'brand-new-topic'],
        attachments: [{ filename: 'guide.pdf', title: 'Guide (PDF)', bytes: pdfBytes, file: 'files/guide.pdf' }],
      }),
      line('t1-part-1', { type: 'brand-new-type', series: { slug: 't1-series', part: 1, of: 2 }, authors: ['B. Okafor', 'A. Rivera', 'B. Okafor'] }),
      line('t1-old', { type: 'policy-analysis', publishedOn: '2019-05-01' }),
    ];
    firstFile = writeJsonl(path.join(fixture.dir, 'first.jsonl'), firstLines);
  });
  after(() => {
    fs.rmSync(path.join(fixture.dir, '..', `outside-${path.basename(fixture.dir)}.pdf`), { force: true });
    fixture.remove();
  });

  it('imports lines with forward references, a translation, a series, supersedes and a PDF', async () => {
    const { db, config } = env();
    const generation = await currentGeneration(db);
    const { summary, failures, warnings } = await run(db, config.dataDir, firstFile);
    assert.deepEqual(failures, []);
    assert.deepEqual(warnings, []);
    assert.deepEqual([summary.created, summary.updated, summary.unchanged, summary.failed, summary.lines], [5, 0, 0, 0, 5]);
    assert.ok((await currentGeneration(db)) > generation);

    const es = await resource(db, 't1-guide-es');
    const guide = await resource(db, 't1-guide');
    assert.ok(es && guide);
    assert.equal(es.translation_of_id, guide.id);
    assert.equal(guide.audience, 'community');
    assert.equal(guide.status, 'published');
    assert.equal(guide.posted_at, '2024-03-01T12:00:00.000Z');
    assert.equal((await resource(db, 't1-old'))?.audience, 'advocates');

    const records = await loadRecords(db, { slugs: ['t1-part-1', 't1-part-2', 't1-guide'] });
    const bySlug = new Map(records.map((r) => [r.record.slug, r.record]));
    assert.deepEqual(bySlug.get('t1-part-1')?.series, { slug: 't1-series', part: 1, of: 2 });
    assert.deepEqual(bySlug.get('t1-part-2')?.series, { slug: 't1-series', part: 2, of: 2 });
    assert.deepEqual(bySlug.get('t1-part-2')?.supersedes, ['t1-old']);
    assert.deepEqual(bySlug.get('t1-part-1')?.authors, ['B. Okafor', 'A. Rivera']);
    assert.deepEqual(bySlug.get('t1-guide')?.topics, ['brand-new-topic', 'know-your-rights']);
    const series = await db.selectFrom('series').selectAll().where('slug', '=', 't1-series').executeTakeFirstOrThrow();
    assert.deepEqual([series.title, series.parts], ['T1 Series', 2]);
    assert.equal((await db.selectFrom('topics').select('name').where('slug', '=', 'brand-new-topic').executeTakeFirst())?.name, 'Brand New Topic');
    assert.equal((await db.selectFrom('resource_types').select('name').where('slug', '=', 'brand-new-type').executeTakeFirst())?.name, 'Brand New Type');

    const attachment = await db.selectFrom('attachments').selectAll().where('resource_id', '=', guide.id).executeTakeFirstOrThrow();
    assert.match(attachment.storage_key ?? '', /^[0-9a-f]{32}\.pdf$/);
    assert.deepEqual([attachment.filename, attachment.bytes, attachment.mime_type], ['guide.pdf', pdfBytes, 'application/pdf']);
    assert.match(attachment.text_content ?? '', /Matter of Pickering/);
    const stored = path.join(config.dataDir, 'attachments', attachment.storage_key!);
    assert.deepEqual(fs.readFileSync(stored), fs.readFileSync(path.join(fixture.dir, 'files', 'guide.pdf')));
  });

  it('reports bad lines with their numbers and reasons and imports the others', async () => {
    const { db, config } = env();
    const filesBefore = storedFiles(config.dataDir);
    fs.writeFileSync(path.join(fixture.dir, 'files', 'fake.pdf'), 'just some text, renamed to .pdf\n');
    fs.writeFileSync(path.join(fixture.dir, '..', `outside-${path.basename(fixture.dir)}.pdf`), fs.readFileSync(path.join(fixture.dir, 'files', 'guide.pdf')));
    const attach = (file: string, bytes = pdfBytes) => ({ attachments: [{ filename: 'a.pdf', title: 'A', bytes, file }] });
    const file = writeJsonl(path.join(fixture.dir, 'bad.jsonl'), [
      line('t2-ok-1'),
      '{"slug": "t2-broken", ',
      { ...line('t2-no-summary'), summary: undefined },
      line('t2-date', { publishedOn: '2024-02-30' }),
      line('T2_Bad_Slug'),
      line('t2-long-title', { title: 'x'.repeat(301) }),
      line('t2-language', { language: 'english' }),
      line('t2-missing-file', attach('files/missing.pdf')),
      line('t2-fake-pdf', attach('files/fake.pdf', 32)),
      line('t2-ok-2', { translationOf: 't2-nowhere' }),
      line('t2-huge', { body: 'x'.repeat(2.1 * 1024 * 1024) }),
      line('t2-outside', attach(`../outside-${path.basename(fixture.dir)}.pdf`)),
      line('t2-size', attach('files/guide.pdf', pdfBytes + 1)),
      '',
      line('t2-nul', { title: 'A NUL\u0000 in the title' }),
      line('t2-zz', { language: 'zz' }),
      line('t2-ok-3'),
    ]);
    const { summary, failures, warnings } = await run(db, config.dataDir, file);
    const expected: [number, RegExp][] = [
      [2, /^invalid JSON/], [3, /^summary is required$/], [4, /^publishedOn is not a real calendar date$/],
      [5, /^slug must be/], [6, /^title is longer than 300 characters$/], [7, /^language must be a language tag/],
      [8, /file "files\/missing\.pdf" does not exist/], [9, /file "files\/fake\.pdf" is not a PDF/],
      [11, /^line is longer than 2 MB/], [12, /is outside the folder of the \.jsonl file/],
      [13, /attachments\[0\]\.bytes is \d+ but file "files\/guide\.pdf" has \d+ bytes/],
      // Same lines on both engines: PostgreSQL cannot store U+0000, so the line fails alone, not its batch.
      [15, /^title must not contain the NUL character/], [16, /^language "zz" is not a language this site knows$/],
    ];
    assert.deepEqual(failures.map((f) => f.line), expected.map(([n]) => n));
    for (const [i, [, reason]] of expected.entries()) assert.match(failures[i].message, reason);
    assert.deepEqual([summary.created, summary.failed, summary.lines, summary.aborted], [3, expected.length, 16, null]);
    assert.deepEqual(warnings, [{ line: 10, message: 'translationOf "t2-nowhere" names no resource in the file or the library; left unlinked' }]);
    assert.ok(await resource(db, 't2-ok-2'));
    assert.equal(await resource(db, 't2-fake-pdf'), undefined);
    assert.deepEqual(storedFiles(config.dataDir), filesBefore, 'no file of a failed line stays in storage');
  });

  it('changes nothing when the same file is imported again', async () => {
    const { db, config } = env();
    const generation = await currentGeneration(db);
    const filesBefore = storedFiles(config.dataDir);
    const before = await resource(db, 't1-guide');
    const { summary } = await run(db, config.dataDir, firstFile);
    assert.deepEqual([summary.created, summary.updated, summary.unchanged, summary.failed], [0, 0, 5, 0]);
    assert.equal(await currentGeneration(db), generation);
    assert.deepEqual(storedFiles(config.dataDir), filesBefore);
    assert.deepEqual(await resource(db, 't1-guide'), before);
  });

  it('updates a changed line by slug, replaces its file and keeps when it was posted', async () => {
    const { db, config } = env();
    const oldKey = (await db.selectFrom('attachments').innerJoin('resources', 'resources.id', 'attachments.resource_id')
      .select('storage_key').where('resources.slug', '=', 't1-guide').executeTakeFirstOrThrow()).storage_key!;
    const bytes = writePdf(path.join(fixture.dir, 'files', 'guide-v2.pdf'), 'Matter of Thomas and Thompson');
    const changed = firstLines.map((l) => {
      if (l.slug === 't1-guide') return { ...l, title: 'A new title', publishedOn: '2024-04-01', attachments: [{ filename: 'guide.pdf', title: 'Guide (PDF)', bytes, file: 'files/guide-v2.pdf' }] };
      // Only a reference changes here: counted as updated too.
      if (l.slug === 't1-part-2') return { ...l, supersedes: [] };
      return l;
    });
    const { summary } = await run(db, config.dataDir, writeJsonl(path.join(fixture.dir, 'changed.jsonl'), changed));
    assert.deepEqual([summary.created, summary.updated, summary.unchanged, summary.failed], [0, 2, 3, 0]);
    const guide = await resource(db, 't1-guide');
    assert.equal(guide?.title, 'A new title');
    assert.equal(guide?.posted_at, '2024-03-01T12:00:00.000Z');
    const attachment = await db.selectFrom('attachments').selectAll().where('resource_id', '=', guide!.id).executeTakeFirstOrThrow();
    assert.notEqual(attachment.storage_key, oldKey);
    assert.match(attachment.text_content ?? '', /Thomas and Thompson/);
    assert.ok(!fs.existsSync(path.join(config.dataDir, 'attachments', oldKey)), 'the replaced file is removed');
    const [part2] = await loadRecords(db, { slugs: ['t1-part-2'] });
    assert.deepEqual(part2.record.supersedes, []);
  });

  it('rolls a failing batch back entirely and finishes on the next run', async () => {
    const { db, config } = env();
    const filesBefore = storedFiles(config.dataDir);
    const lines = ['t5-a', 't5-b', 't5-c', 't5-d', 't5-e'].map((slug) => line(slug, slug === 't5-c'
      ? { attachments: [{ filename: 'g.pdf', title: 'G', bytes: pdfBytes, file: 'files/guide.pdf' }] } : {}));
    const file = writeJsonl(path.join(fixture.dir, 'rollback.jsonl'), lines);
    const generation = await currentGeneration(db);
    const failing = await run(db, config.dataDir, file, {
      afterWrite: (slug) => {
        if (slug === 't5-d') throw new Error('injected failure');
      },
    });
    assert.match(failing.summary.aborted ?? '', /^lines 3–4 were rolled back: injected failure$/);
    assert.deepEqual([failing.summary.created, failing.summary.failed], [2, 2]);
    assert.ok(await resource(db, 't5-b'));
    for (const slug of ['t5-c', 't5-d', 't5-e']) assert.equal(await resource(db, slug), undefined, slug);
    assert.equal(await currentGeneration(db), generation + 1, 'only the committed batch bumped the generation');
    assert.deepEqual(storedFiles(config.dataDir), filesBefore, 'the rolled-back batch left no file behind');

    const again = await run(db, config.dataDir, file);
    assert.deepEqual([again.summary.created, again.summary.unchanged, again.summary.failed], [3, 2, 0]);
    assert.equal(storedFiles(config.dataDir).length, filesBefore.length + 1);
  });

  it('ends a batch at its character limit as well as its line count', async () => {
    const { db, config } = env();
    const lines = ['t7-a', 't7-b', 't7-c', 't7-d', 't7-e', 't7-f'].map((slug) => line(slug, { body: 'x'.repeat(1_000) }));
    const file = writeJsonl(path.join(fixture.dir, 'chars.jsonl'), lines);
    const lineChars = fs.readFileSync(file, 'utf8').split('\n')[0].length;
    const failing = await run(db, config.dataDir, file, {
      batchSize: 100,
      batchChars: lineChars * 2,
      afterWrite: (slug) => {
        if (slug === 't7-d') throw new Error('injected failure');
      },
    });
    assert.match(failing.summary.aborted ?? '', /^lines 3–4 were rolled back: injected failure$/, 'batches of two lines');
    assert.deepEqual([failing.summary.created, failing.summary.failed], [2, 2]);
    const again = await run(db, config.dataDir, file, { batchSize: 100, batchChars: lineChars * 2 });
    assert.deepEqual([again.summary.created, again.summary.unchanged, again.summary.failed], [4, 2, 0]);
  });

  it('stops after the batch in flight when interrupted, and a second run completes the import', async () => {
    const { db, config } = env();
    const lines = [line('t6-1', { translationOf: 't6-6' }), ...[2, 3, 4, 5, 6].map((n) => line(`t6-${n}`))];
    const file = writeJsonl(path.join(fixture.dir, 'interrupt.jsonl'), lines);
    const controller = new AbortController();
    const first = await run(db, config.dataDir, file, {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.lines === 3) controller.abort();
      },
    });
    assert.equal(first.summary.interrupted, true);
    assert.deepEqual([first.summary.created, first.summary.lines], [3, 3]);
    assert.equal((await resource(db, 't6-1'))?.translation_of_id, null);
    assert.equal(await resource(db, 't6-4'), undefined);

    const second = await run(db, config.dataDir, file);
    assert.equal(second.summary.interrupted, false);
    assert.deepEqual([second.summary.created, second.summary.updated, second.summary.unchanged], [3, 1, 2]);
    assert.equal((await resource(db, 't6-1'))?.translation_of_id, (await resource(db, 't6-6'))?.id);
  });

  it('settles a series whose lines disagree on its length, and says so', async () => {
    const { db, config } = env();
    const file = writeJsonl(path.join(fixture.dir, 'series.jsonl'), [
      line('t7-1', { series: { slug: 't7-series', part: 1, of: 2 } }),
      line('t7-2', { series: { slug: 't7-series', part: 2, of: 3 } }),
    ]);
    const first = await run(db, config.dataDir, file);
    assert.deepEqual(first.warnings, [{ line: 2, message: 'series "t7-series" is given 2, 3 parts on different lines; using 3' }]);
    const [one] = await loadRecords(db, { slugs: ['t7-1'] });
    assert.deepEqual(one.record.series, { slug: 't7-series', part: 1, of: 3 });
    const second = await run(db, config.dataDir, file);
    assert.deepEqual([second.summary.updated, second.summary.unchanged], [0, 2]);
  });
}, { seed: false });
