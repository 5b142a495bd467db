import { getCollection, type CollectionEntry } from 'astro:content';
import { isPublished, sortNewestFirst } from '~/lib/articles';

export type Article = CollectionEntry<'articles'>;

let cached: Promise<Article[]> | undefined;

/**
 * Published articles, newest first. Every page that lists articles reads this one query, computed
 * once per build rather than once per page.
 */
export function getArticles(): Promise<Article[]> {
  cached ??= getCollection('articles').then((all) =>
    sortNewestFirst(all.filter((article) => isPublished(article, import.meta.env.DEV))),
  );
  return cached;
}
