import { z } from 'astro/zod';

export const roomSchema = z.object({
  /** Room name as signposted at the venue. */
  name: z.string().min(1),
  /** Seats. */
  capacity: z.number().int().positive(),
  /** Floor, e.g. "2F". */
  floor: z.string().min(1),
  /** The English edition's name. */
  en: z.strictObject({ name: z.string().min(1) }).optional(),
});
