import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { idFromLocation, loginAs, postForm, postMultipart } from '../../test/support/auth.ts';
import { documentFields, resourceFields } from '../../test/support/factories.ts';

const HOSTILE = 'Asylum\u202E fdp.exe\u2066\u0007 guide';
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describeEachDialect('control and bidi-override characters never reach stored titles and names', (env) => {
  it('resources: title, summary and authors', async () => {
    const editor = await loginAs(env(), 'editor');
    const res = await postMultipart(env(), '/admin/resources', editor, resourceFields({ title: HOSTILE, summary: `Two\nlines\u202E here`, authors: `Ana\u202E Pérez` }));
    assert.equal(res.status, 303);
    const row = await env().db.selectFrom('resources').select(['id', 'title', 'summary']).where('id', '=', idFromLocation(res)).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Asylum fdp.exe guide');
    assert.equal(row.summary.replace(/\r\n/g, '\n'), 'Two\nlines here');
    const authors = await env().db.selectFrom('resource_authors').innerJoin('authors', 'authors.id', 'resource_authors.author_id')
      .select('authors.name').where('resource_authors.resource_id', '=', row.id).execute();
    assert.deepEqual(authors.map((a) => a.name), ['Ana Pérez']);
  });

  it('pages, projects and statements: title and summary', async () => {
    const editor = await loginAs(env(), 'editor');
    const fields = documentFields('page', { title: HOSTILE, summary: 'Fine\u2067 summary' });
    const res = await postForm(env(), '/admin/pages', editor, fields);
    assert.equal(res.status, 303);
    const row = await env().db.selectFrom('pages').select(['title', 'summary']).where('slug', '=', fields.slug).executeTakeFirstOrThrow();
    assert.equal(row.title, 'Asylum fdp.exe guide');
    assert.equal(row.summary, 'Fine summary');
  });

  it('staff accounts: names', async () => {
    const admin = await loginAs(env(), 'admin');
    const res = await postForm(env(), '/admin/users', admin, {
      email: 'bidi@haven.test', name: 'Eve\u202E nimda\u001b', role: 'author', password: 'a long enough password', password_confirm: 'a long enough password',
    });
    assert.equal(res.status, 303);
    const row = await env().db.selectFrom('users').select('name').where('email', '=', 'bidi@haven.test').executeTakeFirstOrThrow();
    assert.equal(row.name, 'Eve nimda');
  });

  it('topics and types: bidi overrides dropped (other controls are refused with a message)', async () => {
    const admin = await loginAs(env(), 'admin');
    const res = await postForm(env(), '/admin/topics', admin, { slug: 'bidi-topic', name: 'Detention\u202E', description: 'About\u2066 detention' });
    assert.equal(res.status, 303);
    const row = await env().db.selectFrom('topics').select(['name', 'description']).where('slug', '=', 'bidi-topic').executeTakeFirstOrThrow();
    assert.ok(!INVISIBLE.test(row.name) && !INVISIBLE.test(row.description ?? ''), JSON.stringify(row));
  });
}, { seed: true });
