// The tiny shared dataset (test/fixtures/tiny) is a site of its own: route tests that use it
// (`describeEachDialect(name, suite, { dataset: 'tiny' })`) get a library of its nine resources,
// every one of them reachable, and it stays what `haven export` writes for it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { exportSite } from '../src/features/interchange/v2/export.site.ts';
import { describeEachDialect } from './support/app.ts';
import { TINY_FILE, tinyResources } from './support/demo.ts';
import { tempDir } from './support/factories.ts';
import { resultTotal } from './support/html.ts';

describeEachDialect('the tiny dataset', (env) => {
  it('lists its published resources, superseded ones only when asked, and serves each page', async () => {
    const superseded = new Set(tinyResources.flatMap((r) => r.supersedes ?? []));
    assert.ok(tinyResources.length >= 8 && superseded.size > 0 && tinyResources.some((r) => r.translationOf) && tinyResources.some((r) => r.series));
    assert.equal(resultTotal((await env().get('/resources')).text), tinyResources.filter((r) => !superseded.has(r.slug)).length);
    assert.equal(resultTotal((await env().get('/resources?superseded=include')).text), tinyResources.length);
    for (const r of tinyResources) assert.equal((await env().request(`/resources/${r.slug}`)).status, 200, r.slug);
  });

  it('exports to the bytes of its file', async () => {
    const { dir, remove } = tempDir();
    try {
      const lines: string[] = [];
      await exportSite({ db: env().db, dataDir: env().config.dataDir, write: (l) => { lines.push(l); }, files: { dir: path.join(dir, 'site.files'), relativeTo: dir } });
      assert.equal(`${lines.join('\n')}\n`, fs.readFileSync(TINY_FILE, 'utf8'));
    } finally {
      remove();
    }
  });
}, { dataset: 'tiny' });
