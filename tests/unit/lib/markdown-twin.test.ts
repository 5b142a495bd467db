import { describe, expect, it } from 'vitest';
import { markdownTwin } from '~/lib/markdown-twin';

const twin = (body: string) => markdownTwin({ title: '标题', description: '摘要。', body, url: 'https://example.com/articles/a/' });

describe('markdownTwin', () => {
  it('starts with the title, the summary and where the page is', () => {
    expect(twin('正文 $x$。')).toBe('# 标题\n\n> 摘要。\n\n原文：https://example.com/articles/a/\n\n正文 $x$。\n');
  });

  it('drops MDX-only lines: imports, exports, components and expressions', () => {
    const body = "import Chart from '../Chart.astro';\nexport const n = 1;\n\n段落\n\n<Chart data={n} />\n{n}\n\n## 小节";
    expect(twin(body)).toBe('# 标题\n\n> 摘要。\n\n原文：https://example.com/articles/a/\n\n段落\n\n## 小节\n');
  });

  it('keeps fenced code as written, import lines and all', () => {
    const body = '```python\nimport numpy as np\n{x}\n```\n\n~~~\nexport A=1\n~~~';
    expect(twin(body)).toContain('```python\nimport numpy as np\n{x}\n```\n\n~~~\nexport A=1\n~~~');
  });

  it('keeps HTML in lower case, which Markdown renders too', () => {
    expect(twin('<details>\n内容\n</details>')).toContain('<details>\n内容\n</details>');
  });
});
