import { describe, expect, it } from 'vitest';
import { feedHtml } from '~/lib/feed-html';

const PAGE = 'https://devcon.example.com/articles/attention/';

describe('feedHtml', () => {
  it('keeps a formula’s MathML and drops the aria-hidden HTML copy and the hidden search twin', () => {
    const html = feedHtml(
      '<p>除以 <span class="katex"><span class="katex-mathml"><math><mi>d</mi></math></span><span class="katex-html" aria-hidden="true"><span class="mord" style="height:1em">d</span></span></span><span class="math-search-text" hidden>d</span>。</p>',
      PAGE,
    );
    expect(html).toBe('<p>除以 <span class="katex"><span class="katex-mathml"><math><mi>d</mi></math></span></span>。</p>');
  });

  it('makes links and images absolute against the page, leaving full URLs and data: images alone', () => {
    const html = feedHtml('<p><a href="/articles/loss/">损失</a> <a href="#梯度">梯度</a> <a href="https://arxiv.org/abs/1706.03762">论文</a> <img src="figure.png" alt="图"><img src="data:image/png;base64,AA" alt=""></p>', PAGE);
    expect(html).toContain('href="https://devcon.example.com/articles/loss/"');
    expect(html).toContain('href="https://devcon.example.com/articles/attention/#%E6%A2%AF%E5%BA%A6"');
    expect(html).toContain('href="https://arxiv.org/abs/1706.03762"');
    expect(html).toContain('src="https://devcon.example.com/articles/attention/figure.png"');
    expect(html).toContain('src="data:image/png;base64,AA"');
  });

  it('turns a diagram into its source and a link to the page that draws it', () => {
    const html = feedHtml(
      '<figure class="diagram"><mermaid-diagram data-title="流程"><pre class="mermaid-source" tabindex="0">flowchart LR\n  A --&gt; B</pre></mermaid-diagram><figcaption>流程</figcaption></figure>',
      PAGE,
    );
    expect(html).toBe(
      `<figure class="diagram"><pre>flowchart LR\n  A --> B</pre><p>此处是一幅 Mermaid 图的源码，<a href="${PAGE}">在网页上查看绘制好的图</a>。</p><figcaption>流程</figcaption></figure>`,
    );
  });

  it('leaves no scripts, buttons, inline styles or event handlers', () => {
    const html = feedHtml(
      '<h2 id="a">标题<a class="heading-anchor" href="#a">#</a></h2><script>alert(1)</script><figure><figcaption><copy-code><button>复制</button></copy-code></figcaption><pre style="color:red" onclick="x()"><code>x = 1</code></pre></figure>',
      PAGE,
    );
    expect(html).toBe('<h2 id="a">标题</h2><figure><figcaption></figcaption><pre><code>x = 1</code></pre></figure>');
  });
});
