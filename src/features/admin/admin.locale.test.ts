import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { catalogs } from '../../app/messages.ts';
import { escapeHtml } from '../../../test/support/html.ts';

describeEachDialect('staff pages in the staff member’s language', (env) => {
  it('are English by default', async () => {
    const { status, text } = await env().get('/admin/login');
    assert.equal(status, 200);
    assert.match(text, /<html lang="en">/);
    assert.ok(text.includes(escapeHtml(catalogs.en['admin.login.password'])));
  });

  it('follow the lang cookie, then Accept-Language', async () => {
    const byCookie = await env().get('/admin/login', { headers: { cookie: 'lang=es' } });
    assert.match(byCookie.text, /<html lang="es">/);
    assert.ok(byCookie.text.includes(escapeHtml(catalogs.es['admin.login.password'])));
    const byHeader = await env().get('/admin/login', { headers: { 'accept-language': 'es-MX,es;q=0.9,en;q=0.5' } });
    assert.match(byHeader.text, /<html lang="es">/);
    const cookieWins = await env().get('/admin/login', { headers: { cookie: 'lang=en', 'accept-language': 'es' } });
    assert.match(cookieWins.text, /<html lang="en">/);
  });

  it('offer a language switch that stores the choice and returns to the same page', async () => {
    const { text } = await env().get('/admin/login');
    assert.match(text, /href="\/admin\/login\?lang-choice=es"/);
    const res = await env().request('/admin/login?lang-choice=es');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/admin/login');
    assert.match(res.headers.get('set-cookie') ?? '', /lang=es/);
  });
});
