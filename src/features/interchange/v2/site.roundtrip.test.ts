import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestEnv, type TestEnv } from '../../../../test/support/app.ts';
import { IN_CI, postgresUnavailable } from '../../../../test/support/postgres.ts';
import type { Dialect } from '../../../db/engine.ts';
import { exportSite } from './export.site.ts';
import { importSite } from './import.site.ts';

type Env = TestEnv & { close(): Promise<void> };
const pgProblem = await postgresUnavailable();
if (pgProblem && IN_CI) throw new Error(`${pgProblem}. CI requires PostgreSQL.`);

/** Exports a site into `dir/site.jsonl` (+ `site.files/`) and returns the file's text. */
async function exportTo(env: Env, dir: string, withStaff = true): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'site.jsonl');
  const lines: string[] = [];
  await exportSite({ db: env.db, dataDir: env.config.dataDir, withStaff, write: (l) => { lines.push(l); }, files: { dir: path.join(dir, 'site.files'), relativeTo: dir } });
  fs.writeFileSync(file, lines.map((l) => `${l}\n`).join(''));
  return fs.readFileSync(file, 'utf8');
}

function filesOf(dir: string): Record<string, string> {
  const files = path.join(dir, 'site.files');
  return Object.fromEntries(fs.readdirSync(files).sort().map((n) => [n, fs.readFileSync(path.join(files, n)).toString('base64')]));
}

/**
 * What the demo lacks, so every kind travels: an account with a recovery code, a revision, a
 * scheduled resource written by that account, a draft page, former addresses of a resource.
 */
async function addStaffContent(env: Env): Promise<void> {
  const { id: userId } = await env.db.insertInto('users').values({
    email: 'editor@example.org', name: 'Ed Itor', role: 'editor', password_hash: '$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA', totp_secret: null,
    totp_enabled: 0, totp_last_step: null, disabled: 0, created_at: '2024-11-01T09:00:00.000Z', updated_at: '2024-11-01T09:00:00.000Z',
  }).returning('id').executeTakeFirstOrThrow();
  await env.db.insertInto('recovery_codes').values({ user_id: userId, code_hash: 'abc123', used_at: null, created_at: '2024-11-01T09:00:00.000Z' }).execute();
  const resource = await env.db.selectFrom('resources').select('id').where('slug', '=', 'know-your-rights-red-cards').executeTakeFirstOrThrow();
  await env.db.updateTable('resources').set({ status: 'scheduled', publish_at: '2031-01-01T12:00:00.000Z', author_id: userId, version: 3 }).where('id', '=', resource.id).execute();
  await env.db.insertInto('revisions').values({
    entity_type: 'resource', entity_id: resource.id, version: 2, user_id: userId, created_at: '2024-11-02T10:00:00.000Z', snapshot: '{"title":"Red cards"}', summary: 'Changed the title',
  }).execute();
  await env.db.insertInto('slug_redirects').values([
    { entity_type: 'resource', old_slug: 'red-cards-old', entity_id: resource.id, created_at: '2024-11-02T10:00:00.000Z' },
    { entity_type: 'resource', old_slug: 'know-your-rights-cards', entity_id: resource.id, created_at: '2024-11-02T11:00:00.000Z' },
  ]).execute();
  await env.db.insertInto('pages').values({
    slug: 'draft-page', title: 'A draft', summary: 'Not yet.', body: 'Text.', status: 'draft', created_at: '2024-11-03T10:00:00.000Z',
    updated_at: '2024-11-03T10:00:00.000Z', author_id: userId, publish_at: null, submitted_at: null,
  }).execute();
}

const PAIRS: [Dialect, Dialect][] = [['sqlite', 'postgres'], ['postgres', 'sqlite'], ['sqlite', 'sqlite']];

for (const [from, to] of PAIRS) {
  const skip = (from === 'postgres' || to === 'postgres') && pgProblem ? pgProblem : false;
  describe(`haven export → haven import → export, ${from} → ${to}`, { skip }, () => {
    let source: Env;
    let target: Env;
    let tmp: string;
    before(async () => {
      tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-roundtrip-'));
      source = await createTestEnv(from);
      target = await createTestEnv(to, { seed: false });
      await addStaffContent(source);
    });
    after(async () => {
      await source?.close();
      await target?.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    });

    it('gives back the same bytes, files and pages on the other engine', async () => {
      const first = await exportTo(source, path.join(tmp, 'a'));
      const summary = await importSite({ db: target.db, dataDir: target.config.dataDir, file: path.join(tmp, 'a', 'site.jsonl') });
      assert.equal(summary.records.resource, 78);
      assert.equal(summary.records.user, 1);
      assert.equal(summary.records.revision, 1);
      assert.equal(summary.records['slug-redirect'], 2);
      assert.equal((await target.request('/resources/red-cards-old', { redirect: 'manual' })).status, 404, 'a scheduled resource is not served, by any address');
      const second = await exportTo(target, path.join(tmp, 'b'));
      assert.equal(second, first);
      assert.deepEqual(filesOf(path.join(tmp, 'b')), filesOf(path.join(tmp, 'a')));
      // The site readers see is the same: pages rendered from each database, search included.
      for (const url of ['/', '/es', '/resources?page=2', '/resources?q=asylum', '/resources/sentence-modifications-after-matter-of-thomas-and-thompson', '/projects/immigrant-justice-network', '/feeds/resources.atom']) {
        const [a, b] = [await source.get(url), await target.get(url)];
        assert.equal(b.status, a.status, url);
        assert.equal(b.text, a.text, url);
      }
      const attachment = /href="(\/resources\/[^"]+\/attachments\/[^"]+)"/.exec((await target.get('/resources/sentence-modifications-after-matter-of-thomas-and-thompson')).text)?.[1];
      assert.ok(attachment, 'the resource page links its attachment');
      const pdf = await target.request(attachment);
      assert.equal(pdf.status, 200);
      assert.equal(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString('latin1'), '%PDF-');
      assert.equal((await target.request('/media/demo-hero-480.webp')).status, 200);
    });

    it('without --with-staff leaves accounts, revisions and authorship out', async () => {
      const text = await exportTo(source, path.join(tmp, 'c'), false);
      assert.match(text.split('\n')[0], /^\{"kind":"haven-site","version":2,"staff":false\}$/);
      assert.doesNotMatch(text, /"kind":"(user|recovery-code|revision)"|editor@example\.org|"author":/);
    });

    it('refuses to import into a database that holds content, and keeps nothing', async () => {
      const stored = () => fs.readdirSync(path.join(target.config.dataDir, 'attachments')).length;
      const before = stored();
      assert.ok(before >= 35);
      await assert.rejects(importSite({ db: target.db, dataDir: target.config.dataDir, file: path.join(tmp, 'a', 'site.jsonl') }), /already holds content/);
      assert.equal(stored(), before);
    });
  });
}
