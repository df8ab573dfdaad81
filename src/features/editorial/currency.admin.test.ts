import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { formVersion, idFromLocation, loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { findEditableResource } from './editorial.repo.ts';
import { createDraft, publish, restoreRevision, schedule, submitForReview, type EditorialDeps } from './editorial.service.ts';
import { publishDueResources } from './scheduler.ts';
import { draftInput } from '../../../test/support/factories.ts';
import { resourceFields } from '../../../test/support/factories.ts';

// The test clock reads 2024-11-08 12:00 UTC.
const rows = {
  authors: '',
  'authorName-0': 'María García López', 'authorAffiliation-0': 'Immigrant Legal Resource Center',
  'authorName-1': 'Okafor, Maya', 'authorAffiliation-1': '',
  'authorName-2': '', 'authorAffiliation-2': '',
  'authorName-3': 'Daniel Reyes', 'authorAffiliation-3': 'Defending Immigrants Partnership',
  publishedOn: '2024-09-16', reviewedOn: '2024-11-06',
  'updateOn-0': '2024-10-01', 'updateNote-0': 'Added the BIA\'s September decision <em>on vacatur</em>.',
  'updateOn-1': '', 'updateNote-1': '',
  'updateOn-2': '2024-11-04', 'updateNote-2': 'Corrected the filing deadline.',
};

describeEachDialect('resource editor: authors, review date and update notes', (env) => {
  let editor: Signed;
  let id = 0;
  let slug = '';
  const deps = (): EditorialDeps => ({ db: env().db, clock: env().clock });
  const editPage = (lang?: 'es') => env().get(`/admin/resources/${id}`, { headers: { cookie: lang ? `${editor.cookie}; lang=es` : editor.cookie } });

  it('stores authors with affiliations in order, the review date and the updates; blank rows are ignored', async () => {
    editor = await loginAs(env(), 'editor');
    const fields = resourceFields({ title: 'Vacatur after the 2024 decision', ...rows });
    slug = String(fields.slug);
    const res = await postMultipart(env(), '/admin/resources', editor, fields);
    assert.equal(res.status, 303);
    id = idFromLocation(res);
    const stored = (await findEditableResource(env().db, id))!.snapshot;
    assert.deepEqual(stored.authors, [
      { name: 'María García López', affiliation: 'Immigrant Legal Resource Center' },
      { name: 'Okafor, Maya', affiliation: null },
      { name: 'Daniel Reyes', affiliation: 'Defending Immigrants Partnership' },
    ]);
    assert.equal(stored.reviewedOn, '2024-11-06');
    assert.deepEqual(stored.updates, [
      { on: '2024-10-01', note: 'Added the BIA\'s September decision <em>on vacatur</em>.' },
      { on: '2024-11-04', note: 'Corrected the filing deadline.' },
    ]);
    const form = await editPage();
    assert.match(form.text, /name="authorName-2" type="text" value="Daniel Reyes"/);
    assert.match(form.text, /name="authorName-5" type="text" value=""/, 'three blank author rows to add more');
    assert.match(form.text, /name="updateNote-3"/, 'two blank update rows');
    assert.match(form.text, /name="reviewedOn" type="date" value="2024-11-06"/);
    assert.ok(form.text.includes('Affiliation of author 1 (optional)'));
    assert.ok((await editPage('es')).text.includes('Afiliación del autor 1 (opcional)'));
  });

  it('shows them on the published page, in both languages, in the feed, the API and Cite this', async () => {
    await submitForReview(deps(), null, id);
    await publish(deps(), null, id);
    const en = await env().get(`/resources/${slug}`);
    assert.equal(en.status, 200);
    assert.match(en.text, /<dt>Last reviewed<\/dt><dd><time datetime="2024-11-06">6 Nov 2024<\/time><\/dd>/);
    assert.ok(en.text.includes('María García López (Immigrant Legal Resource Center), Maya Okafor, and Daniel Reyes (Defending Immigrants Partnership)'));
    assert.match(en.text, /<h2 id="updates-title">Updates<\/h2>/);
    assert.ok(en.text.includes('<time datetime="2024-10-01">1 Oct 2024</time>: <span>Added the BIA&#39;s September decision &lt;em&gt;on vacatur&lt;/em&gt;.</span>')
      || en.text.includes('<time datetime="2024-10-01">1 Oct 2024</time>: <span>Added the BIA\'s September decision &lt;em&gt;on vacatur&lt;/em&gt;.</span>'), 'notes are escaped');
    assert.ok(en.text.indexOf('1 Oct 2024') < en.text.indexOf('4 Nov 2024'), 'in the order staff listed them');
    const es = await env().get(`/es/resources/${slug}`);
    assert.match(es.text, /<dt>Última revisión<\/dt><dd><time datetime="2024-11-06">6 nov 2024<\/time><\/dd>/);
    assert.match(es.text, /<h2 id="updates-title">Actualizaciones<\/h2>/);
    assert.ok(es.text.includes('María García López (Immigrant Legal Resource Center)'));

    const api = await (await env().request(`/api/v1/resources/${slug}`)).json() as { data: Record<string, unknown> };
    assert.deepEqual(api.data.authors, [
      { name: 'María García López', affiliation: 'Immigrant Legal Resource Center' },
      { name: 'Okafor, Maya', affiliation: null },
      { name: 'Daniel Reyes', affiliation: 'Defending Immigrants Partnership' },
    ]);
    assert.equal(api.data.reviewedOn, '2024-11-06');
    assert.deepEqual(api.data.updates, [
      { on: '2024-10-01', note: 'Added the BIA\'s September decision <em>on vacatur</em>.' },
      { on: '2024-11-04', note: 'Corrected the filing deadline.' },
    ]);
    assert.match(String(api.data.documentNumber), /^ILRC-2024-\d{4}$/, 'numbered at publication');
    assert.ok((await editPage()).text.includes(`<dt>Document number</dt><dd>${api.data.documentNumber}</dd>`), 'staff see it beside the form');
    assert.ok((await editPage('es')).text.includes(`<dt>Número de documento</dt><dd>${api.data.documentNumber}</dd>`));

    const [csl] = JSON.parse(await (await env().request(`/resources/${slug}/cite.json`)).text());
    assert.deepEqual(csl.author, [
      { family: 'López', given: 'María García' }, { family: 'Okafor', given: 'Maya' }, { family: 'Reyes', given: 'Daniel' },
    ]);
    const ris = await (await env().request(`/resources/${slug}/cite.ris`)).text();
    assert.ok(ris.includes('AU  - Okafor, Maya\r\n') && ris.includes('AD  - Defending Immigrants Partnership\r\n'));

    const feed = await env().get('/feeds/resources.atom');
    const entry = feed.text.split('<entry>').find((e) => e.includes(`/resources/${slug}</id>`));
    assert.ok(entry, 'the new resource is in the feed');
    assert.ok(entry.includes('<updated>2024-11-04T00:00:00.000Z</updated>'), 'its latest update dates the entry');
    assert.ok(entry.includes('Last reviewed: 6 Nov 2024'));
    assert.ok(entry.includes('<li>4 Nov 2024: <span lang="en">Corrected the filing deadline.</span></li>'));
    assert.ok(entry.includes('&lt;em&gt;on vacatur&lt;/em&gt;') && !entry.includes('<em>on vacatur'), 'notes are escaped in the feed');
    const esFeed = await env().get('/es/feeds/resources.atom');
    assert.ok(esFeed.text.includes('Última revisión: 6 nov 2024'));
  });

  it('refuses bad dates, a future review date and overlong notes with the form back (400) and nothing written', async () => {
    const before = (await findEditableResource(env().db, id))!;
    const cases: [Record<string, string>, string, string][] = [
      [{ reviewedOn: '2024-02-30' }, 'The review date is not a real calendar date.', 'La fecha de revisión no es una fecha real del calendario.'],
      [{ reviewedOn: '2024-11-20' }, 'The review date cannot be in the future.', 'La fecha de revisión no puede estar en el futuro.'],
      [{ 'updateNote-0': 'x'.repeat(501) }, 'An update note must be at most 500 characters.', 'Una nota de actualización debe tener como máximo 500 caracteres.'],
      [{ 'updateOn-0': '11/04/2024' }, 'Each update needs a real date, written YYYY-MM-DD.', 'Cada actualización necesita una fecha real, escrita AAAA-MM-DD.'],
      [{ 'updateOn-1': '2024-11-01' }, 'Each dated update needs a note saying what changed.', 'Cada actualización con fecha necesita una nota que diga qué cambió.'],
      [{ 'authorName-0': '', 'authorAffiliation-0': 'Nobody' }, 'An author name cannot be empty.', 'El nombre de un autor no puede estar vacío.'],
      [{ 'authorAffiliation-0': 'a'.repeat(201) }, 'An affiliation must be at most 200 characters.', 'Una afiliación debe tener como máximo 200 caracteres.'],
      [{ 'authorName-3': 'okafor, maya' }, 'Name each author once.', 'Nombre a cada autor una sola vez.'],
    ];
    for (const [change, message, spanish] of cases) {
      const fields = resourceFields({ title: before.snapshot.title, slug, ...rows, ...change });
      const res = await postMultipart(env(), `/admin/resources/${id}`, editor, { ...fields, version: String(before.meta.version) });
      assert.equal(res.status, 400, message);
      const html = await res.text();
      assert.ok(html.includes(escapeHtml(message)), message);
      assert.ok(html.includes(escapeHtml(Object.values(change)[0]!.slice(0, 50))), 'the form keeps what was typed');
      const es = await postMultipart(env(), `/admin/resources/${id}`, { ...editor, cookie: `${editor.cookie}; lang=es` }, { ...fields, version: String(before.meta.version) });
      assert.equal(es.status, 400);
      assert.ok((await es.text()).includes(escapeHtml(spanish)), spanish);
    }
    const after = (await findEditableResource(env().db, id))!;
    assert.equal(after.meta.version, before.meta.version, 'nothing written');
    assert.deepEqual(after.snapshot, before.snapshot);
    assert.ok(formVersion((await editPage()).text) === before.meta.version);
  });

  it('accepts today\'s date anywhere on Earth as the review date, and restores a revision from before affiliations', async () => {
    const before = (await findEditableResource(env().db, id))!;
    // 12:00 UTC on 8 Nov: it is already 9 Nov east of UTC+12.
    const fields = resourceFields({ title: before.snapshot.title, slug, ...rows, reviewedOn: '2024-11-09' });
    const res = await postMultipart(env(), `/admin/resources/${id}`, editor, { ...fields, version: String(before.meta.version) });
    assert.equal(res.status, 303);
    assert.equal((await findEditableResource(env().db, id))!.snapshot.reviewedOn, '2024-11-09');

    // A revision written before migration 018 holds author names as strings and no currency fields.
    const { version } = (await findEditableResource(env().db, id))!.meta;
    const first = await env().db.selectFrom('revisions').select(['version', 'snapshot'])
      .where('entity_type', '=', 'resource').where('entity_id', '=', id).orderBy('version').executeTakeFirstOrThrow();
    const old = JSON.parse(first.snapshot);
    old.authors = ['Staff Attorney'];
    delete old.reviewedOn;
    delete old.updates;
    await env().db.updateTable('revisions').set({ snapshot: JSON.stringify(old) })
      .where('entity_type', '=', 'resource').where('entity_id', '=', id).where('version', '=', first.version).execute();
    await restoreRevision(deps(), null, id, first.version, version);
    const restored = (await findEditableResource(env().db, id))!.snapshot;
    assert.deepEqual(restored.authors, [{ name: 'Staff Attorney', affiliation: null }]);
    assert.equal(restored.reviewedOn, null);
    assert.deepEqual(restored.updates, []);
    const history = await env().get(`/admin/resources/${id}/history`, { headers: { cookie: editor.cookie } });
    assert.equal(history.status, 200);
  });

  it('numbers a scheduled resource when the scheduler publishes it, in the year of its publication date', async (t) => {
    t.after(() => env().clock.set(new Date('2024-11-08T12:00:00Z')));
    const input = draftInput({ publishedOn: '2025-01-02' });
    const { id: scheduled } = await createDraft(deps(), null, input);
    await submitForReview(deps(), null, scheduled);
    await schedule(deps(), null, scheduled, '2024-11-09T09:00:00Z');
    const numberOf = async () => (await env().db.selectFrom('resources').select('document_number').where('id', '=', scheduled).executeTakeFirstOrThrow()).document_number;
    assert.equal(await numberOf(), null, 'not before it is published');
    env().clock.set(new Date('2024-11-09T10:00:00Z'));
    await publishDueResources(env().db, env().clock);
    assert.equal(await numberOf(), 'ILRC-2025-0001');
  });
}, { dataset: 'tiny' });
