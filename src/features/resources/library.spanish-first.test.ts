import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { countLibrary, listLibrary } from './library.repo.ts';

describeEachDialect('Spanish first on /es (library ordering)', (env) => {
  it('lists Spanish resources first, then the others, each newest first, on every page alike', async () => {
    const { db } = env();
    const total = await countLibrary(db, {});
    const all = await listLibrary(db, {}, 'newest', total, 0, 'es');
    assert.equal(all.length, total);
    const firstOther = all.findIndex((r) => r.language !== 'es');
    assert.ok(firstOther > 0, 'the demo has Spanish resources, listed first');
    assert.ok(all.slice(firstOther).every((r) => r.language !== 'es'), 'no Spanish resource after the first English one');
    for (const part of [all.slice(0, firstOther), all.slice(firstOther)]) {
      const dates = part.map((r) => r.published_on);
      assert.deepEqual(dates, [...dates].sort().reverse(), 'each part newest first');
    }
    // Paged in sevens (a page boundary falls inside each part and across the seam), the same list.
    const paged = [];
    for (let offset = 0; offset < total; offset += 7) paged.push(...await listLibrary(db, {}, 'newest', 7, offset, 'es'));
    assert.deepEqual(paged.map((r) => r.id), all.map((r) => r.id));
  });

  it('keeps the plain order in English, with a language filter, and for other sorts’ ties', async () => {
    const { db } = env();
    const en = await listLibrary(db, {}, 'newest', 500, 0, 'en');
    const dates = en.map((r) => r.published_on);
    assert.deepEqual(dates, [...dates].sort().reverse());
    const onlyEnglish = await listLibrary(db, { language: 'en' }, 'newest', 500, 0, 'es');
    assert.ok(onlyEnglish.length > 0 && onlyEnglish.every((r) => r.language === 'en'));
    const byTitle = await listLibrary(db, {}, 'title', 500, 0, 'es');
    const split = byTitle.findIndex((r) => r.language !== 'es');
    assert.ok(byTitle.slice(split).every((r) => r.language !== 'es'), 'title order, Spanish first too');
  });
});
