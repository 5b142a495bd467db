import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';
import { contactUrl, text } from './shared.ts';

export const speakerSchema = ({ image }: SchemaContext) =>
  z.object({
    /** Full name as shown in the program. */
    name: text.min(1),
    /** Job title. */
    title: text.min(1),
    /** Organisation. */
    organisation: text.min(1),
    /** Short biography, 80–150 characters. */
    bio: text.min(1, '简介不能为空'),
    /** Optional portrait next to the YAML file; resized at build time. */
    avatar: image().optional(),
    /** Personal or professional links. */
    links: z.array(z.object({ label: z.string().min(1), url: contactUrl })).default([]),
    /** The person's guid in the schedule export they were imported from; /schedule.json keeps it. */
    guid: z.uuid({ message: '应是 UUID（导出中的 guid）' }).optional(),
    /** True for invented people of the sample program; shown as such on their page. */
    sample: z.boolean().default(false),
    /** The English edition's name (when the original is not in Latin script), title, organisation and bio. */
    en: z.strictObject({ name: text.min(1).optional(), title: text.min(1), organisation: text.min(1), bio: text.min(1) }).optional(),
  });
