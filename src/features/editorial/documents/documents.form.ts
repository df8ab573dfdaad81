import { KINDS, type DocumentInput, type DocumentKind } from './kinds.ts';

/** The document form's fields exactly as typed, for refilling the form. */
export interface DocumentFormValues {
  title: string;
  slug: string;
  summary: string;
  body: string;
  position: string;
  publishedOn: string;
}

const text = (form: FormData, name: string, max = 600_000): string => {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, max) : '';
};

/** Reads the document form's fields from a submitted form. */
export function readDocumentForm(form: FormData): DocumentFormValues {
  return {
    title: text(form, 'title', 1000), slug: text(form, 'slug', 200).trim().toLowerCase(), summary: text(form, 'summary', 5000),
    body: text(form, 'body').replace(/\r\n/g, '\n'), position: text(form, 'position', 20), publishedOn: text(form, 'publishedOn', 40),
  };
}

/** The service's input from form values: the position as a number when it is a whole one (the schema says why not). */
export function inputFromValues(kind: DocumentKind, v: DocumentFormValues): unknown {
  const out: Record<string, unknown> = { title: v.title, slug: v.slug, summary: v.summary, body: v.body };
  if (KINDS[kind].extra.includes('position')) out.position = /^\s*\d{1,6}\s*$/.test(v.position) ? Number(v.position) : Number.NaN;
  if (KINDS[kind].extra.includes('publishedOn')) out.publishedOn = v.publishedOn;
  return out;
}

/** Form values showing stored (or submitted) input. */
export function valuesFromInput(i: DocumentInput): DocumentFormValues {
  return {
    title: i.title, slug: i.slug, summary: i.summary, body: i.body,
    position: i.position === undefined ? '' : String(i.position), publishedOn: i.publishedOn ?? '',
  };
}
