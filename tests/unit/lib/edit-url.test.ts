import { describe, expect, it } from 'vitest';
import { editUrl } from '~/lib/edit-url';

describe('editUrl', () => {
  it.each([
    ['https://github.com/org/site/edit/main/', 'content/articles/a.mdx', 'https://github.com/org/site/edit/main/content/articles/a.mdx'],
    ['https://github.com/org/site/edit/main', 'content/articles/a.mdx', 'https://github.com/org/site/edit/main/content/articles/a.mdx'],
    ['https://git.example.com/site/-/edit/main/', 'content/articles/注意力.md', 'https://git.example.com/site/-/edit/main/content/articles/%E6%B3%A8%E6%84%8F%E5%8A%9B.md'],
  ])('%s + %s', (base, path, expected) => expect(editUrl(base, path)).toBe(expected));

  it('gives no link when no repository is configured', () => {
    expect(editUrl(undefined, 'content/articles/a.mdx')).toBeUndefined();
    expect(editUrl('', 'content/articles/a.mdx')).toBeUndefined();
  });

  it('names the setting when it is not a URL', () => {
    expect(() => editUrl('github.com/org/site', 'a.md')).toThrowErrorMatchingInlineSnapshot(
      `[Error: EDIT_BASE_URL is not an absolute URL: "github.com/org/site" (expected e.g. https://github.com/org/site/edit/main/)]`,
    );
  });
});
