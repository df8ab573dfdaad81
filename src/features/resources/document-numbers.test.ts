import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDialect } from '../../../test/support/app.ts';
import { createDb, type Db } from '../../db/database.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { currencySchema } from '../../db/migrations/018_currency.ts';
import { demoResources } from '../../../test/support/demo.ts';
import { upsertResource, type ResourceWrite } from './resources.write.repo.ts';

const NOW = '2024-11-08T12:00:00.000Z';

function write(slug: string, overrides: Partial<ResourceWrite> = {}): ResourceWrite {
  return {
    slug, type: 'practice-advisory', title: `Numbered ${slug}`, summary: 'A resource to number.', body: 'Text.', topics: [],
    language: 'en', audience: 'practitioners', status: 'published', publishedOn: '2024-11-01', updatedOn: null, authors: [],
    series: null, translationOf: null, supersedes: [], attachments: [], ...overrides,
  };
}

describeEachDialect('document numbers', (env, dialect) => {
  /** Writes resources as the importer does: one transaction, numbered at its bumpGeneration. */
  async function publishAll(...writes: ResourceWrite[]): Promise<void> {
    await env().db.transaction().execute(async (trx) => {
      for (const w of writes) await upsertResource(trx, w, NOW);
      await bumpGeneration(trx);
    });
  }
  const numberOf = async (slug: string) =>
    (await env().db.selectFrom('resources').select('document_number').where('slug', '=', slug).executeTakeFirstOrThrow()).document_number;

  it('gives every published demo resource one, per year in publication order, with the counters at the last given', async () => {
    const rows = await env().db.selectFrom('resources').select(['slug', 'published_on', 'document_number'])
      .where('status', '=', 'published').orderBy('published_on').orderBy('id').execute();
    assert.equal(rows.length, demoResources.length);
    const seen = new Map<string, number>();
    for (const r of rows) {
      const year = r.published_on.slice(0, 4);
      const n = (seen.get(year) ?? 0) + 1;
      seen.set(year, n);
      assert.equal(r.document_number, `ILRC-${year}-${String(n).padStart(4, '0')}`, r.slug);
    }
    const counters = await env().db.selectFrom('document_counters').selectAll().orderBy('year').execute();
    assert.deepEqual(counters.map((c) => [c.prefix, Number(c.year), Number(c.last)]), [...seen].sort().map(([y, n]) => ['ILRC', Number(y), n]));
  });

  it('numbers at first publication only, keeps the number when unpublished, and never gives a number twice', async () => {
    const last2024 = Number((await env().db.selectFrom('document_counters').select('last').where('year', '=', 2024).executeTakeFirstOrThrow()).last);
    const next = (k: number) => `ILRC-2024-${String(last2024 + k).padStart(4, '0')}`;
    await publishAll(write('numbered-draft', { status: 'draft' }));
    assert.equal(await numberOf('numbered-draft'), null, 'a draft has none');
    await publishAll(write('numbered-b', { publishedOn: '2024-11-05' }), write('numbered-a', { publishedOn: '2024-11-02' }));
    assert.equal(await numberOf('numbered-a'), next(1), 'in publication order within one transaction');
    assert.equal(await numberOf('numbered-b'), next(2));
    await publishAll(write('numbered-a', { status: 'draft' }));
    assert.equal(await numberOf('numbered-a'), next(1), 'unpublishing keeps it');
    await publishAll(write('numbered-a', { publishedOn: '2023-02-01' }));
    assert.equal(await numberOf('numbered-a'), next(1), 're-dating and republishing keep it');
    await env().db.transaction().execute(async (trx) => {
      await trx.deleteFrom('resources').where('slug', '=', 'numbered-b').execute();
      await bumpGeneration(trx);
    });
    await publishAll(write('numbered-draft'));
    assert.equal(await numberOf('numbered-draft'), next(3), 'a deleted resource\'s number is not given again');
    await publishAll(write('numbered-2026', { publishedOn: '2026-01-15' }));
    assert.equal(await numberOf('numbered-2026'), 'ILRC-2026-0001', 'each year counts from one');
  });

  it('keeps a number a resource brings with it (an import of an export), raising the counter past it', async () => {
    await publishAll(write('numbered-imported', { documentNumber: 'ILRC-2023-0500', publishedOn: '2023-05-01' }));
    assert.equal(await numberOf('numbered-imported'), 'ILRC-2023-0500');
    await publishAll(write('numbered-after-import', { publishedOn: '2023-06-01' }));
    assert.equal(await numberOf('numbered-after-import'), 'ILRC-2023-0501', 'never given again');
    await publishAll(write('numbered-imported', { documentNumber: 'ILRC-2023-0777', publishedOn: '2023-05-01' }));
    assert.equal(await numberOf('numbered-imported'), 'ILRC-2023-0500', 'a given number stays');
    await publishAll(write('numbered-clash', { documentNumber: 'ILRC-2023-0500', publishedOn: '2023-07-01' }));
    assert.equal(await numberOf('numbered-clash'), 'ILRC-2023-0502', 'a number another resource holds is not taken: a new one is given');
    await publishAll(write('numbered-odd', { documentNumber: 'not a number' }));
    assert.match(String(await numberOf('numbered-odd')), /^ILRC-2024-\d{4}$/);
  });

  it('uses the prefix the organization set for resources numbered after it', async (t) => {
    const stored = await env().db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    t.after(() => env().db.updateTable('settings').set({ value: stored.value }).where('key', '=', 'organization').execute());
    const before = await numberOf('numbered-2026');
    await env().db.updateTable('settings').set({ value: JSON.stringify({ ...JSON.parse(stored.value), documentPrefix: 'HVN' }) })
      .where('key', '=', 'organization').execute();
    await publishAll(write('numbered-hvn'));
    assert.equal(await numberOf('numbered-hvn'), 'HVN-2024-0001');
    assert.equal(await numberOf('numbered-2026'), before, 'numbers already given stay');
  });

  it('shows it on the page in both languages, in Cite this and the API, and a search for it finds the resource', async () => {
    const r = demoResources.find((x) => x.publishedOn.startsWith('2024'))!;
    const number = (await numberOf(r.slug))!;
    const en = await env().get(`/resources/${r.slug}`);
    assert.match(en.text, new RegExp(`<dt>Document number</dt><dd class="document-number">${number}</dd>`));
    assert.match(en.text, new RegExp(`<p class="citation"[^>]*>[\\s\\S]*<span class="document-number">${number}</span>`));
    const es = await env().get(`/es/resources/${r.slug}`);
    assert.match(es.text, new RegExp(`<dt>Número de documento</dt><dd class="document-number">${number}</dd>`));
    assert.ok((await (await env().request(`/resources/${r.slug}/cite.ris`)).text()).includes(`SN  - ${number}`));
    assert.equal(JSON.parse(await (await env().request(`/resources/${r.slug}/cite.json`)).text())[0].number, number);
    assert.match(await (await env().request(`/resources/${r.slug}/cite.bib`)).text(), new RegExp(`number = \\{${number}\\}`));
    const api = await (await env().request(`/api/v1/resources/${r.slug}`)).json() as { data: { documentNumber: string } };
    assert.equal(api.data.documentNumber, number);
    for (const q of [number, number.toLowerCase(), ` ${number} `]) {
      const search = await (await env().request(`/api/v1/resources?q=${encodeURIComponent(q)}`)).json() as { data: { slug: string; documentNumber: string }[] };
      assert.equal(search.data[0]?.slug, r.slug, q);
      assert.equal(search.data[0]?.documentNumber, number);
    }
    const page = await env().get(`/resources?q=${encodeURIComponent(number)}`);
    assert.ok(page.text.includes(`href="/resources/${r.slug}"`));
    const missing = await (await env().request('/api/v1/resources?q=ILRC-1999-9999')).json() as { data: unknown[] };
    assert.ok(Array.isArray(missing.data), 'a number nobody has is read as its words, never an error');
  });

  // Two app nodes publishing at once (separate pools): each resource gets its own number, none twice.
  if (dialect === 'postgres') it('gives concurrent publishers distinct numbers', async () => {
    const other = createDb(env().config.database, { poolSize: 2 });
    try {
      const publishOn = (db: Db, slug: string) =>
        db.transaction().execute(async (trx) => {
          await upsertResource(trx, write(slug, { publishedOn: '2027-03-01' }), NOW);
          await bumpGeneration(trx);
        });
      await Promise.all(Array.from({ length: 6 }, (_, i) => publishOn(i % 2 ? other.db : env().db, `concurrent-${i}`)));
      const rows = await env().db.selectFrom('resources').select('document_number').where('slug', 'like', 'concurrent-%').execute();
      assert.deepEqual(rows.map((r) => r.document_number).sort(), [1, 2, 3, 4, 5, 6].map((n) => `ILRC-2027-000${n}`));
    } finally {
      await other.close();
    }
  });

  it('migration 018 numbers the published resources a database already has, in publication order, with the settings prefix', async () => {
    const db = env().db;
    // Back to how a database stood before 018, with a prefix in its settings.
    await sql`drop index resources_document_number`.execute(db);
    await sql`drop index resources_unnumbered`.execute(db);
    await db.schema.alterTable('resources').dropColumn('document_number').execute();
    await db.schema.alterTable('resources').dropColumn('reviewed_on').execute();
    await db.schema.alterTable('resource_authors').dropColumn('affiliation').execute();
    await db.schema.dropTable('resource_updates').execute();
    await db.schema.dropTable('document_counters').execute();
    const org = await db.selectFrom('settings').select('value').where('key', '=', 'organization').executeTakeFirstOrThrow();
    await db.updateTable('settings').set({ value: JSON.stringify({ ...JSON.parse(org.value), documentPrefix: 'OLD' }) }).where('key', '=', 'organization').execute();

    await currencySchema(dialect).up(db);
    const rows = await db.selectFrom('resources').select(['status', 'published_on', 'document_number'])
      .orderBy('published_on').orderBy('id').execute();
    const seen = new Map<string, number>();
    for (const r of rows) {
      if (r.status !== 'published') {
        assert.equal(r.document_number, null);
        continue;
      }
      const year = r.published_on.slice(0, 4);
      seen.set(year, (seen.get(year) ?? 0) + 1);
      assert.equal(r.document_number, `OLD-${year}-${String(seen.get(year)).padStart(4, '0')}`);
    }
    const counters = await db.selectFrom('document_counters').selectAll().execute();
    assert.equal(counters.length, seen.size);
    for (const c of counters) assert.equal(Number(c.last), seen.get(String(c.year)));
    const queued = await db.selectFrom('search_queue').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.ok(Number(queued.n) >= rows.filter((r) => r.status === 'published').length, 'queued for the search index');
  });
});
