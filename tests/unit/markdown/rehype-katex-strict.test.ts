import { describe, expect, it } from 'vitest';
import rehypeKatexStrict from '~/markdown/rehype-katex-strict';
import { toHtml } from './pipeline.ts';

const render = (markdown: string) => toHtml(markdown, { rehype: [rehypeKatexStrict] });

describe('rehypeKatexStrict', () => {
  it('renders inline and display math with MathML for screen readers', async () => {
    const { html } = await render('行内 $x^2$。\n\n$$\n\\frac{a}{b}\n$$');
    expect(html).toContain('class="katex"');
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    expect(html).not.toContain('$');
  });

  it('fails naming the file, line and KaTeX reason for an unknown command', async () => {
    await expect(render('第一行\n\n公式 $\\fracc{a}{b}$')).rejects.toThrow(
      /公式无法渲染（KaTeX）：content\/articles\/sample\.md:3:\d+\n.*Undefined control sequence: \\fracc/,
    );
  });

  it('fails on Chinese text in math mode that is not wrapped in \\text{}', async () => {
    await expect(render('$损失 = 1$')).rejects.toThrow(/公式无法渲染/);
  });

  it('accepts Chinese inside \\text{}', async () => {
    const { html } = await render('$\\text{损失} = 1$');
    expect(html).toContain('损失');
  });

  it('never leaves KaTeX error markup in the page', async () => {
    await expect(render('$\\left( x$')).rejects.toThrow();
  });
});
