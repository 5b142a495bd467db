import type { APIContext } from 'astro';
import { getArticles, type Article } from '~/data/articles';
import { url } from '~/lib/urls';
import { markdownTwin } from '~/lib/markdown-twin';

export async function getStaticPaths() {
  return (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }));
}

/** Each article as Markdown at `<url>index.md`, for readers and tools that want the source. */
export function GET({ props, site }: APIContext<{ article: Article }>) {
  const { article } = props;
  const pageUrl = new URL(url.article(article.id), site).href;
  const text = markdownTwin({ title: article.data.title, description: article.data.description, body: article.body ?? '', url: pageUrl });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
