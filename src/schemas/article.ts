import { z } from 'astro/zod';
import { SERIES_IDS } from './series.ts';
import { TAG_IDS } from './tags.ts';

export const articleSchema = z
  .object({
    /** Page title; the body must not repeat it as an H1. */
    title: z.string().min(1, '标题不能为空'),
    /** One or two sentences for the index, search results and meta description. */
    description: z.string().min(10, '描述至少 10 个字'),
    /** First publication date (YYYY-MM-DD). */
    pubDate: z.coerce.date(),
    /** Last substantive revision; defaults to no separate "updated" line. */
    updatedDate: z.coerce.date().optional(),
    /** Author names as shown on the page. */
    authors: z.array(z.string().min(1)).min(1, '至少需要一位作者'),
    /** Ids from the shared vocabulary in src/schemas/tags.ts, most relevant first. */
    tags: z.array(z.enum(TAG_IDS)).min(1, '至少需要一个标签'),
    /** Drafts build in dev only and never reach the index, feeds or search. Default false. */
    draft: z.boolean().default(false),
    /** The reading series this article belongs to (an id from src/schemas/series.ts); without one it is listed after every series, newest first. */
    series: z.enum(SERIES_IDS).optional(),
    /** Its place in the series, 1 for the first; unique within the series, gaps allowed. Required with `series`. */
    position: z.number({ message: 'position 必须是正整数（系列中的第几篇，从 1 开始）' }).int('position 必须是正整数（系列中的第几篇，从 1 开始）').positive('position 必须是正整数（系列中的第几篇，从 1 开始）').optional(),
  })
  .superRefine((data, ctx) => {
    if (data.position !== undefined && !data.series) {
      ctx.addIssue({ code: 'custom', path: ['position'], message: `设置了 position（${data.position}）却没有 series：请同时写明属于哪个系列` });
    }
    if (data.series && data.position === undefined) {
      ctx.addIssue({ code: 'custom', path: ['series'], message: `系列“${data.series}”中的文章需要 position（第几篇，从 1 开始）` });
    }
    if (data.updatedDate && data.updatedDate < data.pubDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['updatedDate'],
        message: `更新日期早于发布日期：${data.updatedDate.toISOString().slice(0, 10)} < ${data.pubDate.toISOString().slice(0, 10)}`,
      });
    }
  });

export type ArticleData = z.infer<typeof articleSchema>;

/**
 * An article's English version: content/en/articles/<the Chinese article's id>.mdx. Tags, series
 * and position are the original's; only what a reader sees in English is here.
 */
export const translationSchema = z.object({
  /** English title. */
  title: z.string().min(1, '标题不能为空'),
  /** One or two English sentences for the index, search results and meta description. */
  description: z.string().min(10, '描述至少 10 个字'),
  /** When the translation was published (YYYY-MM-DD). */
  pubDate: z.coerce.date(),
  /** Last substantive revision of the translation. */
  updatedDate: z.coerce.date().optional(),
  /** The original's revision it translates: its `updatedDate`, else its `pubDate`. A later revision of the original shows a note. */
  sourceDate: z.coerce.date(),
  /** Translators or authors, as shown on the page. */
  authors: z.array(z.string().min(1)).min(1, '至少需要一位作者'),
  /** Drafts build in dev only. */
  draft: z.boolean().default(false),
});

export type TranslationData = z.infer<typeof translationSchema>;
