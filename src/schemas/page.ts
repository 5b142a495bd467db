import { z } from 'astro/zod';

/** Stand-alone prose pages such as 关于大会. */
export const pageSchema = z.object({
  /** Page title. */
  title: z.string().min(1),
  /** Meta description. */
  description: z.string().min(10),
});
