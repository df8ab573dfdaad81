import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createTestEnv, type TestEnv } from '../../test/support/app.ts';
import { loginAs, postMultipart } from '../../test/support/auth.ts';
import { minimalPdf, resourceFields } from '../../test/support/factories.ts';

const mode = (p: string) => fs.statSync(p).mode & 0o777;

/** Every file and folder under `dir`, with its mode. */
function modes(dir: string): { files: Map<string, number>; dirs: Map<string, number> } {
  const files = new Map<string, number>();
  const dirs = new Map<string, number>([[dir, mode(dir)]]);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const full = path.join(entry.parentPath, entry.name);
    (entry.isDirectory() ? dirs : files).set(full, mode(full));
  }
  return { files, dirs };
}

describe('the database file and uploads are private to the account running Haven', () => {
  let env: (TestEnv & { close(): Promise<void> }) | undefined;
  let umask = 0;
  before(async () => {
    // An ordinary umask, as a shell gives: without Haven's own modes, files would be 0644.
    umask = process.umask(0o022);
    env = await createTestEnv('sqlite');
  });
  after(async () => {
    await env?.close();
    process.umask(umask);
  });

  it('creates the SQLite file 0600, and folders 0700', () => {
    const db = path.join(env!.config.dataDir, 'test.db');
    assert.equal(mode(db).toString(8), '600');
    for (const sub of ['attachments', 'media']) assert.equal(mode(path.join(env!.config.dataDir, sub)).toString(8), '700', sub);
  });

  it('stores seeded, uploaded and resized files 0600', async () => {
    const editor = await loginAs(env!, 'editor');
    const pdf = await postMultipart(env!, '/admin/resources', editor, resourceFields(),
      [{ field: 'attachments', name: 'advisory.pdf', data: minimalPdf('Private file'), type: 'application/pdf' }]);
    assert.equal(pdf.status, 303);
    const home = await env!.get('/admin/homepage', { headers: { cookie: editor.cookie } });
    const version = /name="version" value="(\d+)"/.exec(home.text)![1];
    const jpeg = new Uint8Array(await sharp({ create: { width: 800, height: 400, channels: 3, background: '#224466' } }).jpeg().toBuffer());
    const values: Record<string, string> = { version, heroAlt: 'A clinic', mission: 'Mission', latestCount: '6' };
    for (const m of home.text.matchAll(/<input id="f-[^"]+" name="([^"]+)" type="(?:text|number)" value="([^"]*)"/g)) values[m[1]] ??= m[2].replace(/&amp;/g, '&');
    const saved = await postMultipart(env!, '/admin/homepage', editor, { ...values, heroAlt: 'A clinic' }, [{ field: 'hero', name: 'h.jpg', data: jpeg, type: 'image/jpeg' }]);
    assert.equal(saved.status, 303);
    const { files, dirs } = modes(env!.config.dataDir);
    const open = [...files].filter(([, m]) => m & 0o077).map(([f, m]) => `${path.relative(env!.config.dataDir, f)} ${m.toString(8)}`);
    assert.deepEqual(open, [], 'no file readable by others');
    const openDirs = [...dirs].filter(([, m]) => m & 0o077).map(([d, m]) => `${d} ${m.toString(8)}`);
    assert.deepEqual(openDirs, []);
    assert.ok([...files.keys()].some((f) => f.includes(`${path.sep}attachments${path.sep}`)) && [...files.keys()].some((f) => f.endsWith('.webp')));
  });
});
