import { describe, expect, it } from 'vitest';
import rehypeKatexStrict from '~/markdown/rehype-katex-strict';
import rehypeMathSearchText, { searchText } from '~/markdown/rehype-math-search-text';
import { toHtml } from './pipeline.ts';

const render = (markdown: string) => toHtml(markdown, { rehype: [rehypeMathSearchText, rehypeKatexStrict] });

describe('rehypeMathSearchText', () => {
  it('puts a hidden twin with the TeX source after each short inline formula', async () => {
    const { html } = await render('峰值学习率在 $10^{-5}$ 量级，维度 $d_k$。');
    expect(html).toContain('</span></span><span class="math-search-text" hidden>10^{-5}</span> 量级');
    expect(html).toContain('<span class="math-search-text" hidden>d_k</span>。');
    expect(html.match(/class="katex"/g)).toHaveLength(2);
  });

  it('stands in "⋯" for a formula with a TeX command or a long one', async () => {
    const { html } = await render('缩放 $\\frac{1}{d_k}$，以及 $a_1 + a_2 + a_3 + a_4 + a_5 + a_6$。');
    expect(html.match(/<span class="math-search-text" hidden>⋯<\/span>/g)).toHaveLength(2);
  });

  it('leaves display formulas alone', async () => {
    const { html } = await render('$$\nx^2\n$$');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('math-search-text');
  });

  it('shows plain TeX up to 24 characters', () => {
    expect(searchText('x^2')).toBe('x^2');
    expect(searchText('a'.repeat(24))).toBe('a'.repeat(24));
    expect(searchText('a'.repeat(25))).toBe('⋯');
    expect(searchText('\\alpha')).toBe('⋯');
  });

  it('writes a square root of plain TeX as √, as readers name it (根号)', () => {
    expect(searchText('\\sqrt{d_k}')).toBe('√d_k');
    expect(searchText('1/\\sqrt{d_k}')).toBe('1/√d_k');
    expect(searchText('\\sqrt{\\sigma^2}')).toBe('⋯');
  });
});
