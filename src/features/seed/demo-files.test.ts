import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_FILE, demoResources } from '../../../test/support/demo.ts';
import { extractPdfText } from '../../platform/pdf-text.ts';

const latin1 = (data: Uint8Array) => Buffer.from(data).toString('latin1');

/** Checks the file's skeleton: header, every xref entry pointing at its "n 0 obj", trailer, startxref. */
function assertWellFormed(data: Uint8Array): void {
  const text = latin1(data);
  assert.ok(text.startsWith('%PDF-1.4\n'), 'header');
  assert.ok(text.endsWith('%%EOF\n'), 'end marker');
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  assert.ok(text.startsWith('xref\n', startxref), 'startxref points at the xref table');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!;
  assert.equal(Number(first), 0);
  const entries = text.slice(startxref).split('\n').slice(2, 2 + Number(count));
  assert.equal(entries[0], '0000000000 65535 f ');
  entries.slice(1).forEach((entry, i) => {
    assert.match(entry, /^\d{10} 00000 n $/);
    assert.ok(text.startsWith(`${i + 1} 0 obj\n`, Number(entry.slice(0, 10))), `object ${i + 1} is where the xref says`);
  });
  for (const [, length, stream] of text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/g)) {
    assert.equal(Buffer.byteLength(stream, 'latin1'), Number(length), 'stream length');
  }
}

// The demo's PDFs are files in demo/site.files/ (they were written by a generator that is gone);
// the import stores the text the file carries instead of extracting it, so this proves, file by
// file, that the text is what pdf.js reads from the PDF.
describe('demo PDF files', () => {
  const files = demoResources.flatMap((r) => (r.attachments ?? []).map((a) => ({ r, a, data: fs.readFileSync(a.file) })));

  it('gives every demo attachment its own small, well-formed PDF of the size the data says', () => {
    assert.equal(files.length, 35);
    assert.equal(new Set(files.map((f) => f.a.file)).size, 35, 'one file each');
    for (const { a, data } of files) {
      assertWellFormed(data);
      assert.equal(data.length, a.bytes, a.filename);
      assert.ok(data.length < 16_000, `${a.filename} is small`);
      assert.match(latin1(data), /\/BaseFont \/Helvetica \/Encoding \/WinAnsiEncoding/);
    }
  });

  it('stores for each the text pdf.js extracts from it, accented Spanish included', async () => {
    for (const { a, data } of files) {
      const extracted = (await extractPdfText(new Uint8Array(data))).text ?? '';
      assert.equal(extracted, a.text, a.filename);
      assert.ok(extracted.replace(/\n/g, ' ').includes(a.title), a.filename);
      assert.doesNotMatch(extracted, /\*\*|\]\(/, 'Markdown syntax is gone');
    }
    const spanish = files.find((f) => f.r.language === 'es')!;
    assert.match(spanish.a.text ?? '', /[áéíóúñ¿¡]/);
  });

  it('keeps nothing in demo/ that the site does not use', () => {
    const used = new Set(fs.readFileSync(DEMO_FILE, 'utf8').match(/site\.files\/[0-9a-f]{64}\.\w+/g));
    const present = fs.readdirSync(path.join(path.dirname(DEMO_FILE), 'site.files')).map((n) => `site.files/${n}`);
    assert.deepEqual(present.sort(), [...used].sort());
  });
});
