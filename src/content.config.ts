import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlesLoader } from './loaders/articles-loader.ts';
import { articleSchema, translationSchema } from './schemas/article.ts';
import { eventSchema } from './schemas/event.ts';
import { pageSchema } from './schemas/page.ts';
import { roomSchema } from './schemas/room.ts';
import { speakerSchema } from './schemas/speaker.ts';
import { talkSchema } from './schemas/talk.ts';
import { trackSchema } from './schemas/track.ts';

/** Fixture sites and the benchmark point this at another directory. */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(`${contentDir}/articles`),
    schema: articleSchema,
  }),
  /** English versions of articles: content/en/articles/<same id>.mdx (README, "The English edition"). */
  articlesEn: defineCollection({
    loader: articlesLoader(`${contentDir}/en/articles`, { optional: true }),
    schema: translationSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/pages` }),
    schema: pageSchema,
  }),
  pagesEn: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/en/pages` }),
    schema: pageSchema,
  }),
  event: defineCollection({ loader: file(`${contentDir}/event.yaml`), schema: eventSchema }),
  rooms: defineCollection({ loader: file(`${contentDir}/rooms.yaml`), schema: roomSchema }),
  tracks: defineCollection({ loader: file(`${contentDir}/tracks.yaml`), schema: trackSchema }),
  speakers: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/speakers` }), schema: speakerSchema }),
  talks: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/talks` }), schema: talkSchema }),
};
