import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importFile } from '../interchange/import.service.ts';
import { describe, it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { bumpGeneration } from '../../db/generation.ts';
import { upsertResource, type ResourceWrite } from '../resources/index.ts';
import { rebuildSearchIndex } from '../search/index.ts';
import { authoritiesOfResource, listAuthorities } from './authorities.repo.ts';
import { overridesOfResource, removeOverride, setOverride } from './overrides.repo.ts';
import { applyOverrides, readFieldCitations, readTypedAuthority, recognizedAuthorities, type AuthorityOverride } from './overrides.ts';
import { citedAuthorities } from './cited.ts';

const NOW = '2024-11-08T12:00:00.000Z';
const write = (slug: string, over: Partial<ResourceWrite> = {}): ResourceWrite => ({
  slug, type: 'practice-advisory', title: 'Waivers under INA § 212(h)', summary: 'See Form I-601.',
  body: 'Under 8 C.F.R. § 212.7 and *Matter of Pickering*, 23 I&N Dec. 621 (BIA 2003), a waiver…',
  topics: [], language: 'en', audience: 'practitioners', status: 'published', publishedOn: '2024-10-01', updatedOn: null, authors: [],
  series: null, translationOf: null, supersedes: [], attachments: [], ...over,
});
const override = (key: string, action: AuthorityOverride['action'], display = key, kind = 'statute'): AuthorityOverride => ({ key, action, kind, display, note: null });

describe('typed authorities and overrides (pure)', () => {
  it('reads what an editor types with the resources’ grammar, and refuses what it cannot read as one authority', () => {
    assert.deepEqual(readTypedAuthority(' 8 C.F.R. § 212.7 '), { ok: true, value: { key: '8 CFR 212.7', kind: 'regulation', display: '8 C.F.R. § 212.7' } });
    assert.deepEqual(readTypedAuthority('8 U.S.C. § 1182(h)').ok && readTypedAuthority('8 U.S.C. § 1182(h)'), { ok: true, value: { key: 'INA 212(h)', kind: 'statute', display: '8 U.S.C. § 1182(h)' } });
    const pickering = readTypedAuthority('Matter of Pickering, 23 I&N Dec. 621 (BIA 2003)');
    assert.ok(pickering.ok && pickering.value.key === '23 I&N Dec. 621' && pickering.value.kind === 'agency-decision');
    assert.deepEqual(readTypedAuthority('   '), { ok: false, problem: 'empty' });
    assert.deepEqual(readTypedAuthority('the waiver rule'), { ok: false, problem: 'unread' });
    assert.deepEqual(readTypedAuthority('INA § 212(h) and INA § 237'), { ok: false, problem: 'several' });
  });

  it('suppresses and adds over what the text cites, keeping first-citation order and numbering positions again', () => {
    const read = citedAuthorities(readFieldCitations({ title: 'INA § 212(h)', summary: '', body: 'Form I-601 and 8 C.F.R. § 212.7.', pdf: '' }));
    assert.deepEqual(read.map((r) => r.key), ['INA 212(h)', 'Form I-601', '8 CFR 212.7']);
    const rows = applyOverrides(read, [override('Form I-601', 'suppress'), override('INA 237', 'add', 'INA § 237'), override('INA 212(h)', 'add'),
      override('8 CFR 212.7', 'changed')]);
    assert.deepEqual(rows.map((r) => [r.key, r.position, r.fields]), [['INA 212(h)', 0, ['title']], ['8 CFR 212.7', 1, ['body']], ['INA 237', 2, []]]);
    assert.equal(rows[2]!.display, 'INA § 237');
    const shown = recognizedAuthorities(readFieldCitations({ title: 'INA § 212(h)', summary: '', body: 'Form I-601.', pdf: '' }),
      [override('Form I-601', 'suppress'), override('INA 237', 'add', 'INA § 237')]);
    assert.deepEqual(shown.map((a) => [a.key, a.state]), [['INA 212(h)', 'read'], ['Form I-601', 'suppressed'], ['INA 237', 'added']]);
  });
});

describeEachDialect('authority overrides, stored', (env) => {
  const save = (w: ResourceWrite) => env().db.transaction().execute(async (trx) => {
    const { id } = await upsertResource(trx, w, NOW);
    await bumpGeneration(trx);
    return id;
  });
  const change = (fn: (trx: ReturnType<typeof env>['db']) => Promise<unknown>) => env().db.transaction().execute(async (trx) => {
    await fn(trx);
    await bumpGeneration(trx);
  });
  const keys = async (id: number) => (await authoritiesOfResource(env().db, id)).map((a) => a.key);

  it('applies an addition and a suppression at once (the trigger queues the resource) and on every later save', async () => {
    const id = await save(write('overrides-test-one'));
    assert.deepEqual(await keys(id), ['INA 212(h)', 'Form I-601', '8 CFR 212.7', '23 I&N Dec. 621']);
    await change((trx) => setOverride(trx, { ...override('Form I-601', 'suppress', 'Form I-601', 'form'), resourceId: id, userId: null, at: NOW }));
    await change((trx) => setOverride(trx, { ...override('INA 240A(b)', 'add', 'INA § 240A(b)'), resourceId: id, userId: null, at: NOW }));
    assert.deepEqual(await keys(id), ['INA 212(h)', '8 CFR 212.7', '23 I&N Dec. 621', 'INA 240A(b)']);
    const added = (await authoritiesOfResource(env().db, id)).at(-1)!;
    assert.deepEqual([added.display, added.fields, added.pins], ['INA § 240A(b)', [], []]);
    // Re-extraction on a save of new text keeps the editors' choice.
    await save(write('overrides-test-one', { summary: 'See Form I-601 and Form I-130.' }));
    assert.deepEqual(await keys(id), ['INA 212(h)', 'Form I-130', '8 CFR 212.7', '23 I&N Dec. 621', 'INA 240A(b)']);
    assert.ok((await listAuthorities(env().db)).some((a) => a.key === 'INA 240A(b)'), 'an added authority has its page');
    // And so does `haven reindex`.
    await rebuildSearchIndex(env().db);
    assert.deepEqual(await keys(id), ['INA 212(h)', 'Form I-130', '8 CFR 212.7', '23 I&N Dec. 621', 'INA 240A(b)']);
  });

  it('keeps additions and suppressions from contradicting, and takes them back', async () => {
    const id = await save(write('overrides-test-two'));
    const at = NOW;
    await change((trx) => setOverride(trx, { ...override('INA 212(h)', 'suppress'), resourceId: id, userId: null, at }));
    assert.ok(!(await keys(id)).includes('INA 212(h)'));
    await change((trx) => setOverride(trx, { ...override('INA 212(h)', 'add'), resourceId: id, userId: null, at }));
    assert.deepEqual((await overridesOfResource(env().db, id)).map((o) => [o.key, o.action]), [['INA 212(h)', 'add']]);
    assert.equal((await keys(id))[0], 'INA 212(h)', 'cited by the text again, in its place');
    await change((trx) => setOverride(trx, { ...override('8 CFR 212.7', 'changed', '8 C.F.R. § 212.7', 'regulation'), note: 'Amended', resourceId: id, userId: null, at }));
    await change((trx) => setOverride(trx, { ...override('8 CFR 212.7', 'changed', '8 C.F.R. § 212.7', 'regulation'), note: 'Amended again', resourceId: id, userId: null, at }));
    const marks = (await overridesOfResource(env().db, id)).filter((o) => o.action === 'changed');
    assert.deepEqual(marks.map((o) => o.note), ['Amended again'], 'the same mark is replaced, not repeated');
    let removed: unknown;
    await change(async (trx) => { removed = await removeOverride(trx, id, 'INA 212(h)', 'add'); });
    assert.equal((removed as { key: string }).key, 'INA 212(h)');
    await change(async (trx) => { removed = await removeOverride(trx, id, 'INA 212(h)', 'add'); });
    assert.equal(removed, undefined);
  });

  it('stores nothing for an unpublished resource, and forgets the overrides of a deleted one', async () => {
    const id = await save(write('overrides-test-draft', { status: 'draft' }));
    await change((trx) => setOverride(trx, { ...override('INA 237', 'add'), resourceId: id, userId: null, at: NOW }));
    assert.deepEqual(await keys(id), []);
    await change((trx) => trx.deleteFrom('resources').where('id', '=', id).execute());
    const left = await env().db.selectFrom('resource_authority_overrides').select('key').where('resource_id', '=', id).execute();
    assert.equal(left.length, 0);
  });

  it('applies the overrides when an import rewrites the resource', async () => {
    const line = fs.readFileSync(path.resolve(import.meta.dirname, '../../../bench/eval/advisories.jsonl'), 'utf8').split('\n')[1]!;
    const resource = JSON.parse(line) as { slug: string; body: string };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-overrides-'));
    try {
      const file = path.join(dir, 'one.jsonl');
      fs.writeFileSync(file, `${line}\n`);
      await importFile({ db: env().db, dataDir: env().config.dataDir, file });
      const { id } = await env().db.selectFrom('resources').select('id').where('slug', '=', resource.slug).executeTakeFirstOrThrow();
      const before = await keys(id);
      assert.ok(before.includes('INA 212(h)'), before.join(' | '));
      await change((trx) => setOverride(trx, { ...override('INA 212(h)', 'suppress'), resourceId: id, userId: null, at: NOW }));
      await change((trx) => setOverride(trx, { ...override('INA 237(a)(2)(E)', 'add'), resourceId: id, userId: null, at: NOW }));
      fs.writeFileSync(file, `${JSON.stringify({ ...resource, body: `${resource.body}\n\nSee also Form I-130.` })}\n`);
      const summary = await importFile({ db: env().db, dataDir: env().config.dataDir, file });
      assert.equal(summary.updated, 1);
      const after = await keys(id);
      assert.ok(after.includes('Form I-130'), 'the import re-read the new text');
      assert.ok(!after.includes('INA 212(h)') && after.at(-1) === 'INA 237(a)(2)(E)', after.join(' | '));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
