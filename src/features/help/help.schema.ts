import { isKnownLanguage } from '../../platform/i18n/languages.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { sameOriginPath } from '../../platform/redirect.ts';
import { cleanLine, cleanText } from '../../platform/text.ts';
import type { HelpFields } from './help.repo.ts';
import { HELP_KINDS, type HelpKind } from './help.table.ts';

/** The form's fields, in the order the form shows them. */
export const HELP_FIELDS = ['label', 'label_es', 'url', 'phone', 'language', 'note', 'note_es', 'position'] as const;
export type HelpField = (typeof HELP_FIELDS)[number];

/** Which fields each list has (the others are not shown and stored empty). */
export const FIELDS_OF: Record<HelpKind, readonly HelpField[]> = {
  service: ['label', 'label_es', 'url', 'note', 'note_es', 'position'],
  hotline: ['label', 'label_es', 'phone', 'note', 'note_es', 'position'],
  rights: ['label', 'label_es', 'url', 'language', 'position'],
};

const LIMITS: Record<HelpField, number> = { label: 200, label_es: 200, url: 2000, phone: 40, language: 35, note: 500, note_es: 500, position: 4 };
/** Digits, spaces and the punctuation numbers are written with; at least two digits. */
const PHONE = /^\+?[0-9 ().\-/]{2,40}$/;

export function isHelpKind(value: unknown): value is HelpKind {
  return typeof value === 'string' && (HELP_KINDS as readonly string[]).includes(value);
}

/**
 * A link staff may put on the public page: an absolute `http:` or `https:` URL with a host, or a
 * path of this site (`/resources?topic=…`, checked as redirects are). Anything else — `javascript:`,
 * `data:`, `mailto:`, `//host`, relative text — is refused. Returns the value to store, or null.
 */
export function helpLink(value: string): string | null {
  if (value.startsWith('/')) return sameOriginPath(value, 'http://site.invalid') === null ? null : value;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname || url.username || url.password) return null;
  return /^\S+$/.test(value) ? value : null;
}

/** The `tel:` address of a number as written: `(555) 010-0199` → `tel:5550100199`, `+1 …` keeps its `+`. */
export function telHref(phone: string): string {
  return `tel:${phone.trim().startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

/**
 * Validates a help entry's form for its list: the English label (required), the Spanish label
 * and notes (optional), a link (services, resources), a number (hotlines), a language
 * (resources), a position 1–999 (empty: `defaultPosition`, the end of the list). Errors are
 * catalog keys per field; nothing is stored unless every field is right.
 */
export function parseHelpForm(kind: HelpKind, values: Record<string, string>, defaultPosition: number):
  { ok: true; data: HelpFields } | { ok: false; errors: Partial<Record<HelpField, MessageKey>> } {
  const errors: Partial<Record<HelpField, MessageKey>> = {};
  const fields = FIELDS_OF[kind];
  const text: Partial<Record<HelpField, string>> = {};
  for (const field of fields) {
    const raw = values[field] ?? '';
    const value = (field === 'note' || field === 'note_es' ? cleanText(raw).replace(/\r\n?/g, '\n') : cleanLine(raw)).trim();
    if (value.length > LIMITS[field]) errors[field] = 'help.error.too_long';
    text[field] = value;
  }
  if (!text.label) errors.label = 'help.error.label';
  let url: string | null = null;
  if (fields.includes('url')) {
    url = text.url ? helpLink(text.url) : null;
    if (!url) errors.url ??= 'help.error.url';
  }
  const phone = fields.includes('phone') ? text.phone ?? '' : '';
  if (fields.includes('phone') && (!PHONE.test(phone) || phone.replace(/\D/g, '').length < 2)) errors.phone ??= 'help.error.phone';
  let language: string | null = null;
  if (fields.includes('language')) {
    const tag = text.language ?? '';
    if (tag && isKnownLanguage(tag)) [language] = Intl.getCanonicalLocales(tag);
    else errors.language ??= 'help.error.language';
  }
  let position = defaultPosition;
  if (text.position) {
    position = /^[0-9]{1,3}$/.test(text.position) ? Number(text.position) : 0;
    if (position < 1) errors.position = 'help.error.position';
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const optional = (v: string | undefined) => (v ? v : null);
  return {
    ok: true,
    data: {
      kind, position, label: text.label!, label_es: optional(text.label_es), url, phone: phone || null,
      note: optional(text.note), note_es: optional(text.note_es), language,
    },
  };
}
