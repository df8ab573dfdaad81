import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect, type TestEnv } from '../../../test/support/app.ts';
import { idFromLocation, loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { WORKFLOW_ACTIONS } from './workflow.ts';
import { resourceFields } from '../../../test/support/factories.ts';

/** The workflow actions people post (publishDue is the scheduler's). */
const PERSON_ACTIONS = WORKFLOW_ACTIONS.filter((a) => a !== 'publishDue');

/** Every editorial POST route, for a resource `id` and a document `doc` of each kind. */
function editorialPosts(id: number, docs: Record<string, number>): string[] {
  const paths = ['/admin/resources', `/admin/resources/${id}`, `/admin/resources/${id}/delete`, `/admin/resources/${id}/history/1/restore`,
    '/admin/preview', '/admin/homepage'];
  for (const action of PERSON_ACTIONS) paths.push(`/admin/resources/${id}/${action}`);
  for (const [base, doc] of Object.entries(docs)) {
    paths.push(base, `${base}/${doc}`, `${base}/${doc}/delete`, `${base}/${doc}/history/1/restore`);
    for (const action of PERSON_ACTIONS) paths.push(`${base}/${doc}/${action}`);
  }
  return paths;
}

function post(env: TestEnv, path: string, who: Signed, contentType: string | null, body: string) {
  const headers: Record<string, string> = { cookie: who.cookie, 'x-csrf-token': who.csrf };
  if (contentType) headers['content-type'] = contentType;
  return env.request(path, { method: 'POST', headers, body, redirect: 'manual' });
}

/**
 * Editorial handlers read their body with `readFormData`: a body that is not a form is a 415 and a
 * broken form body a 400, each with a plain message, never a 500 (they called formData() directly).
 */
describeEachDialect('editorial routes refuse bodies that are not forms', (env) => {
  let editor: Signed;
  let admin: Signed;
  let paths: string[] = [];

  it('sets up a draft and one item of each other kind', async () => {
    editor = await loginAs(env(), 'editor');
    admin = await loginAs(env(), 'admin');
    const res = await postMultipart(env(), '/admin/resources', editor, resourceFields());
    assert.equal(res.status, 303);
    const id = idFromLocation(res);
    const docs: Record<string, number> = {};
    for (const table of ['projects', 'statements', 'pages'] as const) {
      const row = await env().db.selectFrom(table).select('id').orderBy('id').executeTakeFirstOrThrow();
      docs[`/admin/${table}`] = Number(row.id);
    }
    paths = editorialPosts(id, docs);
  });

  for (const [label, type, body, status] of [
    ['JSON', 'application/json', '{"title":"x","version":1}', 415],
    ['plain text', 'text/plain', 'hello', 415],
    ['no content type', null, 'title=x', 415],
    ['a broken multipart body', 'multipart/form-data; boundary=zzz', '--zzz\r\nbroken', 400],
  ] as const) {
    it(`answers ${status} with a message, never 500, to ${label}`, async () => {
      for (const path of paths) {
        // Editors may not delete resources (403 before the body is read); admins may do everything.
        for (const who of [editor, admin]) {
          const res = await post(env(), path, who, type, body);
          const html = await res.text();
          assert.notEqual(res.status, 500, `${path} as ${who.user.role}`);
          if (who === editor && path.startsWith('/admin/resources/') && path.endsWith('/delete')) {
            assert.equal(res.status, 403, path);
            continue;
          }
          assert.equal(res.status, status, `${path} as ${who.user.role}: ${html.slice(0, 200)}`);
          assert.match(html, status === 415 ? /accepts only a form submission/ : /could not be read/, path);
        }
      }
    });
  }

  it('says so in Spanish on a Spanish staff page', async () => {
    const res = await env().request('/admin/homepage', {
      method: 'POST', redirect: 'manual',
      headers: { cookie: `${editor.cookie}; lang=es`, 'x-csrf-token': editor.csrf, 'content-type': 'application/json' }, body: '{}',
    });
    assert.equal(res.status, 415);
    assert.match(await res.text(), /solo acepta el envío de un formulario/);
  });
}, { dataset: 'tiny' });
