import { describe, expect, it } from 'vitest';
import remarkPageFeatures from '~/markdown/remark-page-features';
import { toHtml } from './pipeline.ts';

describe('remarkPageFeatures', () => {
  it.each([
    ['plain prose', '只是一段文字。', { hasMath: false, hasMermaid: false, hasCode: false }],
    ['inline math', '损失 $L$ 很小。', { hasMath: true, hasMermaid: false, hasCode: false }],
    ['display math', '$$\na^2+b^2=c^2\n$$', { hasMath: true, hasMermaid: false, hasCode: false }],
    ['a diagram', '```mermaid\nflowchart LR\n  A --> B\n```', { hasMath: false, hasMermaid: true, hasCode: false }],
    ['a code block', '```python\nprint(1)\n```', { hasMath: false, hasMermaid: false, hasCode: true }],
  ])('detects %s', async (_, markdown, expected) => {
    const { frontmatter } = await toHtml(markdown, { remark: [remarkPageFeatures] });
    expect(frontmatter).toMatchObject(expected);
  });

  it('estimates reading time from the prose', async () => {
    const { frontmatter } = await toHtml('训'.repeat(2000), { remark: [remarkPageFeatures] });
    expect(frontmatter['readingMinutes']).toBe(5);
  });
});
