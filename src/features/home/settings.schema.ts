import { z } from 'zod';

export const homepageSchema = z.object({
  heroMediaId: z.number().int().positive().nullable(),
  heroAlt: z.string().max(300),
  mission: z.string().min(1).max(1000),
  /** The hero's alt text and the mission on Spanish pages; empty shows the English ones, marked as English. */
  heroAltEs: z.string().max(300).default(''),
  missionEs: z.string().max(1000).default(''),
  latestCount: z.number().int().min(1).max(24).default(6),
});
export type HomepageSettings = z.infer<typeof homepageSchema>;
