import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractPdfText } from '../../platform/pdf-text.ts';
import { demoAttachmentPdf, markdownBlocks } from './demo-pdf.ts';
import { demoResources } from './demo/resources.ts';
import type { DemoResource } from './demo/types.ts';
import { pdfString, textWidth, toWinAnsiText, wrapText, writeTextPdf } from './pdf-writer.ts';

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
  assert.match(text.slice(startxref), new RegExp(`trailer\\n<< /Size ${count} /Root 1 0 R /Info \\d+ 0 R >>`));
  for (const [, length, stream] of text.matchAll(/<< \/Length (\d+) >>\nstream\n([\s\S]*?)\nendstream/g)) {
    assert.equal(Buffer.byteLength(stream, 'latin1'), Number(length), 'stream length');
  }
}

const spanish: DemoResource = {
  slug: 'prueba', type: 'guide', title: '¿Qué hacer? Señales “rojas” – guía rápida', summary: '¡Atención! Niños, jóvenes y adultos: qué saber.',
  body: '## Cómo empezar\n\nLea **todo** con [calma](https://example.org) — después, pregunte.\n\n- Traiga su pasaporte\n- Pida ayuda\n\n| Forma | Plazo |\n|---|---|\n| I-765 | 30 días |',
  topics: [], language: 'es', audience: 'community', publishedOn: '2024-05-01', postedAt: '2024-05-01T12:00:00Z',
};

describe('demo PDF generator', () => {
  it('writes a well-formed PDF 1.4 document with a correct cross-reference table', () => {
    const pdf = demoAttachmentPdf(spanish, { filename: 'guia.pdf', title: 'Guía (PDF)' });
    assertWellFormed(pdf.data);
    assert.match(latin1(pdf.data), /\/BaseFont \/Helvetica \/Encoding \/WinAnsiEncoding/);
  });

  it('is read back by pdf.js exactly as the text it returns, accented Spanish included', async () => {
    const pdf = demoAttachmentPdf(spanish, { filename: 'guia.pdf', title: 'Guía (PDF)' });
    const extracted = (await extractPdfText(pdf.data.slice())).text;
    assert.equal(extracted, pdf.text);
    for (const words of ['¿Qué hacer? Señales “rojas” – guía rápida', '¡Atención! Niños, jóvenes', 'Cómo empezar', 'Lea todo con calma — después, pregunte.', '• Traiga su pasaporte', 'I-765 · 30 días']) {
      assert.ok(extracted.includes(words), words);
    }
    assert.doesNotMatch(extracted, /\*\*|\]\(|\|/, 'Markdown syntax is gone');
  });

  it('escapes parentheses and backslashes in PDF strings and survives them', async () => {
    assert.equal(pdfString('a (b) \\ c'), '(a \\(b\\) \\\\ c)');
    assert.equal(pdfString('ñ’'), '(\\361\\222)');
    const pdf = writeTextPdf({ blocks: [{ text: 'Form (I-589) \\ C:\\path (unbalanced (', size: 10 }], maxPages: 1, title: 'T', footer: () => '' });
    assertWellFormed(pdf.data);
    assert.match(latin1(pdf.data), /\(Form \\\(I-589\\\) \\\\ C:\\\\path \\\(unbalanced \\\(\) Tj/);
    assert.equal((await extractPdfText(pdf.data.slice())).text, 'Form (I-589) \\ C:\\path (unbalanced (');
  });

  it('keeps WinAnsi characters, spells out or strips others', () => {
    assert.equal(toWinAnsiText('“á é í ó ú ñ ¿ ¡ – — ’ € •”'), '“á é í ó ú ñ ¿ ¡ – — ’ € •”');
    assert.equal(toWinAnsiText('ā → ≥ 5\u00a0µg 漢字  x'), 'a -> >= 5 g x');
  });

  it('wraps lines to the page width and fills at most two pages', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `palabra${i % 7 ? '' : 'larguísima'}`).join(' ');
    for (const line of wrapText(toWinAnsiText(words), 10, 468)) assert.ok(textWidth(line, 10) <= 468, line);
    assert.deepEqual(wrapText('x'.repeat(200), 10, 100).map((l) => textWidth(l, 10) <= 100), Array(wrapText('x'.repeat(200), 10, 100).length).fill(true));
    const pdf = writeTextPdf({ blocks: Array.from({ length: 40 }, () => ({ text: words.slice(0, 2000), size: 10, spaceBefore: 6 })), maxPages: 2, title: 'T', footer: (p, n) => `page ${p} of ${n}` });
    assert.equal(latin1(pdf.data).match(/\/Type \/Page /g)?.length, 2);
    assert.match(pdf.text, /page 2 of 2$/);
  });

  it('reduces Markdown to headings, paragraphs and list items', () => {
    assert.deepEqual(markdownBlocks('## A *b* title\n\nSome _text_ with `code`\nwrapped.\n\n1. one\n2. two\n- [link](/x)\n\n> quoted'), [
      { kind: 'heading', text: 'A b title' },
      { kind: 'paragraph', text: 'Some text with code wrapped.' },
      { kind: 'item', text: '1. one' },
      { kind: 'item', text: '2. two' },
      { kind: 'item', text: '• link' },
      { kind: 'paragraph', text: 'quoted' },
    ]);
  });

  it('gives every demo attachment its own document, whose stored text is what pdf.js extracts from it', async () => {
    // The seed stores the generator's text instead of extracting it (seed.service.ts); this is the proof
    // that the two are the same, file by file.
    const files = demoResources.flatMap((r) => (r.attachments ?? []).map((a) => ({ r, a, pdf: demoAttachmentPdf(r, a) })));
    assert.equal(files.length, 35);
    for (const { r, a, pdf } of files) {
      assertWellFormed(pdf.data);
      assert.ok(pdf.data.length < 16_000, `${a.filename} is small`);
      assert.equal((await extractPdfText(pdf.data.slice())).text, pdf.text, a.filename);
      assert.ok(pdf.text.includes(toWinAnsiText(a.title)), a.filename);
      assert.ok(pdf.text.replace(/\n/g, ' ').includes(toWinAnsiText(r.title)), a.filename);
    }
  });
});
