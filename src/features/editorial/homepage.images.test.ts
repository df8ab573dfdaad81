import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import sharp from 'sharp';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { variantNames } from '../uploads/image-upload.ts';

const jpeg = async (background: string) =>
  new Uint8Array(await sharp({ create: { width: 1200, height: 600, channels: 3, background } }).jpeg().toBuffer());

/** The homepage form's fields as shown, plus the hidden version. */
async function currentForm(env: TestEnv, editor: Signed): Promise<Record<string, string>> {
  const { text } = await env.get('/admin/homepage', { headers: { cookie: editor.cookie } });
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/<input id="f-[^"]+" name="([^"]+)" type="(?:text|number)" value="([^"]*)"/g)) out[m[1]] = m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  out.mission = /<textarea id="f-mission" name="mission"[^>]*>([^<]*)<\/textarea>/.exec(text)?.[1] ?? '';
  out.version = /<input type="hidden" name="version" value="(\d+)"/.exec(text)?.[1] ?? '';
  return out;
}

const mediaRows = (env: TestEnv) => env.db.selectFrom('media').select(['id', 'storage_key']).orderBy('id').execute();
const filesOf = (env: TestEnv, key: string) => variantNames(key).map((n) => path.join(env.config.dataDir, 'media', n));
const onDisk = (env: TestEnv, key: string) => filesOf(env, key).filter((f) => fs.existsSync(f)).length;
const heroKey = async (env: TestEnv) => {
  const row = await env.db.selectFrom('settings').select('value').where('key', '=', 'homepage').executeTakeFirstOrThrow();
  const id = (JSON.parse(String(row.value)) as { heroMediaId: number | null }).heroMediaId;
  return id === null ? null : (await env.db.selectFrom('media').select('storage_key').where('id', '=', id).executeTakeFirstOrThrow()).storage_key;
};

describeEachDialect('replaced homepage images leave the disk once the save commits', (env) => {
  it('a new hero image removes the old one\'s row and files; a refused (rolled back) save removes nothing it should keep', async () => {
    const editor = await loginAs(env(), 'editor');
    const oldKey = await heroKey(env());
    assert.ok(oldKey, 'the demo has a hero image');
    assert.ok(onDisk(env(), oldKey) > 0, 'its files are on disk');

    const values = await currentForm(env(), editor);
    const ok = await postMultipart(env(), '/admin/homepage', editor, { ...values, heroAlt: 'Volunteers at a clinic' },
      [{ field: 'hero', name: 'hero.jpg', data: await jpeg('#225577'), type: 'image/jpeg' }]);
    assert.equal(ok.status, 303);
    const newKey = await heroKey(env());
    assert.ok(newKey && newKey !== oldKey);
    assert.equal(onDisk(env(), oldKey), 0, 'the replaced image\'s files are gone');
    assert.ok(!(await mediaRows(env())).some((r) => r.storage_key === oldKey), 'and its row');
    const newFiles = onDisk(env(), newKey);
    assert.ok(newFiles > 0);

    // A stale form: the save is refused and rolled back, so the current hero stays, files and all,
    // and the image uploaded with the refused form is not left behind.
    const before = await mediaRows(env());
    const stale = await postMultipart(env(), '/admin/homepage', editor, { ...values, heroAlt: 'Stale' },
      [{ field: 'hero', name: 'stale.jpg', data: await jpeg('#772255'), type: 'image/jpeg' }]);
    assert.equal(stale.status, 409);
    assert.equal(await heroKey(env()), newKey);
    assert.equal(onDisk(env(), newKey), newFiles, 'the current hero keeps its files');
    assert.deepEqual(await mediaRows(env()), before, 'no media row added or removed');
  });

  it('replacing or removing the featured resource\'s image removes the old one', async () => {
    const editor = await loginAs(env(), 'editor');
    const put = async (extra: Record<string, string>, files: Parameters<typeof postMultipart>[4] = []) => {
      const res = await postMultipart(env(), '/admin/homepage', editor, { ...(await currentForm(env(), editor)), featureAlt: 'Advocates', ...extra }, files);
      assert.equal(res.status, 303);
    };
    const featureKey = async () => {
      const row = await env().db.selectFrom('homepage_features').innerJoin('media', 'media.id', 'homepage_features.media_id')
        .select('media.storage_key').where('homepage_features.kind', '=', 'resource').executeTakeFirst();
      return row?.storage_key ?? null;
    };
    await put({}, [{ field: 'featureImage', name: 'a.jpg', data: await jpeg('#335533'), type: 'image/jpeg' }]);
    const first = await featureKey();
    assert.ok(first);
    await put({}, [{ field: 'featureImage', name: 'b.jpg', data: await jpeg('#553333'), type: 'image/jpeg' }]);
    const second = await featureKey();
    assert.ok(second && second !== first);
    assert.equal(onDisk(env(), first), 0, 'the replaced featured image is gone');
    await put({ removeFeatureImage: 'yes' });
    assert.equal(await featureKey(), null);
    assert.equal(onDisk(env(), second), 0, 'the removed featured image is gone');
    assert.ok(!(await mediaRows(env())).some((r) => r.storage_key === first || r.storage_key === second));
  });
});
