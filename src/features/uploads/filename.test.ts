import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../platform/errors.ts';
import { sanitizeUploadName, titleFromFilename } from './filename.ts';

const pdf = (name: string) => sanitizeUploadName(name, ['pdf']);

function refused(name: string, pattern: RegExp) {
  assert.throws(() => pdf(name), (err: unknown) => {
    assert.ok(err instanceof AppError, `expected an AppError for ${JSON.stringify(name)}`);
    assert.equal(err.status, 400);
    assert.match(err.message, pattern);
    return true;
  }, JSON.stringify(name));
}

describe('upload file names', () => {
  it('keeps ordinary names, in any script', () => {
    assert.equal(pdf('Practice Advisory 2024.pdf'), 'Practice Advisory 2024.pdf');
    assert.equal(pdf('Guía para familias.PDF'), 'Guía para familias.pdf');
    assert.equal(pdf('Отчёт v1.2.pdf'), 'Отчёт v1.2.pdf');
  });

  it('refuses folder paths instead of quietly dropping them', () => {
    refused('../../etc/passwd.pdf', /contains a folder path \(\/, \\ or \.\.\)\. Upload the file under a plain name, for example report\.pdf\./);
    refused('C:\\Users\\me\\Desktop\\brief.pdf', /folder path/);
    refused('..／..／secret.pdf', /folder path/); // fullwidth solidus, folded to "/" by NFKC
    refused('reports\u2215brief.pdf', /folder path/); // division slash, which NFKC keeps
    refused('../../etc/passwd', /folder path/);
    refused('../../', /folder path/);
    refused('..', /no usable name|folder path/);
  });

  it('refuses control characters, showing the name without them', () => {
    refused('rep\u0000ort.pdf', /The file name "report\.pdf" contains control characters/);
    refused('rep\u0007ort\nname.pdf', /"report ?name\.pdf" contains control characters/);
    refused('report\t.pdf', /control characters/);
    refused('report\u2028.pdf', /control characters/); // line separator
    refused('report\u0085.pdf', /control characters/); // next line (C1)
  });

  it('refuses invisible formatting characters such as direction overrides', () => {
    // A right-to-left override makes "inv\u202Eexe.pdf" display as "invfdp.exe".
    refused('inv\u202Eexe.pdf', /"invexe\.pdf" contains invisible formatting characters/);
    refused('invoice\u202Efdp.exe', /invisible formatting/);
    refused('a\u200Bb.pdf', /invisible formatting/); // zero-width space
    refused('a\u00ADb.pdf', /invisible formatting/); // soft hyphen
    refused('\uFEFFreport.pdf', /invisible formatting/); // byte order mark
  });

  it('folds Unicode compatibility forms with NFKC, and refuses look-alikes of extensions', () => {
    assert.equal(pdf('ｒｅｐｏｒｔ．ｐｄｆ'), 'report.pdf');
    assert.equal(pdf('ﬁling.pdf'), 'filing.pdf');
    refused('report.\u0440df', /must end in \.pdf/); // Cyrillic er
    refused('report.pdf\u2024exe', /second extension|must end in/); // one-dot leader → "."
    refused('x.\u0435x\u0435.pdf', /has an extension \(\.\u0435x\u0435\) written with look-alike letters/); // Cyrillic е: reads x.exe.pdf
    refused('x.\u0435\u0445\u0435.pdf', /look-alike letters/); // all Cyrillic "ехе"
    refused('x.\u03C1df.pdf', /look-alike letters/); // Greek rho: reads x.pdf.pdf
    refused('x.éxé.pdf', /look-alike letters/);
    refused('x.ht\u043Cl.pdf', /look-alike letters/); // mixed alphabets in one extension
  });

  it('keeps plain Unicode names, including dots inside words of other alphabets', () => {
    assert.equal(pdf('Guía práctica.pdf'), 'Guía práctica.pdf');
    assert.equal(pdf('Informe final. Versión 2.pdf'), 'Informe final. Versión 2.pdf');
    assert.equal(pdf('Доклад.итог.pdf'), 'Доклад.итог.pdf');
    assert.equal(pdf('Niños y niñas.v2.pdf'), 'Niños y niñas.v2.pdf');
  });

  it('refuses double extensions and names with nothing before the extension', () => {
    refused('x.pdf.exe', /hides its real type behind a second extension \(\.exe\)/);
    refused('x.exe.pdf', /second extension \(\.exe\)/);
    refused('letter.html.pdf', /second extension \(\.html\)/);
    refused('.pdf', /no usable name|needs a name/);
    refused('   ', /no usable name/);
    refused('report', /must end in \.pdf/);
  });

  it('shortens very long names, keeping the extension', () => {
    const long = pdf(`${'a'.repeat(400)}.pdf`);
    assert.equal(long.length, 150);
    assert.ok(long.endsWith('.pdf'));
  });

  it('makes a title from a file name', () => {
    assert.equal(titleFromFilename('Know-your-rights_2024.pdf'), 'Know your rights 2024');
  });
  it('refuses names of 1,000+ characters and reads long runs of dots in linear time', () => {
    refused(`x${'.'.repeat(100_000)}.pdf`, /is 100005 characters long; the longest accepted is 1000/);
    const started = performance.now();
    refused(`x${'.'.repeat(990)}pd`, /must end in \.pdf/);
    refused(`${'. '.repeat(495)}pdf`, /must end in \.pdf/);
    refused(`Guide${'.'.repeat(990)}`, /"Guide" must end in \.pdf/);
    assert.ok(performance.now() - started < 100, 'a 1,000-character name is checked at once');
  });
});
