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
});
export type Organization = z.infer<typeof organizationSchema>;

/** What pages show before an organization is configured. */
export const DEFAULT_ORGANIZATION: Organization = { name: 'Haven', shortName: 'Haven', tagline: '' };
