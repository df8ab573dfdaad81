import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { resourceFields } from '../../../test/support/factories.ts';

type Who = 'owner' | 'otherAuthor' | 'editor' | 'admin';
type Route = 'GET edit' | 'GET preview' | 'GET history' | 'POST edit' | 'POST submit' | 'POST publish' | 'POST delete';

const ROUTES: Route[] = ['GET edit', 'GET preview', 'GET history', 'POST edit', 'POST submit', 'POST publish', 'POST delete'];

/**
 * Who is refused (403) on one resource's item routes. The route walk in admin.routes.test.ts sees
 * only role-level guards (it treats a 404 on an item as allowed); this pins the item-level
 * `can(user, action, { authorId, status })` checks: an author may edit and submit only their own
 * draft, anyone signed in may look at a published resource, only editors publish, only admins delete.
 */
const FORBIDDEN: Record<'draft' | 'published', Record<Who, Route[]>> = {
  draft: {
    owner: ['POST publish', 'POST delete'],
    otherAuthor: ROUTES,
    editor: ['POST delete'],
    admin: [],
  },
  published: {
    owner: ['POST edit', 'POST submit', 'POST publish', 'POST delete'],
    otherAuthor: ['POST edit', 'POST submit', 'POST publish', 'POST delete'],
    editor: ['POST delete'],
    admin: [],
  },
};

describeEachDialect('item-level access to a resource, per role', (env) => {
  const who = {} as Record<Who, Signed>;
  const ids = { draft: 0, published: 0 };

  /** Requests one route. POSTs carry no version or confirmation, so an allowed one is refused (4xx) after authorization and changes nothing. */
  const call = async (route: Route, id: number, as: Signed) => {
    const [method, name] = route.split(' ');
    const base = `/admin/resources/${id}`;
    const path = name === 'edit' ? base : `${base}/${name}`;
    if (method === 'GET') return env().request(path, { headers: { cookie: as.cookie }, redirect: 'manual' });
    return name === 'edit' ? postMultipart(env(), path, as, resourceFields()) : postForm(env(), path, as, {});
  };

  it('sets up a draft and a published resource, both written by one author', async () => {
    for (const role of ['owner', 'otherAuthor'] as const) who[role] = await loginAs(env(), 'author');
    who.editor = await loginAs(env(), 'editor');
    who.admin = await loginAs(env(), 'admin');
    for (const kind of ['draft', 'published'] as const) {
      const res = await postMultipart(env(), '/admin/resources', who.owner, resourceFields({ title: `Access ${kind}` }));
      assert.equal(res.status, 303);
      ids[kind] = idFromLocation(res);
    }
    const version = async () => formVersion((await env().get(`/admin/resources/${ids.published}`, { headers: { cookie: who.editor.cookie } })).text);
    assert.equal((await postForm(env(), `/admin/resources/${ids.published}/submit`, who.owner, { version: String(await version()) })).status, 303);
    assert.equal((await postForm(env(), `/admin/resources/${ids.published}/publish`, who.editor, { version: String(await version()) })).status, 303);
  });

  for (const state of ['draft', 'published'] as const) {
    for (const role of ['owner', 'otherAuthor', 'editor', 'admin'] as const) {
      it(`${role} on a ${state} resource: 403 exactly on ${FORBIDDEN[state][role].join(', ') || 'nothing'}`, async () => {
        const before = await env().db.selectFrom('resources').select(['version', 'status']).where('id', '=', ids[state]).executeTakeFirstOrThrow();
        for (const route of ROUTES) {
          const res = await call(route, ids[state], who[role]);
          await res.arrayBuffer();
          if (FORBIDDEN[state][role].includes(route)) assert.equal(res.status, 403, `${role} ${route} on a ${state}`);
          else {
            assert.notEqual(res.status, 403, `${role} ${route} on a ${state}`);
            assert.ok(res.status < 500, `${role} ${route} on a ${state}: ${res.status}`);
          }
        }
        const after = await env().db.selectFrom('resources').select(['version', 'status']).where('id', '=', ids[state]).executeTakeFirstOrThrow();
        assert.deepEqual(after, before, 'nothing changed');
      });
    }
  }
});

describeEachDialect('the resource form without a type', (env) => {
  it('says "Choose a type." (and "Elija un tipo."), not that the type has the wrong characters', async () => {
    const editor = await loginAs(env(), 'editor');
    for (const [cookie, expected] of [[editor.cookie, 'Choose a type.'], [`${editor.cookie}; lang=es`, 'Elija un tipo.']] as const) {
      const res = await postMultipart(env(), '/admin/resources', { cookie, csrf: editor.csrf }, resourceFields({ type: '' }));
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.equal(/id="f-type-error">([^<]*)</.exec(html)?.[1], expected);
    }
    const slug = await postMultipart(env(), '/admin/resources', editor, resourceFields({ slug: '' }));
    assert.match(await slug.text(), /id="f-slug-error">[^<]*</, 'an empty slug has a message too');
  });
});
