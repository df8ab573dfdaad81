import { html } from 'hono/html';
import type { Db } from '../../db/schema.ts';
import { MAX_MARKDOWN_CHARS } from '../../platform/markdown.ts';
import type { FieldErrors } from '../../platform/forms.ts';
import type { Translate } from '../../platform/i18n/index.ts';
import { MARK_ACTIONS, citedAuthorities, overridesOfResource, readFieldCitations, recognizedAuthorities, type RecognizedAuthority } from '../authorities/index.ts';
import { attachmentTexts } from './editorial.repo.ts';
import type { ResourceSnapshot } from './editorial.schema.ts';
import type { AuthorityPanelProps } from './views/AuthorityPanel.tsx';

/** What the authorities form held when it was refused, to show it again with its problems. */
export interface AuthorityFormState {
  values: { citation: string; action: string; note: string };
  errors: FieldErrors;
}

/**
 * The authorities a stored resource cites as the indexer would store them now: its saved title,
 * summary, body and PDF text read by the grammar, corrected by its overrides.
 */
export async function recognizedOf(db: Db, id: number, snapshot: Pick<ResourceSnapshot, 'title' | 'summary' | 'body'>): Promise<RecognizedAuthority[]> {
  const [pdf, overrides] = await Promise.all([attachmentTexts(db, id), overridesOfResource(db, id)]);
  return recognizedAuthorities(readFieldCitations({ title: snapshot.title, summary: snapshot.summary, body: snapshot.body, pdf }), overrides);
}

/** The edit page's "Authorities" section for resource `id`. */
export async function authorityPanel(
  db: Db, t: Translate, id: number, snapshot: ResourceSnapshot, options: { editable: boolean; published: boolean; state?: AuthorityFormState },
): Promise<AuthorityPanelProps> {
  const [pdf, overrides] = await Promise.all([attachmentTexts(db, id), overridesOfResource(db, id)]);
  const recognized = recognizedAuthorities(readFieldCitations({ title: snapshot.title, summary: snapshot.summary, body: snapshot.body, pdf }), overrides);
  return {
    t, id, recognized, marks: overrides.filter((o) => MARK_ACTIONS.includes(o.action)),
    editable: options.editable, published: options.published, values: options.state?.values, errors: options.state?.errors,
  };
}

/**
 * The live preview's list of the authorities a body cites as typed (escaped HTML), so editors see
 * what the grammar reads while they write; stored corrections and the other fields show on the
 * edit page once saved.
 */
export function bodyAuthorities(t: Translate, body: string): string {
  const cited = citedAuthorities(readFieldCitations({ title: '', summary: '', body: body.slice(0, MAX_MARKDOWN_CHARS), pdf: '' }));
  return String(html`<section class="preview-authorities"><h2>${t('editorial.authorities.preview')}</h2>${cited.length
    ? html`<ul>${cited.map((a) => html`<li>${a.display}</li>`)}</ul>`
    : html`<p>${t('editorial.authorities.preview.none')}</p>`}</section>`);
}
