import type { APIContext } from 'astro';
import { getArticles } from '~/data/articles';
import { getProgram } from '~/data/program';
import { url } from '~/lib/urls';
import { SITE } from '~/lib/site';

/** One line of a list: Markdown link text cannot hold brackets or line breaks. */
const line = (title: string, url: string, summary: string) => `- [${title.replace(/[[\]]/g, '')}](${url}): ${summary.replace(/\s+/g, ' ').trim()}`;

/**
 * /llms.txt (llmstxt.org): what the site is, then every article (linking its Markdown twin) and
 * every talk, so a language model can find and read them without parsing pages.
 */
export async function GET({ site }: APIContext) {
  const [articles, program] = await Promise.all([getArticles(), getProgram()]);
  const absolute = (path: string) => new URL(path, site).href;
  const text = [
    `# ${SITE.name}`,
    '',
    `> ${SITE.description}`,
    '',
    '文章各有 Markdown 版本（页面地址后加 index.md）；议程的完整数据见 /schedule.json。',
    '',
    '## 文章',
    '',
    ...articles.map((article) => line(article.data.title, absolute(`${url.article(article.id)}index.md`), article.data.description)),
    '',
    '## 议程',
    '',
    ...program.talks.map((talk) => line(talk.title, absolute(talk.url), talk.abstract.split('\n')[0] ?? '')),
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
