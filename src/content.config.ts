import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { pageSchema } from './schemas/page';

const contentDir = process.env['CONTENT_DIR'] ?? './content';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/articles` }),
  schema: articleSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: `${contentDir}/pages` }),
  schema: pageSchema,
});

export const collections = { articles, pages };
