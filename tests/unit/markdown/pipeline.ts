import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

/** Runs Markdown through remark-parse → plugins → HTML, the way Astro's unified processor does. */
export async function toHtml(markdown: string, { remark = [], rehype = [] }: { remark?: PluggableList; rehype?: PluggableList }) {
  const file = new VFile({ value: markdown, path: 'content/articles/sample.md', data: { astro: { frontmatter: {} } } });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMath)
    .use(remark)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehype)
    .use(rehypeStringify, { allowDangerousHtml: true })
    .process(file);
  return { html: String(result), frontmatter: (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter };
}
