/** The fields of an article these helpers read; satisfied by collection entries. */
export interface ArticleLike {
  id: string;
  data: { title: string; pubDate: Date; updatedDate?: Date | undefined; tags: readonly string[]; draft: boolean };
}

/** Newest first; ties broken by title so the order is stable between builds. */
export function sortNewestFirst<T extends ArticleLike>(articles: readonly T[]): T[] {
  return [...articles].sort(
    (a, b) => b.data.pubDate.getTime() - a.data.pubDate.getTime() || a.data.title.localeCompare(b.data.title, 'zh-CN'),
  );
}

/** Drafts are visible while developing and never in a production build. */
export function isPublished(article: ArticleLike, includeDrafts: boolean): boolean {
  return includeDrafts || !article.data.draft;
}

/** The fields reading order reads: a series id and position, and where the entry came from for errors. */
export interface SeriesArticleLike extends ArticleLike {
  filePath?: string | undefined;
  data: ArticleLike['data'] & { series?: string | undefined; position?: number | undefined };
}

export interface ReadingOrder<T> {
  /** Each series that has articles, in the given series order, its articles by position. */
  series: { id: string; articles: T[] }[];
  /** Articles in no series, newest first. */
  rest: T[];
  /** Everything in reading order: the series, then the rest; previous/next follow it. */
  all: T[];
}

/**
 * Articles in reading order. `seriesOrder` lists the series ids in the order they are read.
 * Two articles at one position of a series would make the order depend on chance, so that
 * throws, naming both files and the field.
 */
export function readingOrder<T extends SeriesArticleLike>(articles: readonly T[], seriesOrder: readonly string[]): ReadingOrder<T> {
  const bySeries = new Map<string, T[]>(seriesOrder.map((id) => [id, []]));
  const rest: T[] = [];
  for (const article of articles) {
    const { series } = article.data;
    if (series === undefined) rest.push(article);
    else if (bySeries.has(series)) bySeries.get(series)!.push(article);
    else throw new Error(`${article.filePath ?? article.id}: series: 未知的系列“${series}”（可用：${seriesOrder.join('、')}）`);
  }
  const errors: string[] = [];
  const series = [...bySeries].flatMap(([id, list]) => {
    if (list.length === 0) return [];
    list.sort((a, b) => (a.data.position ?? Infinity) - (b.data.position ?? Infinity) || a.id.localeCompare(b.id));
    for (let i = 1; i < list.length; i++) {
      const [before, article] = [list[i - 1]!, list[i]!];
      if (before.data.position === article.data.position) {
        errors.push(`${article.filePath ?? article.id}: position: 系列“${id}”的第 ${article.data.position} 篇已经是 ${before.filePath ?? before.id}`);
      }
    }
    return [{ id, articles: list }];
  });
  if (errors.length) throw new Error(`文章的阅读顺序有 ${errors.length} 处冲突：\n${errors.join('\n')}`);
  const sortedRest = sortNewestFirst(rest);
  return { series, rest: sortedRest, all: [...series.flatMap((s) => s.articles), ...sortedRest] };
}

/** The neighbours of an article in the given order: `prev` comes before it, `next` after. */
export function neighbours<T extends ArticleLike>(ordered: readonly T[], id: string): { prev?: T; next?: T } {
  const index = ordered.findIndex((article) => article.id === id);
  if (index === -1) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = ordered[index - 1];
  const next = ordered[index + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}

/** Articles per tag id, each list in the order given. */
export function groupByTag<T extends ArticleLike>(articles: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      const list = groups.get(tag) ?? [];
      list.push(article);
      groups.set(tag, list);
    }
  }
  return groups;
}

