// Facet counts are disjunctive: each facet's counts keep every other current filter and drop its
// own. Type, language and audience come from one grouped query summed in code; this checks them,
// and the total, against counting each choice directly, for every combination of those filters
// (with and without a topic and superseded resources), on both engines.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { countLibrary, facetCounts, type LibraryFilter } from './library.repo.ts';

describeEachDialect('library facet counts', (env) => {
  it('match counting each choice with the other filters kept, and the total matches the list', async () => {
    const db = env().db;
    const types = (await db.selectFrom('resource_types').select('id').execute()).map((t) => t.id);
    const topic = (await db.selectFrom('topics').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const languages = ['en', 'es'];
    const audiences = ['practitioners', 'community'];
    const count = (f: LibraryFilter) => countLibrary(db, f);
    let checked = 0;
    for (const base of [{}, { topicId: topic }, { hideSuperseded: true }] as LibraryFilter[]) {
      for (const typeId of [undefined, types[0]]) {
        for (const language of [undefined, 'es']) {
          for (const audience of [undefined, 'practitioners']) {
            const f: LibraryFilter = { ...base, typeId, language, audience };
            const got = await facetCounts(db, f);
            assert.equal(got.total, await count(f), JSON.stringify(f));
            for (const t of types) assert.equal(got.type.get(t) ?? 0, await count({ ...f, typeId: t }), `type ${t} ${JSON.stringify(f)}`);
            for (const l of languages) assert.equal(got.language.get(l) ?? 0, await count({ ...f, language: l }), `language ${l} ${JSON.stringify(f)}`);
            for (const a of audiences) assert.equal(got.audience.get(a) ?? 0, await count({ ...f, audience: a }), `audience ${a} ${JSON.stringify(f)}`);
            checked++;
          }
        }
      }
    }
    assert.equal(checked, 24);
    const all = await facetCounts(db, {});
    assert.ok(all.total > 0 && [...all.type.values()].reduce((a, b) => a + b, 0) === all.total, 'every published resource has one type');
  });
});
