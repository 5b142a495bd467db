import { z } from 'astro/zod';
import type { SchemaContext } from 'astro:content';

export const speakerSchema = ({ image }: SchemaContext) =>
  z.object({
    /** Full name as shown in the program. */
    name: z.string().min(1),
    /** Job title. */
    title: z.string().min(1),
    /** Organisation. */
    organisation: z.string().min(1),
    /** Short biography, 80–150 characters. */
    bio: z.string().min(1, '简介不能为空'),
    /** Optional portrait next to the YAML file; resized at build time. */
    avatar: image().optional(),
    /** Personal or professional links. */
    links: z.array(z.object({ label: z.string().min(1), url: z.url() })).default([]),
    /** True for invented people of the sample program; shown as such on their page. */
    sample: z.boolean().default(false),
  });
