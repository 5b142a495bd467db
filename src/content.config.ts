import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articlesLoader } from './loaders/articles-loader';
import { articleSchema } from './schemas/article';
import { eventSchema } from './schemas/event';
import { pageSchema } from './schemas/page';
import { roomSchema } from './schemas/room';
import { speakerSchema } from './schemas/speaker';
import { talkSchema } from './schemas/talk';
import { trackSchema } from './schemas/track';

/** Fixture sites and the benchmark point this at another directory. */
const contentDir = process.env['CONTENT_DIR'] ?? './content';

export const collections = {
  articles: defineCollection({
    loader: articlesLoader(`${contentDir}/articles`),
    schema: articleSchema,
  }),
  pages: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/pages` }),
    schema: pageSchema,
  }),
  event: defineCollection({ loader: file(`${contentDir}/event.yaml`), schema: eventSchema }),
  rooms: defineCollection({ loader: file(`${contentDir}/rooms.yaml`), schema: roomSchema }),
  tracks: defineCollection({ loader: file(`${contentDir}/tracks.yaml`), schema: trackSchema }),
  speakers: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/speakers` }), schema: speakerSchema }),
  talks: defineCollection({ loader: glob({ pattern: '**/*.{yaml,yml}', base: `${contentDir}/talks` }), schema: talkSchema }),
};
