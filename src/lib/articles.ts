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

/** The neighbours of an article in the given order: `prev` is newer, `next` is older. */
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

/** The URL of an article page. */
export function articleUrl(id: string): string {
  return `/articles/${id}/`;
}
