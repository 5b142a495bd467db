import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getArticles } from '~/data/articles';
import { articleUrl } from '~/lib/articles';
import { SITE } from '~/lib/site';
import { TAGS } from '~/schemas/tags';

export async function GET(context: APIContext) {
  const articles = await getArticles();
  return rss({
    title: `${SITE.name} · 文章`,
    description: SITE.description,
    site: context.site!,
    customData: '<language>zh-CN</language>',
    items: articles.map((article) => ({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.pubDate,
      link: articleUrl(article.id),
      categories: article.data.tags.map((tag) => TAGS[tag]),
      author: article.data.authors.join('、'),
    })),
  });
}
