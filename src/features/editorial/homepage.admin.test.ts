import assert from 'node:assert/strict';
import { it } from 'node:test';
import sharp from 'sharp';
import { describeEachDialect } from '../../../test/support/app.ts';
import { loginAs, postForm, postMultipart, type Signed } from '../../../test/support/auth.ts';

describeEachDialect('homepage curation', (env) => {
  let editor: Signed;

  /** The form's current values, as the page shows them. */
  async function currentForm(): Promise<Record<string, string>> {
    const { text } = await env().get('/admin/homepage', { headers: { cookie: editor.cookie } });
    const out: Record<string, string> = {};
    for (const m of text.matchAll(/<input id="f-[^"]+" name="([^"]+)" type="(?:text|number)" value="([^"]*)"/g)) out[m[1]] = m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    const mission = /<textarea id="f-mission" name="mission"[^>]*>([^<]*)<\/textarea>/.exec(text);
    out.mission = mission?.[1] ?? '';
    out.version = /<input type="hidden" name="version" value="(\d+)"/.exec(text)?.[1] ?? '';
    return out;
  }

  it('is for editors: authors and visitors are refused', async () => {
    editor = await loginAs(env(), 'editor');
    const author = await loginAs(env(), 'author');
    assert.equal((await env().get('/admin/homepage', { headers: { cookie: author.cookie } })).status, 403);
    assert.equal((await postForm(env(), '/admin/homepage', author, { mission: 'x' })).status, 403);
    assert.equal((await env().get('/admin/homepage')).status, 303);
    const page = await env().get('/admin/homepage', { headers: { cookie: editor.cookie } });
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('name="featuredResource" type="text" value="local-policy-interventions-for-protecting-immigrants"'));
  });

  it('shows changes to the mission, featured resource, project order and latest count on / at once', async () => {
    const values = await currentForm();
    const projects = Object.keys(values).filter((k) => k.startsWith('position-'));
    assert.equal(projects.length, 3);
    const reversed = Object.fromEntries(projects.map((k, i) => [k, String(10 - i)]));
    const res = await postForm(env(), '/admin/homepage', editor, {
      ...values, ...reversed, mission: 'A curated mission statement.', latestCount: '2',
      featuredResource: 'texas-sb-4-and-copycat-state-deportation-laws',
    });
    assert.equal(res.status, 303);
    const home = await env().get('/');
    assert.ok(home.text.includes('<p class="mission"><span>A curated mission statement.</span></p>'));
    const latest = home.text.slice(home.text.indexOf('Latest Items'));
    assert.equal(latest.split('class="section-label">Resources<').length - 1, 2);
    const features = home.text.slice(0, home.text.indexOf('Projects and Networks'));
    assert.ok(features.includes('href="/resources/texas-sb-4-and-copycat-state-deportation-laws"'));
    assert.ok(!features.includes('href="/resources/local-policy-interventions-for-protecting-immigrants"'));
    const shown = [...home.text.matchAll(/<h3><a href="\/projects\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    const ordered = await env().db.selectFrom('projects').select(['slug', 'position']).orderBy('id').execute();
    assert.equal(shown.length, 3);
    assert.deepEqual(shown, ordered.map((p) => p.slug).reverse(), 'the projects now show in reverse order');
    const before = await env().db.selectFrom('projects').select(['slug', 'position']).orderBy('position').orderBy('id').execute();
    assert.equal(before[0].position, 8, 'the last project now comes first');
    const audit = await env().db.selectFrom('audit_events').select('action').where('action', '=', 'homepage.update').execute();
    assert.equal(audit.length, 1);
  });

  it('edits the Spanish values beside the English ones: /es shows them, and English (marked) where one is left empty', async () => {
    const values = await currentForm();
    const projects = await env().db.selectFrom('projects').select(['id', 'slug', 'summary']).orderBy('id').execute();
    const res = await postForm(env(), '/admin/homepage', editor, {
      ...values, missionEs: 'Una misión en español.', heroAltEs: 'Personas con banderas.', featuredStatementTeaserEs: 'Un adelanto en español.',
      [`nameEs-${projects[0].id}`]: 'Proyecto uno', [`summaryEs-${projects[0].id}`]: 'Descripción en español.',
      [`nameEs-${projects[1].id}`]: '', [`summaryEs-${projects[1].id}`]: '',
    });
    assert.equal(res.status, 303);
    const form = await env().get('/admin/homepage', { headers: { cookie: editor.cookie } });
    assert.match(form.text, /<textarea id="f-missionEs" name="missionEs"[^>]*lang="es"[^>]*>Una misión en español\.<\/textarea>/);
    const es = (await env().get('/es')).text;
    assert.ok(es.includes('<p class="mission"><span>Una misión en español.</span></p>'));
    assert.ok(es.includes('Un adelanto en español.'));
    assert.ok(es.includes('alt="Personas con banderas."'));
    assert.ok(es.includes('>Proyecto uno</a>'));
    assert.ok(es.includes('<span>Descripción en español.</span></p>'));
    assert.ok(es.includes(`<span lang="en">${projects[1].summary}</span> <span class="fallback-note">(en inglés)</span>`), 'an empty Spanish value falls back visibly');
    const en = (await env().get('/')).text;
    assert.ok(!en.includes('Una misión en español.'), 'the English homepage keeps the English values');
  });

  it('refuses unknown featured items and missing alt text, keeping what was typed', async () => {
    const values = await currentForm();
    const res = await postForm(env(), '/admin/homepage', editor, { ...values, mission: 'Typed mission kept', featuredStatement: 'no-such-statement', heroAlt: '' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.ok(html.includes('There is no published statement &quot;no-such-statement&quot;.'));
    assert.ok(html.includes('Describe the hero image'));
    assert.ok(html.includes('Typed mission kept</textarea>'));
    assert.ok(!(await env().get('/')).text.includes('Typed mission kept'));
  });

  it('replaces the hero image with an uploaded one, resized, and refuses a non-image', async () => {
    const values = await currentForm();
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const bad = await postMultipart(env(), '/admin/homepage', editor, { ...values, heroAlt: 'Volunteers at a clinic' }, [{ field: 'hero', name: 'hero.png', data: svg }]);
    assert.equal(bad.status, 400);
    const badHtml = await bad.text();
    assert.match(badHtml, /id="f-hero-error">&quot;hero.png&quot; is not an image that can be read/);
    const jpeg = new Uint8Array(await sharp({ create: { width: 1600, height: 700, channels: 3, background: '#225577' } }).jpeg().toBuffer());
    const ok = await postMultipart(env(), '/admin/homepage', editor, { ...values, heroAlt: 'Volunteers at a clinic' }, [{ field: 'hero', name: 'hero.jpg', data: jpeg, type: 'image/jpeg' }]);
    assert.equal(ok.status, 303);
    const home = await env().get('/');
    const m = /<img[^>]*src="\/media\/([a-f0-9]{24})-960\.webp"[^>]*alt="Volunteers at a clinic"/.exec(home.text)
      ?? /<img[^>]*alt="Volunteers at a clinic"[^>]*>/.exec(home.text);
    assert.ok(m, 'the new hero is on the homepage');
    const key = /\/media\/([a-f0-9]{24})-960\.webp/.exec(home.text)?.[1];
    assert.ok(key);
    assert.equal((await env().request(`/media/${key}-1440.webp`)).status, 200);
  });

  it('edits the featured teasers and the featured resource’s image, shown on / at once', async () => {
    const values = await currentForm();
    const jpeg = new Uint8Array(await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#775522' } }).jpeg().toBuffer());
    const res = await postMultipart(env(), '/admin/homepage', editor, {
      ...values, featuredStatementTeaser: 'A statement teaser <b>not bold</b> & plain.', featuredResourceTeaser: 'Why this resource matters now.',
      featureAlt: 'Advocates outside a courthouse',
    }, [{ field: 'featureImage', name: 'courthouse.jpg', data: jpeg, type: 'image/jpeg' }]);
    assert.equal(res.status, 303);
    const home = (await env().get('/')).text;
    const features = home.slice(home.indexOf('class="features"'), home.indexOf('Projects and Networks'));
    assert.ok(features.includes('<p><span>A statement teaser &lt;b&gt;not bold&lt;/b&gt; &amp; plain.</span></p>'), 'the statement teaser, escaped');
    assert.ok(features.includes('<p><span>Why this resource matters now.</span></p>'));
    const img = /<img[^>]*src="\/media\/([a-f0-9]{24})-\d+\.webp"[^>]*alt="Advocates outside a courthouse"/.exec(features)
      ?? /<img[^>]*alt="Advocates outside a courthouse"[^>]*src="\/media\/([a-f0-9]{24})-\d+\.webp"/.exec(features);
    assert.ok(img, 'the new image with its alt text in the featured block');
    assert.equal((await env().request(`/media/${img[1]}-480.webp`)).status, 200);
    const form = await env().get('/admin/homepage', { headers: { cookie: editor.cookie } });
    assert.ok(form.text.includes('Why this resource matters now.</textarea>'));
    assert.ok(form.text.includes('name="featureAlt" type="text" value="Advocates outside a courthouse"'));

    // Emptied teasers fall back to the items' summaries; the image can be taken away.
    const cleared = await postForm(env(), '/admin/homepage', editor, { ...(await currentForm()), featuredStatementTeaser: '', featuredResourceTeaser: '', removeFeatureImage: 'yes' });
    assert.equal(cleared.status, 303);
    const after = (await env().get('/')).text;
    const block = after.slice(after.indexOf('class="features"'), after.indexOf('Projects and Networks'));
    assert.ok(!block.includes('Why this resource matters now.'));
    assert.ok(!block.includes('Advocates outside a courthouse'));
    assert.ok(!block.includes('<img'), 'no image in the featured blocks');
  });

  it('refuses a stale save with 409, keeping the second editor’s choices; saving again replaces the first', async () => {
    const other = await loginAs(env(), 'editor');
    const mine = await currentForm();
    const theirs = await currentForm();
    assert.match(mine.version, /^\d+$/);
    const first = await postForm(env(), '/admin/homepage', other, { ...theirs, mission: 'The first editor’s mission.' });
    assert.equal(first.status, 303);
    const stale = await postForm(env(), '/admin/homepage', editor, { ...mine, mission: 'The second editor’s mission.', latestCount: '5' });
    assert.equal(stale.status, 409);
    const html = await stale.text();
    assert.match(html, /role="alert"><p>Someone else saved the homepage while you were editing it, so your changes were not saved./);
    assert.ok(html.includes('The second editor’s mission.</textarea>'), 'their text is kept');
    assert.ok(html.includes('name="latestCount" type="number" value="5"'));
    const newer = /<input type="hidden" name="version" value="(\d+)"/.exec(html)?.[1];
    assert.equal(Number(newer), Number(mine.version) + 1, 'the form now carries the stored version');
    const home = (await env().get('/')).text;
    assert.ok(home.includes('The first editor’s mission.'), 'the first save stands');
    assert.ok(!home.includes('The second editor’s mission.'));

    const es = await postForm(env(), '/admin/homepage', { cookie: `${editor.cookie}; lang=es`, csrf: editor.csrf }, { ...mine, mission: 'Misión tardía' });
    assert.equal(es.status, 409);
    assert.match(await es.text(), /Otra persona guardó la página de inicio mientras usted la editaba/);

    const again = await postForm(env(), '/admin/homepage', editor, { ...mine, version: newer!, mission: 'The second editor’s mission.' });
    assert.equal(again.status, 303, 'a deliberate second save replaces the first');
    assert.ok((await env().get('/')).text.includes('The second editor’s mission.'));
  });

  it('lets exactly one of two concurrent saves of the same version through', async () => {
    const other = await loginAs(env(), 'editor');
    const values = await currentForm();
    const [a, b] = await Promise.all([
      postForm(env(), '/admin/homepage', editor, { ...values, mission: 'Concurrent mission A.' }),
      postForm(env(), '/admin/homepage', other, { ...values, mission: 'Concurrent mission B.' }),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [303, 409]);
    const winner = a.status === 303 ? 'A' : 'B';
    const after = await currentForm();
    assert.equal(after.mission, `Concurrent mission ${winner}.`);
    assert.equal(Number(after.version), Number(values.version) + 1);
    const audits = await env().db.selectFrom('audit_events').select('id').where('action', '=', 'homepage.update').execute();
    assert.ok(audits.length >= 1);
  });

  it('refuses a save without the version it was opened at, keeping the form', async () => {
    const { version: _omitted, ...values } = await currentForm();
    const res = await postForm(env(), '/admin/homepage', editor, { ...values, mission: 'Versionless mission' });
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /This form is out of date/);
    assert.ok(html.includes('Versionless mission</textarea>'));
    assert.ok(!(await env().get('/')).text.includes('Versionless mission'));
  });

  it('refuses, in Spanish on a Spanish staff page, a featured image without alt text and an overlong teaser, storing nothing', async () => {
    const spanish = { cookie: `${editor.cookie}; lang=es`, csrf: editor.csrf };
    const values = await currentForm();
    const mediaBefore = (await env().db.selectFrom('media').select('id').execute()).length;
    const jpeg = new Uint8Array(await sharp({ create: { width: 500, height: 300, channels: 3, background: '#123456' } }).jpeg().toBuffer());
    const long = await postMultipart(env(), '/admin/homepage', spanish, { ...values, featuredResourceTeaser: 'x'.repeat(501), mission: 'Misión escrita y conservada' });
    assert.equal(long.status, 400);
    const longHtml = await long.text();
    assert.match(longHtml, /<html lang="es"/);
    assert.match(longHtml, /id="f-featuredResourceTeaser-error">La entradilla debe tener como máximo 500 caracteres.</);
    assert.ok(longHtml.includes('Misión escrita y conservada</textarea>'));
    const res = await postMultipart(env(), '/admin/homepage', spanish, { ...values, featureAlt: '', featuredStatement: 'no-such-statement' },
      [{ field: 'featureImage', name: 'foto.jpg', data: jpeg, type: 'image/jpeg' }]);
    assert.equal(res.status, 400);
    const html = await res.text();
    assert.match(html, /id="f-featureAlt-error">Describa la imagen del recurso destacado/);
    assert.ok(html.includes('No hay ninguna declaración publicada «no-such-statement».'));
    const wrong = await postMultipart(env(), '/admin/homepage', spanish, { ...values, featureAlt: 'Una foto' },
      [{ field: 'featureImage', name: 'foto.jpg.exe', data: jpeg }]);
    assert.equal(wrong.status, 400);
    assert.match(await wrong.text(), /id="f-featureImage-error">El nombre de archivo «foto.jpg.exe» oculta su tipo real tras una segunda extensión \(.exe\)/);
    assert.equal((await env().db.selectFrom('media').select('id').execute()).length, mediaBefore, 'no image stored');
  });
});
