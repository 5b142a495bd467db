import { describe, expect, it } from 'vitest';
import { groupByTag, isPublished, neighbours, readingOrder, sortNewestFirst, type ArticleLike, type SeriesArticleLike } from '~/lib/articles';

const article = (id: string, date: string, tags: string[] = [], draft = false): ArticleLike => ({
  id,
  data: { title: id, pubDate: new Date(date), tags, draft },
});

const a = article('a', '2026-01-01', ['math']);
const b = article('b', '2026-03-01', ['math', 'rag']);
const c = article('c', '2026-02-01', ['rag'], true);
const d = article('d', '2026-03-01');

describe('sortNewestFirst', () => {
  it('orders by date descending and breaks ties by title', () => {
    expect(sortNewestFirst([a, b, c, d]).map((x) => x.id)).toEqual(['b', 'd', 'c', 'a']);
  });
  it('does not mutate its input', () => {
    const input = [a, b];
    sortNewestFirst(input);
    expect(input.map((x) => x.id)).toEqual(['a', 'b']);
  });
});

describe('isPublished', () => {
  it.each([
    [a, false, true],
    [c, false, false],
    [c, true, true],
  ])('%#', (entry, includeDrafts, expected) => expect(isPublished(entry, includeDrafts)).toBe(expected));
});

describe('neighbours', () => {
  const ordered = [b, d, a];
  it.each([
    ['b', undefined, 'd'],
    ['d', 'b', 'a'],
    ['a', 'd', undefined],
  ])('%s has prev %s and next %s', (id, prev, next) => {
    const result = neighbours(ordered, id);
    expect(result.prev?.id).toBe(prev);
    expect(result.next?.id).toBe(next);
  });
  it('returns nothing for an unknown id', () => expect(neighbours(ordered, 'zzz')).toEqual({}));
});

describe('groupByTag', () => {
  it('lists each article under each of its tags, keeping order', () => {
    const groups = groupByTag([b, a, c]);
    expect([...groups.keys()]).toEqual(['math', 'rag']);
    expect(groups.get('math')!.map((x) => x.id)).toEqual(['b', 'a']);
    expect(groups.get('rag')!.map((x) => x.id)).toEqual(['b', 'c']);
  });
});


describe('readingOrder', () => {
  const entry = (id: string, date: string, series?: string, position?: number): SeriesArticleLike => ({
    id,
    filePath: `content/articles/${id}.mdx`,
    data: { title: id, pubDate: new Date(date), tags: [], draft: false, series, position },
  });
  const series = ['basics', 'training', 'evaluation'];
  const articles = [
    entry('old-loose', '2026-01-01'),
    entry('adamw', '2026-09-01', 'training', 2),
    entry('transformer', '2026-08-01', 'basics', 5),
    entry('new-loose', '2026-10-01'),
    entry('backprop', '2026-06-01', 'basics', 1),
    entry('pretraining', '2026-07-01', 'training', 1),
  ];

  it('lists the series in their given order, each by position (gaps allowed), then the rest newest first', () => {
    const order = readingOrder(articles, series);
    expect(order.series.map((s) => [s.id, s.articles.map((a) => a.id)])).toEqual([
      ['basics', ['backprop', 'transformer']],
      ['training', ['pretraining', 'adamw']],
    ]);
    expect(order.rest.map((a) => a.id)).toEqual(['new-loose', 'old-loose']);
    expect(order.all.map((a) => a.id)).toEqual(['backprop', 'transformer', 'pretraining', 'adamw', 'new-loose', 'old-loose']);
  });

  it('gives previous/next across a series boundary and into the rest', () => {
    const { all } = readingOrder(articles, series);
    expect(neighbours(all, 'transformer')).toMatchObject({ prev: { id: 'backprop' }, next: { id: 'pretraining' } });
    expect(neighbours(all, 'adamw')).toMatchObject({ prev: { id: 'pretraining' }, next: { id: 'new-loose' } });
  });

  it('names both files and the field when two articles share a position in a series', () => {
    expect(() => readingOrder([...articles, entry('attention', '2026-08-02', 'basics', 5)], series)).toThrowErrorMatchingInlineSnapshot(`
      [Error: 文章的阅读顺序有 1 处冲突：
      content/articles/transformer.mdx: position: 系列“basics”的第 5 篇已经是 content/articles/attention.mdx]
    `);
  });

  it('names the file and field for a series outside the list', () => {
    expect(() => readingOrder([entry('x', '2026-01-01', 'advanced', 1)], series)).toThrow('content/articles/x.mdx: series: 未知的系列“advanced”');
  });
});
