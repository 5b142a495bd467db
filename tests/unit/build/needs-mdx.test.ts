import { describe, expect, it } from 'vitest';
import { needsMdx } from '~/build/needs-mdx';

describe('needsMdx', () => {
  it.each([
    ['plain prose, math and code', '正文 $a<b$ 与 $\\frac{1}{2}$。\n\n$$\n\\sum_{i}\n$$\n\n```python\nd = {"a": 1}\nif a<b: pass\n```\n\n行内 `{x}` 代码。', false],
    ['an import', "import Chart from '../Chart.astro';\n\n正文", true],
    ['an export', 'export const x = 1;\n\n正文', true],
    ['a component', '正文\n\n<Chart data="x" />', true],
    ['an HTML tag', '正文 <kbd>Ctrl</kbd>', true],
    ['an expression', '共 {count} 项', true],
    ['an indented line (code in Markdown, a paragraph in MDX)', '正文\n\n    缩进', true],
    ['a tilde fence with braces', '~~~json\n{"a": 1}\n~~~', false],
  ])('%s → %s', (_, body, expected) => expect(needsMdx(body)).toBe(expected));
});
