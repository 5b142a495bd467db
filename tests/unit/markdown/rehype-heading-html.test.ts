import { describe, expect, it } from 'vitest';
import rehypeHeadingAnchors from '~/markdown/rehype-heading-anchors';
import rehypeHeadingHtml from '~/markdown/rehype-heading-html';
import rehypeKatexStrict from '~/markdown/rehype-katex-strict';
import rehypeMathSearchText from '~/markdown/rehype-math-search-text';
import { toHtml } from './pipeline.ts';

const render = (markdown: string) => toHtml(markdown, { rehype: [rehypeHeadingAnchors, rehypeMathSearchText, rehypeKatexStrict, rehypeHeadingHtml] });

describe('rehypeHeadingHtml', () => {
  it('keeps a heading with a formula as HTML, without its self-link or search-only text', async () => {
    const { frontmatter } = await render('## $(\\varepsilon,\\delta)$ 差分隐私\n\n正文。');
    const headingHtml = frontmatter['headingHtml'] as Record<string, string>;
    expect(Object.keys(headingHtml)).toEqual(['varepsilondelta-差分隐私']);
    const html = headingHtml['varepsilondelta-差分隐私'];
    expect(html).toMatch(/^<span class="katex">.*<\/span> 差分隐私$/);
    expect(html).not.toContain('heading-anchor');
    expect(html).not.toContain('math-search-text');
  });

  it('names the self-link of a heading with a formula from the MathML, not the TeX source', async () => {
    const { html } = await render('## $(\\varepsilon,\\delta)$ 差分隐私\n\n正文。');
    expect(html).toContain('aria-label="本节链接：(ε,δ) 差分隐私"');
  });

  it('records nothing for headings without a formula', async () => {
    const { frontmatter } = await render('## 小结\n\n正文里有 $x$。');
    expect(frontmatter['headingHtml']).toEqual({});
  });
});
