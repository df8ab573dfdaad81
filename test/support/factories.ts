// Test data, in one place: valid inputs for the editorial services, the same as form fields for
// route tests, interchange lines and files, and small real PDFs. Each builder gives a unique slug
// unless one is passed, so suites sharing a database never collide.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DocumentInput, DocumentKind } from '../../src/features/editorial/documents/kinds.ts';
import type { ResourceInput } from '../../src/features/editorial/editorial.schema.ts';
import { pagesPdf } from './hostile-pdf.ts';

let counter = 0;
const unique = () => `${++counter}-${process.pid}`;

/** A valid resource input on the demo taxonomy (the editorial service's input). */
export function draftInput(overrides: Partial<ResourceInput> = {}): ResourceInput {
  return {
    title: 'Matter of Pickering after vacatur', slug: `pickering-${unique()}`, type: 'practice-advisory',
    topics: ['crimes-and-immigration'], language: 'en', audience: 'practitioners',
    summary: 'When a vacated conviction still counts for immigration purposes.',
    body: '## Background\n\nA conviction vacated for a defect in the proceedings no longer counts.',
    publishedOn: '2024-11-01', updatedOn: null, reviewedOn: null, updates: [], authors: [{ name: 'Staff Attorney', affiliation: null }],
    series: null, translationOf: null, supersedes: [],
    ...overrides,
  };
}

/** The resource form's fields for a valid draft (what a browser posts to /admin/resources). */
export function resourceFields(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    title: 'Pickering after vacatur: a practice advisory', slug: `pickering-route-${unique()}`,
    type: 'practice-advisory', topics: ['crimes-and-immigration', 'removal-defense'], language: 'en', audience: 'practitioners',
    summary: 'When a vacated conviction still counts.', body: '## Background\n\nA conviction vacated for a legal defect no longer counts.',
    publishedOn: '2024-11-07', updatedOn: '', authors: 'Staff Attorney\nSecond Author', seriesSlug: '', seriesPart: '', seriesOf: '',
    translationOf: '', supersedes: '',
    ...overrides,
  };
}

/** A valid input of a document `kind` (project, statement, page). */
export function documentInput(kind: DocumentKind, overrides: Partial<DocumentInput> = {}): DocumentInput {
  const n = unique();
  const base: DocumentInput = {
    title: `Test ${kind} ${n}`, slug: `test-${kind}-${n}`, summary: `A short summary of ${kind} ${n}.`,
    body: '## Why\n\nBecause the community asked for it.',
  };
  if (kind === 'project') base.position = 5;
  if (kind === 'statement') base.publishedOn = '2024-11-01';
  return { ...base, ...overrides };
}

/** The same document input as the form's text fields. */
export function documentFields(kind: DocumentKind, overrides: Record<string, string> = {}): Record<string, string> {
  const i = documentInput(kind);
  return {
    title: i.title, slug: i.slug, summary: i.summary, body: i.body,
    ...(kind === 'project' ? { position: String(i.position) } : {}), ...(kind === 'statement' ? { publishedOn: i.publishedOn! } : {}),
    ...overrides,
  };
}

/** A valid interchange v1 line (docs/interchange.md) with every field, overridable. */
export function interchangeLine(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug, type: 'practice-advisory', title: `Title of ${slug}`, summary: `Summary of ${slug}.`, body: `## ${slug}\n\nBody of ${slug}.`,
    topics: ['crimes-and-immigration'], language: 'en', publishedOn: '2024-03-01', updatedOn: null, authors: ['A. Rivera'],
    series: null, translationOf: null, supersedes: [], attachments: [],
    ...overrides,
  };
}

/** Writes lines (objects JSON-encoded, strings as they are) to a .jsonl file; returns its path. */
export function writeJsonl(file: string, lines: (Record<string, unknown> | string)[]): string {
  fs.writeFileSync(file, lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n');
  return file;
}

/** A fresh temporary folder, removed by the returned function. */
export function tempDir(prefix = 'haven-test-files-'): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A small, valid one-page PDF showing `text` (pdf.js reads it without repairing anything). */
export function minimalPdf(text: string): Uint8Array<ArrayBuffer> {
  return pagesPdf([text]);
}

/** Writes a PDF showing `text` and returns its size in bytes. */
export function writePdf(file: string, text: string): number {
  const pdf = minimalPdf(text);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, pdf);
  return pdf.length;
}
