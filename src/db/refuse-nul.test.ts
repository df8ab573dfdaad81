import assert from 'node:assert/strict';
import { it } from 'node:test';
import { sql } from 'kysely';
import { describeEachDialect } from '../../test/support/app.ts';
import { loginAs, postMultipart } from '../../test/support/auth.ts';
import { AppError } from '../platform/errors.ts';
import { resourceFields } from '../../test/support/factories.ts';

describeEachDialect('text with U+0000', (env) => {
  it('is refused by the database layer with a 400, on both engines alike, and nothing is written', async () => {
    const { db } = env();
    const before = await db.selectFrom('topics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    await assert.rejects(
      db.insertInto('topics').values({ slug: 'nul-topic', name: 'A\u0000B', description: '' }).execute(),
      (err: unknown) => err instanceof AppError && err.status === 400 && /NUL/.test(err.message),
    );
    await assert.rejects(db.selectFrom('resources').select('id').where('title', '=', 'x\u0000').execute(), (err: unknown) => err instanceof AppError);
    await assert.rejects(sql`select ${'a\u0000b'} as t`.execute(db), (err: unknown) => err instanceof AppError, 'a raw query parameter');
    await assert.rejects(sql`select ${sql.lit('a\u0000b')} as t`.execute(db), (err: unknown) => err instanceof AppError, 'a literal in the SQL text');
    assert.deepEqual((await sql<{ t: string }>`select ${'a\u0001b'} as t`.execute(db)).rows, [{ t: 'a\u0001b' }], 'other control characters pass');
    const after = await db.selectFrom('topics').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  it('never reaches a visitor or a staff member as a 500', async () => {
    const e = env();
    for (const path of ['/resources?q=%00', '/api/v1/resources?q=%00', '/feeds/resources.atom?q=%00']) {
      assert.equal((await e.request(path)).status, 400, path);
    }
    const editor = await loginAs(e, 'editor');
    const res = await postMultipart(e, '/admin/resources', editor, resourceFields({ title: 'A NUL\u0000title', slug: 'nul-title' }));
    assert.ok(res.status >= 400 && res.status < 500, `status ${res.status}`);
    assert.equal(await e.db.selectFrom('resources').select('id').where('slug', '=', 'nul-title').executeTakeFirst(), undefined);
  });
});
