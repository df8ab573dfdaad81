import { stripBidiControls } from '../../platform/text.ts';
import crypto from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { bumpGeneration } from '../../db/generation.ts';
import type { MessageKey } from '../../platform/i18n/index.ts';
import { recordAudit } from '../audit/index.ts';
import { DEFAULT_ORGANIZATION, organizationSchema, type Organization } from '../../platform/organization.ts';
import { readSettingText, replaceSetting } from './organization.repo.ts';
import type { Actor } from './taxonomy.service.ts';

/** The settings document this screen edits (read by app.tsx for every page's header and footer). */
const KEY = 'organization';

/** The organization's fields, in the order the form shows them. */
export const ORGANIZATION_FIELDS = ['name', 'shortName', 'tagline', 'taglineEs', 'email', 'phone', 'address', 'documentPrefix'] as const;
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number];

/** Fields that may span lines (textareas); the others are one line. */
const MULTILINE = new Set<OrganizationField>(['tagline', 'taglineEs', 'address']);
const OPTIONAL = new Set<OrganizationField>(['taglineEs', 'email', 'phone', 'address', 'documentPrefix']);
const CONTROL = /[\u0000-\u001f\u007f]/;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** The message shown beside each field when organizationSchema refuses it. */
export const FIELD_ERRORS: Record<OrganizationField, MessageKey> = {
  name: 'taxonomy.settings.error.name',
  shortName: 'taxonomy.settings.error.shortName',
  tagline: 'taxonomy.settings.error.tagline',
  taglineEs: 'taxonomy.settings.error.tagline',
  email: 'taxonomy.settings.error.email',
  phone: 'taxonomy.settings.error.phone',
  address: 'taxonomy.settings.error.address',
  documentPrefix: 'taxonomy.settings.error.documentPrefix',
};

/** The organization as stored now, and a token naming that exact version for the form. */
export async function loadOrganization(db: Db): Promise<{ organization: Organization; revision: string }> {
  const raw = await readSettingText(db, KEY);
  const parsed = raw === undefined ? undefined : organizationSchema.safeParse(safeJson(raw));
  return { organization: parsed?.success ? parsed.data : DEFAULT_ORGANIZATION, revision: revisionOf(raw) };
}

/**
 * Validates the form with the organization's own zod schema (the one every page reads it
 * through), after trimming and treating empty optional fields as absent. Errors are catalog keys
 * per field.
 */
export function parseOrganizationForm(values: Record<string, string>):
  { ok: true; data: Organization } | { ok: false; errors: Partial<Record<OrganizationField, MessageKey>> } {
  const errors: Partial<Record<OrganizationField, MessageKey>> = {};
  const input: Record<string, string> = {};
  for (const field of ORGANIZATION_FIELDS) {
    const typed = stripBidiControls(values[field] ?? '').replace(/\r\n?/g, '\n').trim();
    const value = field === 'documentPrefix' ? typed.toUpperCase() : typed;
    if ((MULTILINE.has(field) ? CONTROL_BUT_LINES : CONTROL).test(value)) errors[field] = 'taxonomy.error.control';
    if (value !== '' || !OPTIONAL.has(field)) input[field] = value;
  }
  const parsed = organizationSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as OrganizationField;
      if (field in FIELD_ERRORS) errors[field] ??= FIELD_ERRORS[field];
    }
  }
  return parsed.success && Object.keys(errors).length === 0 ? { ok: true, data: parsed.data } : { ok: false, errors };
}

/** Refused because someone saved the settings after this form was opened. */
export class SettingsConflict extends Error {
  override name = 'SettingsConflict';
  constructor(readonly current: Organization) {
    super('settings conflict');
  }
}

/**
 * Saves the organization if it is still at `revision`, bumping the content generation (every
 * page's header and footer change at once, on every node) and logging `settings.organization`
 * with the fields that changed, in one transaction. Otherwise SettingsConflict, nothing written.
 */
export async function saveOrganization(db: Db, organization: Organization, revision: string, actor: Actor): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const raw = await readSettingText(trx, KEY);
    const before = (await loadOrganization(trx)).organization;
    if (revisionOf(raw) !== revision || !(await replaceSetting(trx, KEY, raw, JSON.stringify(organization)))) {
      throw new SettingsConflict((await loadOrganization(trx)).organization);
    }
    const changed = ORGANIZATION_FIELDS.filter((f) => (before[f] ?? '') !== (organization[f] ?? ''));
    await bumpGeneration(trx);
    await recordAudit(trx, {
      action: 'settings.organization', userId: actor.userId, subjectType: 'settings', subjectId: KEY,
      detail: { changed, name: organization.name }, ip: actor.ip, at: actor.now,
    });
  });
}

/** A short fingerprint of the stored text ('none' when there is none yet). */
function revisionOf(raw: string | undefined): string {
  return raw === undefined ? 'none' : crypto.createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}
