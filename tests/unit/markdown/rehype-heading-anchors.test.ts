import { describe, expect, it } from 'vitest';
import rehypeHeadingAnchors from '~/markdown/rehype-heading-anchors';
import { toHtml } from './pipeline.ts';

describe('rehypeHeadingAnchors', () => {
  it('gives h2–h4 ids and a self-link without text, and leaves h1 alone', async () => {
    const { html } = await toHtml('# 标题\n\n## 缩放点积注意力\n\n### Multi-Head Attention\n\n##### 太深', {
      rehype: [rehypeHeadingAnchors],
    });
    expect(html).toContain('<h1>标题</h1>');
    expect(html).toContain(
      '<h2 id="缩放点积注意力">缩放点积注意力<a class="heading-anchor" href="#缩放点积注意力" aria-label="本节链接：缩放点积注意力"></a></h2>',
    );
    expect(html).toContain('<h3 id="multi-head-attention">');
    expect(html).toContain('<h5>太深</h5>');
  });

  it('makes repeated headings unique', async () => {
    const { html } = await toHtml('## 小结\n\n## 小结', { rehype: [rehypeHeadingAnchors] });
    expect(html).toContain('id="小结"');
    expect(html).toContain('id="小结-1"');
  });
});
