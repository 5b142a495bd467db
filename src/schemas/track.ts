import { z } from 'astro/zod';

export const trackSchema = z.object({
  /** Track (分论坛) name. */
  name: z.string().min(1),
  /** What the track covers, one or two sentences. */
  description: z.string().min(10),
  /** Accent colour as #rrggbb; chosen to contrast with white text. */
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/, '颜色应为 #rrggbb 格式'),
  /** The English edition's name and description. */
  en: z.strictObject({ name: z.string().min(1), description: z.string().min(10) }).optional(),
});
