import type { CitationKind } from './types.ts';

/** The kinds of authority, in the order authority pages list them, with English and Spanish labels. */
export const CITATION_KINDS: readonly {
  kind: CitationKind;
  label: { en: string; es: string };
  plural: { en: string; es: string };
}[] = Object.freeze([
  { kind: 'statute', label: { en: 'Statute', es: 'Ley' }, plural: { en: 'Statutes', es: 'Leyes' } },
  { kind: 'regulation', label: { en: 'Regulation', es: 'Reglamento' }, plural: { en: 'Regulations', es: 'Reglamentos' } },
  { kind: 'agency-decision', label: { en: 'Agency decision', es: 'Decisión administrativa' }, plural: { en: 'Agency decisions', es: 'Decisiones administrativas' } },
  { kind: 'court-decision', label: { en: 'Court decision', es: 'Decisión judicial' }, plural: { en: 'Court decisions', es: 'Decisiones judiciales' } },
  { kind: 'form', label: { en: 'Form', es: 'Formulario' }, plural: { en: 'Forms', es: 'Formularios' } },
  { kind: 'state-code', label: { en: 'State code', es: 'Código estatal' }, plural: { en: 'State codes', es: 'Códigos estatales' } },
  { kind: 'federal-register', label: { en: 'Federal Register', es: 'Registro Federal' }, plural: { en: 'Federal Register notices', es: 'Avisos del Registro Federal' } },
  { kind: 'public-law', label: { en: 'Public law', es: 'Ley pública' }, plural: { en: 'Public laws', es: 'Leyes públicas' } },
]);

/** A kind's label in an interface language: Spanish for 'es', English for every other language. */
export function inLocale(names: { en: string; es: string }, locale: string): string {
  return locale === 'es' ? names.es : names.en;
}

const KIND_SET = new Set<string>(CITATION_KINDS.map((k) => k.kind));

/** True when `value` names a kind (for validating a `kind` filter). */
export function isCitationKind(value: string): value is CitationKind {
  return KIND_SET.has(value);
}
