import { z } from 'astro/zod';
import { dayProblems, isDayTime } from '../lib/program/conference-day.ts';
import { isLocalDateTime, isTimeZone } from '../lib/program/time.ts';

const localDateTime = z.string().refine(isLocalDateTime, { message: '时间格式应为 YYYY-MM-DDTHH:mm（会场当地时间，不带时区），且须是真实存在的时刻' });
const dayTime = z.string().refine(isDayTime, { message: '时间格式应为 HH:mm，或次日的完整时间 YYYY-MM-DDTHH:mm（会场当地时间）' });

const daySchema = z.object({
  /** YYYY-MM-DD: the agenda lists the day's sessions under this date. */
  date: z.iso.date({ message: '日期格式应为 YYYY-MM-DD' }),
  /** Short label, e.g. 第一天 · 主论坛. */
  label: z.string().min(1),
  /** When the conference day starts: "09:00"; default 00:00. */
  start: dayTime.optional(),
  /** When it ends: "22:00", or "2026-12-13T04:00" for sessions past midnight; default 24:00. */
  end: dayTime.optional(),
});

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
    /** The event's days, in order, each with a short label; a session belongs to the day whose span holds its start. */
    days: z.array(daySchema).min(1),
    venue: z.object({
      /** Venue name. */
      name: z.string().min(1),
      /** Street address. */
      address: z.string().min(1),
      city: z.string().min(1),
    }),
    /** Breaks shown across all rooms; no talk may overlap one. */
    breaks: z.array(z.object({ start: localDateTime, end: localDateTime, title: z.string().min(1) })).default([]),
    /** The English edition: name, tagline, description, one label per day (in order), venue, and each break title's translation. */
    en: z
      .strictObject({
        name: z.string().min(1),
        tagline: z.string().min(1),
        description: z.string().min(10),
        days: z.array(z.string().min(1)),
        venue: z.strictObject({ name: z.string().min(1), address: z.string().min(1), city: z.string().min(1) }),
        breaks: z.record(z.string(), z.string().min(1)).default({}),
      })
      .optional(),
  })
  .superRefine((event, ctx) => {
    if (isTimeZone(event.timeZone)) {
      for (const problem of dayProblems(event.days, event.timeZone)) ctx.addIssue({ code: 'custom', path: ['days', problem.index, problem.field], message: problem.message });
    }
    if (event.en && event.en.days.length !== event.days.length) {
      ctx.addIssue({ code: 'custom', path: ['en', 'days'], message: `英文日程标签应与 days 一一对应：days 有 ${event.days.length} 天，en.days 有 ${event.en.days.length} 个` });
    }
    event.breaks.forEach((item, index) => {
      if (item.end <= item.start) ctx.addIssue({ code: 'custom', path: ['breaks', index, 'end'], message: `休息时间结束早于开始：${item.start} → ${item.end}` });
    });
  });

export type EventData = z.infer<typeof eventSchema>;
