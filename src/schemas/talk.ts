import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isLocalDateTime } from '../lib/program/time';
import { TAG_IDS } from './tags';

export const FORMATS = ['主题演讲', '技术研讨', '圆桌讨论', '产品展示', '动手工作坊'] as const;
export const LEVELS = ['入门', '进阶', '高级'] as const;
export const LANGUAGES = { zh: '中文', en: 'English' } as const;

const localDateTime = z.string().refine(isLocalDateTime, { message: '时间格式应为 YYYY-MM-DDTHH:mm（会场当地时间，不带时区），且须是真实存在的时刻' });

export const talkSchema = z
  .object({
    /** Talk title. */
    title: z.string().min(1),
    /** What the talk is about and what listeners take away. */
    abstract: z.string().min(10),
    /** Session format. */
    format: z.enum(FORMATS),
    /** Audience level. */
    level: z.enum(LEVELS),
    /** Spoken language. */
    language: z.enum(['zh', 'en']).default('zh'),
    /** Track (分论坛) id from content/tracks.yaml. */
    track: reference('tracks'),
    /** Room id from content/rooms.yaml. */
    room: reference('rooms'),
    /** Start, local time in the event's zone: 2026-12-12T14:00. */
    start: localDateTime,
    /** End, same form as start. */
    end: localDateTime,
    /** Speaker ids (panelists for a roundtable). */
    speakers: z.array(reference('speakers')).default([]),
    /** Moderator ids. */
    moderators: z.array(reference('speakers')).default([]),
    /** Articles that explain the talk's subject. */
    articles: z.array(reference('articles')).default([]),
    /** Ids from the shared tag vocabulary. */
    tags: z.array(z.enum(TAG_IDS)).default([]),
    /** Slides URL, once published. */
    slides: z.url().optional(),
    /** Recording URL, once published. */
    video: z.url().optional(),
    /** pretalx submission code (G9JGWY) when imported by `npm run import:pretalx`; re-imports match on it. */
    pretalx: z.string().optional(),
  })
  .superRefine((talk, ctx) => {
    if (talk.end <= talk.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `议程结束时间不晚于开始时间：${talk.start.slice(11)} → ${talk.end.slice(11)}` });
    } else if (talk.start.slice(0, 10) !== talk.end.slice(0, 10)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `议程不能跨天：${talk.start} → ${talk.end}` });
    }
    if (talk.speakers.length + talk.moderators.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['speakers'], message: '至少需要一位讲者或主持人' });
    }
  });
