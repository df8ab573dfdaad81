import { z } from 'zod';
import { stripBidiControls } from '../../platform/text.ts';

/**
 * The staff forms for topics and resource types. Messages are catalog keys
 * (messages.*.ts) that validateForm translates.
 */
/** Bidirectional override controls are dropped (they only disguise text); other controls are refused below. */
const text = (value: unknown) => (typeof value === 'string' ? stripBidiControls(value) : '');

/** Control characters (tabs and line breaks included) have no place in a one-line name. */
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A description may break lines, but nothing else invisible. */
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The same shape the public routes and the library query accept (`[a-z0-9-]{1,120}`), minus stray hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const NAME_MAX = 100;
export const DESCRIPTION_MAX = 500;
export const POSITION_MAX = 9999;

const slugField = z.preprocess(text, z.string().trim()
  .min(1, 'taxonomy.error.slug.required').max(120, 'taxonomy.error.slug.long').regex(SLUG_PATTERN, 'taxonomy.error.slug.pattern'));

const nameField = z.preprocess(text, z.string().trim()
  .min(1, 'taxonomy.error.name').max(NAME_MAX, 'taxonomy.error.name').refine((s) => !CONTROL.test(s), 'taxonomy.error.control'));

/** An optional Spanish name: empty means "none", stored as NULL so English shows instead. */
const nameEsField = z.preprocess(text, z.string().trim()
  .max(NAME_MAX, 'taxonomy.error.name_es').refine((s) => !CONTROL.test(s), 'taxonomy.error.control')
  .transform((s) => (s === '' ? null : s)));

const descriptionField = z.preprocess(text, z.string().trim()
  .max(DESCRIPTION_MAX, 'taxonomy.error.description').refine((s) => !CONTROL_BUT_LINES.test(s), 'taxonomy.error.control'));

const descriptionEsField = descriptionField.transform((s) => (s === '' ? null : s));

/** The order in the library's type filter: empty means "after the others". */
const positionField = z.preprocess(text, z.string().trim()
  .refine((s) => s === '' || (/^[0-9]{1,4}$/.test(s) && Number(s) <= POSITION_MAX), 'taxonomy.error.position')
  .transform((s) => (s === '' ? null : Number(s))));

/** Years after which a resource of the type shows an age notice: empty means never. */
const noticeField = z.preprocess(text, z.string().trim()
  .refine((s) => s === '' || (/^[0-9]{1,2}$/.test(s) && Number(s) >= 1), 'taxonomy.error.notice')
  .transform((s) => (s === '' ? null : Number(s))));

/** The version an edit form was opened at (a hidden field). */
export const versionField = z.preprocess(text, z.string().regex(/^[0-9]{1,9}$/, 'taxonomy.error.stale').transform(Number));

/** A topic's form. */
export const topicSchema = z.object({
  slug: slugField, name: nameField, name_es: nameEsField, description: descriptionField, description_es: descriptionEsField,
});

/** A resource type's form. */
export const typeSchema = z.object({ slug: slugField, name: nameField, name_es: nameEsField, position: positionField, notice_after_years: noticeField });

/** What either form saves; fields a kind does not have are left out. */
export interface TermInput {
  slug: string;
  name: string;
  name_es: string | null;
  description?: string;
  description_es?: string | null;
  position?: number | null;
  notice_after_years?: number | null;
}
