import { z } from 'astro/zod';
import { isLocalDateTime, isTimeZone } from '../lib/program/time';

const localDateTime = z.string().refine(isLocalDateTime, { message: '时间格式应为 YYYY-MM-DDTHH:mm（会场当地时间，不带时区），且须是真实存在的时刻' });

export const eventSchema = z
  .object({
    /** Conference name. */
    name: z.string().min(1),
    /** Edition, e.g. "2026". */
    edition: z.string().min(1),
    /** One-line theme for the home page. */
    tagline: z.string().min(1),
    /** Two or three sentences about the event. */
    description: z.string().min(10),
    /** IANA zone every talk time is written in, e.g. Asia/Shanghai. */
    timeZone: z.string().refine(isTimeZone, { message: '不是有效的 IANA 时区名（例如 Asia/Shanghai）' }),
    /** The event's days, in order, each with a short label. */
    days: z.array(z.object({ date: z.iso.date({ message: '日期格式应为 YYYY-MM-DD' }), label: z.string().min(1) })).min(1),
    venue: z.object({
      /** Venue name. */
      name: z.string().min(1),
      /** Street address. */
      address: z.string().min(1),
      city: z.string().min(1),
    }),
    /** Breaks shown across all rooms; no talk may overlap one. */
    breaks: z.array(z.object({ start: localDateTime, end: localDateTime, title: z.string().min(1) })).default([]),
  })
  .superRefine((event, ctx) => {
    event.breaks.forEach((item, index) => {
      if (item.end <= item.start) ctx.addIssue({ code: 'custom', path: ['breaks', index, 'end'], message: `休息时间结束早于开始：${item.start} → ${item.end}` });
    });
  });

export type EventData = z.infer<typeof eventSchema>;
