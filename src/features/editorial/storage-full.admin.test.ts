// A save that hits a full disk: the editor keeps their text and reads what happened; the log
// names the real cause (SQLite's "database or disk is full", not "cannot rollback").
// Simulated on SQLite with PRAGMA max_page_count on the app's connection; PostgreSQL's disk_full
// (53100) is classified the same way (db/faults.ts).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Writable } from 'node:stream';
import pino from 'pino';
import { createTestEnv, type TestEnv } from '../../../test/support/app.ts';
import { idFromLocation, loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { createApp } from '../../app/create-app.tsx';
import { resourceFields } from '../../../test/support/factories.ts';

describe('saving when the disk is full [sqlite]', () => {
  let env: TestEnv & { close(): Promise<void> };
  let editor: Signed;
  const logged: string[] = [];
  let request: (path: string, init?: RequestInit) => Promise<Response>;
  before(async () => {
    env = await createTestEnv('sqlite');
    const logger = pino({ level: 'info' }, new Writable({ write(chunk, _enc, done) { logged.push(String(chunk)); done(); } }));
    const app = createApp({ db: env.db, dialect: env.dialect, config: env.config, logger, clock: env.clock });
    request = async (path, init) => app.request(path, init);
    editor = await loginAs(env, 'editor');
  });
  after(() => env?.close());

  const fill = async () => {
    const pages = Number((await sql<{ page_count: number }>`pragma page_count`.execute(env.db)).rows[0].page_count);
    await sql.raw(`pragma max_page_count = ${pages}`).execute(env.db);
  };
  const unfill = () => sql.raw('pragma max_page_count = 1073741823').execute(env.db);

  it('shows the edit form again with the editor’s text and a clear message (507), logging the real cause', async () => {
    const created = await postMultipart(env, '/admin/resources', editor, resourceFields({ slug: 'disk-full' }));
    const id = idFromLocation(created);
    const body = `## Kept\n\n${'A long paragraph the editor must not lose. '.repeat(5_000)}`;
    await fill();
    try {
      const res = await postMultipart({ ...env, request }, `/admin/resources/${id}`, editor, resourceFields({ slug: 'disk-full', version: '1', body }));
      assert.equal(res.status, 507);
      const html = await res.text();
      assert.match(html, /Nothing was saved: the site’s storage is full\. Your text is still below/);
      assert.ok(html.includes('A long paragraph the editor must not lose.'), 'the text is in the form');
      const log = logged.join('');
      assert.match(log, /database or disk is full/);
      assert.doesNotMatch(log, /cannot rollback/);
      const es = await postMultipart({ ...env, request }, `/admin/resources/${id}`, { ...editor, cookie: `${editor.cookie}; lang=es` }, resourceFields({ slug: 'disk-full', version: '1', body }));
      assert.match(await es.text(), /No se guardó nada: el almacenamiento del sitio está lleno/);
    } finally {
      await unfill();
    }
    const stored = await env.db.selectFrom('resources').select(['version', 'body']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(stored.version, 1, 'nothing half-written');
    const retry = await postMultipart({ ...env, request }, `/admin/resources/${id}`, editor, resourceFields({ slug: 'disk-full', version: '1', body }));
    assert.equal(retry.status, 303, 'saves once there is room again');
  });

  it('does the same for a new page (documents)', async () => {
    await fill();
    try {
      const res = await postMultipart({ ...env, request }, '/admin/pages', editor, { title: 'Full disk page', slug: 'full-disk-page', summary: '', body: `Page text ${'x'.repeat(200_000)}`, language: 'en' });
      assert.equal(res.status, 507);
      assert.match(await res.text(), /Nothing was saved: the site’s storage is full/);
    } finally {
      await unfill();
    }
  });
});
