import { describe, expect, it } from 'vitest';
import { articleUrl, groupByTag, isPublished, neighbours, sortNewestFirst, type ArticleLike } from '~/lib/articles';

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

describe('articleUrl', () => {
  it('builds the page path with a trailing slash', () => expect(articleUrl('lora')).toBe('/articles/lora/'));
});
