import { z } from 'zod';

export const homepageSchema = z.object({
  heroMediaId: z.number().int().positive().nullable(),
  heroAlt: z.string().max(300),
  mission: z.string().min(1).max(1000),
  latestCount: z.number().int().min(1).max(24).default(6),
});
export type HomepageSettings = z.infer<typeof homepageSchema>;
