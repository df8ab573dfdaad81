import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../../lib/errors.ts';
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

  it('drops path components', () => {
    assert.equal(pdf('../../etc/passwd.pdf'), 'passwd.pdf');
    assert.equal(pdf('C:\\Users\\me\\Desktop\\brief.pdf'), 'brief.pdf');
    refused('../../etc/passwd', /must end in \.pdf/);
    refused('../../', /no usable name/);
  });

  it('removes control and invisible formatting characters', () => {
    assert.equal(pdf('re\u0000po\u0007rt\n.pdf'), 'report.pdf');
    assert.equal(pdf('a\u200Bb\u00ADc.pdf'), 'abc.pdf');
    // A right-to-left override would make "invoice\u202Efdp.exe" display as "invoiceexe.pdf".
    refused('invoice\u202Efdp.exe', /must end in \.pdf/);
  });

  it('folds Unicode look-alikes with NFKC, and refuses ones that are not the real extension', () => {
    assert.equal(pdf('ｒｅｐｏｒｔ．ｐｄｆ'), 'report.pdf');
    assert.equal(pdf('ﬁling.pdf'), 'filing.pdf');
    refused('..／..／secret', /must end in \.pdf/);
    refused('report.\u0440df', /must end in \.pdf/); // Cyrillic er
    refused('report.pdf\u2024exe', /second extension|must end in/); // one-dot leader → "."
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
});
