import { describe, expect, it } from 'vitest';
import rehypeKatexStrict from '~/markdown/rehype-katex-strict';
import rehypeScrollRegions from '~/markdown/rehype-scroll-regions';
import { toHtml } from './pipeline.ts';
import remarkGfm from 'remark-gfm';

describe('rehypeScrollRegions', () => {
  it('gives display math a tab stop and a name of its own, and leaves inline math alone', async () => {
    const { html } = await toHtml('行内 $x$\n\n$$\nx^2\n$$\n\n$$\ny^2\n$$', { rehype: [rehypeKatexStrict, rehypeScrollRegions] });
    expect(html).toContain('<section class="katex-display" tabindex="0" aria-label="公式 1">');
    expect(html).toContain('<section class="katex-display" tabindex="0" aria-label="公式 2">');
    expect(html.match(/tabindex/g)).toHaveLength(2);
  });

  it('wraps tables in a focusable scrolling region', async () => {
    const { html } = await toHtml('| a | b |\n| - | - |\n| 1 | 2 |', { remark: [remarkGfm], rehype: [rehypeScrollRegions] });
    expect(html).toMatch(/^<section class="table-scroll" tabindex="0" aria-label="表格 1"><table>/);
  });
});
