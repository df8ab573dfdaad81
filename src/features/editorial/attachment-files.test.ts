import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { minimalPdf, resourceFields } from '../../../test/support/factories.ts';

async function withPdf(env: TestEnv, who: Signed): Promise<{ id: number; slug: string; aid: number; file: string }> {
  const fields = resourceFields();
  const res = await postMultipart(env, '/admin/resources', who, fields, [{ field: 'attachments', name: 'advisory.pdf', data: minimalPdf('An advisory'), type: 'application/pdf' }]);
  assert.equal(res.status, 303);
  const id = idFromLocation(res);
  const row = await env.db.selectFrom('attachments').select(['id', 'storage_key']).where('resource_id', '=', id).executeTakeFirstOrThrow();
  const file = path.join(env.config.dataDir, 'attachments', row.storage_key!);
  assert.ok(fs.existsSync(file));
  return { id, slug: String(fields.slug), aid: row.id, file };
}

const versionOf = async (env: TestEnv, who: Signed, id: number) =>
  String(formVersion((await env.get(`/admin/resources/${id}`, { headers: { cookie: who.cookie } })).text));

describeEachDialect('removed and deleted attachments leave the disk after the commit, never on a rollback', (env) => {
  it('removing an attachment in the editor deletes its file; a stale (refused) removal keeps it', async () => {
    const editor = await loginAs(env(), 'editor');
    const r = await withPdf(env(), editor);
    const version = await versionOf(env(), editor, r.id);
    const other = await postMultipart(env(), `/admin/resources/${r.id}`, editor, { ...resourceFields({ slug: r.slug, title: 'Changed first' }), version });
    assert.equal(other.status, 303);
    const stale = await postMultipart(env(), `/admin/resources/${r.id}`, editor, { ...resourceFields({ slug: r.slug }), version, removeAttachment: String(r.aid) });
    assert.equal(stale.status, 409);
    assert.ok(fs.existsSync(r.file), 'a refused save removes nothing');
    const ok = await postMultipart(env(), `/admin/resources/${r.id}`, editor, { ...resourceFields({ slug: r.slug }), version: await versionOf(env(), editor, r.id), removeAttachment: String(r.aid) });
    assert.equal(ok.status, 303);
    assert.ok(!fs.existsSync(r.file), 'the removed attachment\'s file is gone');
  });

  it('deleting a resource deletes its files; a stale delete keeps them', async () => {
    const admin = await loginAs(env(), 'admin');
    const r = await withPdf(env(), admin);
    const stale = await postForm(env(), `/admin/resources/${r.id}/delete`, admin, { version: '999', confirm: 'yes' });
    assert.equal(stale.status, 409);
    assert.ok(fs.existsSync(r.file));
    const ok = await postForm(env(), `/admin/resources/${r.id}/delete`, admin, { version: await versionOf(env(), admin, r.id), confirm: 'yes' });
    assert.equal(ok.status, 303);
    assert.ok(!fs.existsSync(r.file), 'the deleted resource\'s file is gone');
  });
}, { dataset: 'tiny' });
