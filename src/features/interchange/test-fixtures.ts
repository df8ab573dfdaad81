import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Helpers for the interchange tests: interchange lines, JSON Lines files and real (tiny) PDFs.
 * Not a test file itself; the runner only picks up *.test.ts.
 */

/** A valid interchange line with every field, overridable. */
export function line(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    type: 'practice-advisory',
    title: `Title of ${slug}`,
    summary: `Summary of ${slug}.`,
    body: `## ${slug}\n\nBody of ${slug}.`,
    topics: ['crimes-and-immigration'],
    language: 'en',
    publishedOn: '2024-03-01',
    updatedOn: null,
    authors: ['A. Rivera'],
    series: null,
    translationOf: null,
    supersedes: [],
    attachments: [],
    ...overrides,
  };
}

/** Writes lines (objects are JSON-encoded, strings written as they are) to a .jsonl file. */
export function writeJsonl(file: string, lines: (Record<string, unknown> | string)[]): string {
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'haven-interchange-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A minimal, valid one-page PDF showing `text` in Helvetica, with a correct cross-reference
 * table, so pdf.js reads it without repairing anything.
 */
export function minimalPdf(text: string): Buffer {
  const escaped = text.replace(/[\\()]/g, (c) => `\\${c}`);
  const stream = `BT /F1 24 Tf 72 720 Td (${escaped}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Writes a PDF showing `text` and returns its size, for the line's `bytes`. */
export function writePdf(file: string, text: string): number {
  const pdf = minimalPdf(text);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, pdf);
  return pdf.length;
}
