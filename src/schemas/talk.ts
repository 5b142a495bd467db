import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { isLocalDateTime } from '../lib/program/time.ts';
import { FORMATS, LEVELS } from '../lib/program/vocabulary.ts';
import { languageTag, text, webUrl } from './shared.ts';
import { TAG_IDS } from './tags.ts';

export { FORMATS, LEVELS };

const localDateTime = z.string().refine(isLocalDateTime, { message: '时间格式应为 YYYY-MM-DDTHH:mm（会场当地时间，不带时区），且须是真实存在的时刻' });

export const talkSchema = z
  .object({
    /** Talk title. */
    title: text.min(1),
    /** What the talk is about and what listeners take away. */
    abstract: text.min(10),
    /** Session format. */
    format: z.enum(FORMATS),
    /** Audience level. */
    level: z.enum(LEVELS),
    /** Spoken language, a BCP 47 tag (zh, en, de, pt-BR …); default zh. */
    language: languageTag.default('zh'),
    /** Track (分论坛) id from content/tracks.yaml. */
    track: reference('tracks'),
    /** Room id from content/rooms.yaml. */
    room: reference('rooms'),
    /** Start, local time in the event's zone: 2026-12-12T14:00. */
    start: localDateTime,
    /** End, same form as start. */
    end: localDateTime,
    /** Speaker ids (panelists for a roundtable); none for an opening, a self-organised session or a lightning-talk block. */
    speakers: z.array(reference('speakers')).default([]),
    /** Moderator ids. */
    moderators: z.array(reference('speakers')).default([]),
    /** Articles that explain the talk's subject. */
    articles: z.array(reference('articles')).default([]),
    /** Ids from the shared tag vocabulary. */
    tags: z.array(z.enum(TAG_IDS)).default([]),
    /** Slides URL (http or https), once published. */
    slides: webUrl.optional(),
    /** Recording URL (http or https), once published. */
    video: webUrl.optional(),
    /** The session's code in the schedule export it was imported from (pretalx: G9JGWY; frab: its numeric id); re-imports match on it. */
    pretalx: z.string().optional(),
    /** The session's guid in the export it was imported from; /schedule.json keeps it, so apps keep their favourites. */
    guid: z.uuid({ message: '应是 UUID（导出中的 guid）' }).optional(),
    /** The English edition's title and abstract; without them /en/ shows the original with a note. */
    en: z.strictObject({ title: text.min(1), abstract: text.min(10) }).optional(),
  })
  .superRefine((talk, ctx) => {
    if (talk.end <= talk.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `议程结束时间不晚于开始时间：${talk.start.slice(11)} → ${talk.end.slice(11)}` });
    }
  });
