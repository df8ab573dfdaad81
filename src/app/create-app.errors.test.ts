import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDialect } from '../../test/support/app.ts';

/** An unexpected failure on a public page: the site's own 500 page, a reference, nothing internal. */
describeEachDialect('the error page for an unexpected failure', (env) => {
  it('shows the 500 page in the site design, in the page language, with a reference and no stack', async () => {
    const e = env();
    const slug = (await e.db.selectFrom('resources').select('slug').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow()).slug;
    await sql`drop table attachments`.execute(e.db);
    for (const [path, words] of [[`/resources/${slug}`, /Something went wrong/], [`/es/resources/${slug}`, /<html lang="es">/]] as const) {
      const { status, text, res } = await e.get(path);
      assert.equal(status, 500, path);
      assert.match(res.headers.get('content-type') ?? '', /text\/html/);
      assert.match(text, words);
      assert.match(text, /<header class="site-header">/, 'in the site design');
      assert.match(text, /<meta name="robots" content="noindex/);
      const reference = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(text);
      assert.ok(reference, 'a reference to quote');
      assert.doesNotMatch(text, /attachments|no such table|does not exist|at .*\.tsx?:|node_modules|SqliteError|error: relation/i);
    }
  });
});
