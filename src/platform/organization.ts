import { z } from 'zod';

/**
 * Who runs the site: its name, short name, tagline and contact details, shown in the frame of
 * every page and in feeds. Stored as the `organization` settings document (staff edit it under
 * /admin/settings); the app reads it once per content generation.
 */
export const organizationSchema = z.object({
  name: z.string().min(1).max(200),
  shortName: z.string().min(1).max(40),
  tagline: z.string().max(500).default(''),
  /** The tagline on Spanish pages; absent shows the English one there, marked as English. */
  taglineEs: z.string().max(500).optional(),
  email: z.string().email().optional(),
  phone: z.string().max(40).optional(),
  address: z.string().max(300).optional(),
  /**
   * The first part of document numbers (`ILRC-2025-0001`): a capital letter, then up to 11 capitals
   * or digits. Absent: the short name's letters and digits. Changing it affects only resources
   * numbered afterwards; given numbers never change.
   */
  documentPrefix: z.string().regex(/^[A-Z][A-Z0-9]{0,11}$/).optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

/** What pages show before an organization is configured. */
export const DEFAULT_ORGANIZATION: Organization = { name: 'Haven', shortName: 'Haven', tagline: '' };

/**
 * The prefix document numbers are given with now: the organization's `documentPrefix`, else its
 * short name's letters and digits (accents dropped, capitals, at most 12), else `DOC`. Migration
 * 018 applies the same rule to number existing resources.
 */
export function documentPrefixOf(org: Pick<Organization, 'documentPrefix' | 'shortName'>): string {
  if (org.documentPrefix && /^[A-Z][A-Z0-9]{0,11}$/.test(org.documentPrefix)) return org.documentPrefix;
  const short = org.shortName.normalize('NFKD').toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12);
  return /^[A-Z]/.test(short) ? short : 'DOC';
}
