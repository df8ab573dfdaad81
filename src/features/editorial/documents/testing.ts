import type { DocumentInput, DocumentKind } from './kinds.ts';

let counter = 0;

/** A valid input of `kind` with a unique slug unless one is given. */
export function documentInput(kind: DocumentKind, overrides: Partial<DocumentInput> = {}): DocumentInput {
  counter += 1;
  const base: DocumentInput = {
    title: `Test ${kind} ${counter}`, slug: `test-${kind}-${counter}-${process.pid}`, summary: `A short summary of ${kind} ${counter}.`,
    body: '## Why\n\nBecause the community asked for it.',
  };
  if (kind === 'project') base.position = 5;
  if (kind === 'statement') base.publishedOn = '2024-11-01';
  return { ...base, ...overrides };
}

/** The same input as the form's text fields. */
export function documentFields(kind: DocumentKind, overrides: Record<string, string> = {}): Record<string, string> {
  const i = documentInput(kind);
  return {
    title: i.title, slug: i.slug, summary: i.summary, body: i.body,
    ...(kind === 'project' ? { position: String(i.position) } : {}), ...(kind === 'statement' ? { publishedOn: i.publishedOn! } : {}),
    ...overrides,
  };
}
