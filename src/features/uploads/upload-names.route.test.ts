import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import { describeEachDialect } from '../../../test/support/app.ts';
import { loginAs, postMultipart, type Signed } from '../../../test/support/auth.ts';
import { escapeHtml } from '../../../test/support/html.ts';
import { minimalPdf } from '../../../test/support/factories.ts';
import { resourceFields } from '../../../test/support/factories.ts';

/** Hostile names from the review, and the English and Spanish words their refusal must contain. */
const HOSTILE: [name: string, en: RegExp, es: RegExp][] = [
  ['../../etc/passwd.pdf', /contains a folder path/, /contiene una ruta de carpetas/],
  ['x.pdf.exe', /hides its real type behind a second extension \(\.exe\)/, /oculta su tipo real/],
  ['rep\u0000ort.pdf', /contains control characters/, /contiene caracteres de control/],
  ['rep\u0007ort\nname.pdf', /contains control characters/, /contiene caracteres de control/],
  ['inv\u202Eexe.pdf', /contains invisible formatting characters/, /contiene caracteres de formato invisibles/],
  ['x.\u0435x\u0435.pdf', /written with look-alike letters/, /escrita con letras parecidas/],
];

/**
 * The resource form refuses a hostile attachment name with a message beside the field, keeps what
 * was typed, and stores nothing; before, most of these were cleaned up silently and accepted.
 */
describeEachDialect('hostile upload names on the resource form', (env) => {
  let editor: Signed;
  const attachmentFiles = () => {
    const dir = path.join(env().config.dataDir, 'attachments');
    return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
  };

  for (const [name, en, es] of HOSTILE) {
    it(`refuses ${JSON.stringify(name)} with a message in English and Spanish`, async () => {
      editor ??= await loginAs(env(), 'editor');
      const filesBefore = attachmentFiles().sort();
      const before = await env().db.selectFrom('resources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      for (const [cookie, pattern] of [[editor.cookie, en], [`${editor.cookie}; lang=es`, es]] as const) {
        const res = await postMultipart(env(), '/admin/resources', { cookie, csrf: editor.csrf }, resourceFields({ title: 'Kept title' }), [
          { field: 'attachments', name, data: minimalPdf('probe'), type: 'application/pdf' },
        ]);
        assert.equal(res.status, 400, name);
        const html = await res.text();
        const error = /id="f-attachments-error">([^<]*)</.exec(html)?.[1] ?? '';
        assert.match(error, pattern, `${JSON.stringify(name)}: ${error}`);
        assert.ok(!/[\u0000-\u001f\u202e]/.test(error), 'the message shows the name without control or override characters');
        assert.ok(html.includes(`value="${escapeHtml('Kept title')}"`), 'the form keeps what was typed');
      }
      const after = await env().db.selectFrom('resources').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      assert.equal(Number(after.n), Number(before.n), 'no resource was created');
      assert.deepEqual(attachmentFiles().sort(), filesBefore, 'no file was stored');
    });
  }

  it('accepts a plain Unicode name as it is', async () => {
    editor ??= await loginAs(env(), 'editor');
    const res = await postMultipart(env(), '/admin/resources', editor, resourceFields(), [
      { field: 'attachments', name: 'Guía práctica.pdf', data: minimalPdf('guía'), type: 'application/pdf' },
    ]);
    assert.equal(res.status, 303);
    const row = await env().db.selectFrom('attachments').select('filename').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.equal(row.filename, 'Guía práctica.pdf');
  });
});
