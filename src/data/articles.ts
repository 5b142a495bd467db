import { getCollection, type CollectionEntry } from 'astro:content';
import { dirname } from 'node:path';
import { isPublished, readingOrder, sortNewestFirst, type ReadingOrder } from '~/lib/articles';
import { editUrl } from '~/lib/edit-url';
import { lastCommitDates } from '~/lib/git-dates';
import { SITE } from '~/lib/site';
import { SERIES_IDS } from '~/schemas/series';

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

let ordered: Promise<ReadingOrder<Article>> | undefined;

/**
 * Published articles in reading order (series by position, then the rest newest first): the
 * articles index and previous/next follow it. Fails the build on two articles at one position.
 */
export function getReadingOrder(): Promise<ReadingOrder<Article>> {
  ordered ??= getArticles().then((articles) => readingOrder(articles, SERIES_IDS));
  return ordered;
}

const commitDates = new Map<string, Map<string, Date>>();

/**
 * When an article last changed: its file's latest commit, else its `updatedDate`. Only a date
 * after publication counts. A build outside a git checkout uses `updatedDate` alone.
 */
export function lastUpdated(article: Article): Date | undefined {
  const file = article.filePath;
  let committed: Date | undefined;
  if (file) {
    const dir = dirname(file);
    if (!commitDates.has(dir)) commitDates.set(dir, lastCommitDates(process.cwd(), dir));
    committed = commitDates.get(dir)!.get(file);
  }
  const date = committed ?? article.data.updatedDate;
  return date && date.toISOString().slice(0, 10) > article.data.pubDate.toISOString().slice(0, 10) ? date : undefined;
}

/** The article's "编辑此页" link, when the site has a repository URL (EDIT_BASE_URL). */
export function articleEditUrl(article: Article): string | undefined {
  return editUrl(SITE.editBaseUrl, article.filePath);
}
