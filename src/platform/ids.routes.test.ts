import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postForm, postMultipart } from '../../test/support/auth.ts';
import { resourceFields } from '../../test/support/factories.ts';

/** Ids PostgreSQL's integer cannot hold (a 500 there before they were validated), and a huge one. */
const HUGE = ['2147483648', '4294967296', '99999999999', '9'.repeat(40)];

describeEachDialect('ids beyond 2^31 in paths and forms are a 404 or a 400, never a 500', (env) => {
  it('public attachment links', async () => {
    for (const id of HUGE) {
      const res = await env().request(`/resources/prosecutorial-discretion-removal-proceedings-part-1/attachments/${id}/x.pdf`);
      assert.equal(res.status, 404, id);
    }
  });

  it('staff pages named by id: users, topics, types, resources, pages, attachments, history', async () => {
    const admin = await loginAs(env(), 'admin');
    const created = await postMultipart(env(), '/admin/resources', admin, resourceFields());
    const rid = idFromLocation(created);
    for (const id of HUGE) {
      for (const path of [`/admin/users/${id}`, `/admin/topics/${id}`, `/admin/types/${id}`, `/admin/resources/${id}`, `/admin/pages/${id}`,
        `/admin/resources/${rid}/attachments/${id}`, `/admin/resources/${rid}/history/${id}`]) {
        const res = await env().request(path, { headers: { cookie: admin.cookie } });
        assert.equal(res.status, 404, `${path} → ${res.status}`);
      }
      const history = await env().request(`/admin/resources/${rid}/history/1?from=${id}`, { headers: { cookie: admin.cookie } });
      assert.ok(history.status < 500, `history ?from=${id} → ${history.status}`);
      for (const [path, fields] of [
        [`/admin/users/${id}/role`, { role: 'editor' }],
        [`/admin/users/${id}/status`, { disabled: '1' }],
        [`/admin/topics/${id}`, { name: 'x', slug: 'x', version: '1' }],
      ] as const) {
        const res = await postForm(env(), path, admin, fields);
        assert.equal(res.status, 404, `POST ${path} → ${res.status}`);
      }
    }
  });

  it('attachment ids inside the resource form', async () => {
    const editor = await loginAs(env(), 'editor');
    const rid = idFromLocation(await postMultipart(env(), '/admin/resources', editor, resourceFields()));
    for (const id of HUGE) {
      const page = await env().get(`/admin/resources/${rid}`, { headers: { cookie: editor.cookie } });
      const res = await postMultipart(env(), `/admin/resources/${rid}`, editor, {
        ...resourceFields({ slug: `huge-ids-${rid}` }), version: String(formVersion(page.text)),
        removeAttachment: id, [`attachmentTitle-${id}`]: 'Renamed', [`attachmentPosition-${id}`]: '1',
      });
      assert.ok(res.status < 500, `save with attachment id ${id} → ${res.status}`);
    }
  });
}, { seed: true });
