import { z } from 'zod';

export const organizationSchema = z.object({
  name: z.string().min(1).max(200),
  shortName: z.string().min(1).max(40),
  tagline: z.string().max(500).default(''),
  email: z.string().email().optional(),
  phone: z.string().max(40).optional(),
  address: z.string().max(300).optional(),
});
export type Organization = z.infer<typeof organizationSchema>;

export const homepageSchema = z.object({
  heroMediaId: z.number().int().positive().nullable(),
  heroAlt: z.string().max(300),
  mission: z.string().min(1).max(1000),
  latestCount: z.number().int().min(1).max(24).default(6),
});
export type HomepageSettings = z.infer<typeof homepageSchema>;

export const DEFAULT_ORGANIZATION: Organization = { name: 'Haven', shortName: 'Haven', tagline: '' };
