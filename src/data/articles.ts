import { getCollection, type CollectionEntry } from 'astro:content';
import { dirname } from 'node:path';
import { isPublished, readingOrder, sortNewestFirst, type ReadingOrder } from '~/lib/articles';
import { editUrl } from '~/lib/edit-url';
import { lastCommitDates } from '~/lib/git-dates';
import { SITE } from '~/lib/site';
import { SERIES_IDS } from '~/schemas/series';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';

export type Translation = CollectionEntry<'articlesEn'>;

/**
 * An article as one edition shows it. In the English edition an article with an English version
 * (content/en/articles/<id>.mdx) has that version's title, description and authors and carries the
 * version as `translation`; one without keeps its Chinese fields, and `lang` says so.
 */
export type Article = CollectionEntry<'articles'> & {
  /** The language of the title, description and body shown: zh-CN, or en where translated. */
  lang: string;
  translation?: Translation | undefined;
  /** The original changed (its updatedDate is later) after the translation's `sourceDate`. */
  translationOutdated?: boolean;
};

const cached = new Map<Locale, Promise<Article[]>>();

/**
 * Published articles, newest first, as `locale`'s edition shows them. Every page that lists
 * articles reads this one query, computed once per build and edition rather than once per page.
 */
export function getArticles(locale: Locale = DEFAULT_LOCALE): Promise<Article[]> {
  let articles = cached.get(locale);
  if (!articles) {
    articles = getCollection('articles')
      .then((all) => sortNewestFirst(all.filter((article) => isPublished(article, import.meta.env.DEV))))
      .then((published) => localArticles(published.map((article) => ({ ...article, lang: 'zh-CN' })), locale));
    cached.set(locale, articles);
  }
  return articles;
}

/** `articles` with each one's English version in place, for the English edition. */
export async function localArticles(articles: readonly Article[], locale: Locale): Promise<Article[]> {
  if (locale === DEFAULT_LOCALE) return [...articles];
  const translations = new Map((await getCollection('articlesEn')).filter((entry) => import.meta.env.DEV || !entry.data.draft).map((entry) => [entry.id, entry]));
  const unknown = [...translations.values()].filter((entry) => !articles.some((article) => article.id === entry.id));
  if (unknown.length) {
    throw new Error(unknown.map((entry) => `${entry.filePath ?? entry.id}: 英文版没有对应的中文文章（content/articles/${entry.id}.mdx）：文件名应与中文文章相同`).join('\n'));
  }
  return articles.map((article) => {
    const translation = translations.get(article.id);
    if (!translation) return article;
    const { title, description, authors } = translation.data;
    const revised = article.data.updatedDate ?? article.data.pubDate;
    return { ...article, lang: 'en', translation, translationOutdated: revised > translation.data.sourceDate, data: { ...article.data, title, description, authors } };
  });
}

const ordered = new Map<Locale, Promise<ReadingOrder<Article>>>();

/**
 * Published articles in reading order (series by position, then the rest newest first): the
 * articles index and previous/next follow it. Fails the build on two articles at one position.
 */
export function getReadingOrder(locale: Locale = DEFAULT_LOCALE): Promise<ReadingOrder<Article>> {
  let order = ordered.get(locale);
  if (!order) {
    order = getArticles(locale).then((articles) => readingOrder(articles, SERIES_IDS));
    ordered.set(locale, order);
  }
  return order;
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
export function articleEditUrl(article: { filePath?: string | undefined }): string | undefined {
  return editUrl(SITE.editBaseUrl, article.filePath);
}
