import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getArticles } from '~/data/articles';
import { url } from '~/lib/urls';
import { FEED_ITEMS, feedHtml } from '~/lib/feed-html';
import { SITE } from '~/lib/site';
import { TAGS } from '~/schemas/tags';

/** The newest articles, each with its full text (content:encoded) so it can be read in the feed reader. */
export async function GET(context: APIContext) {
  const articles = (await getArticles()).slice(0, FEED_ITEMS);
  // The container renders an entry's <Content /> to a string outside a page, MDX entries included.
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const items = [];
  for (const article of articles) {
    const pageUrl = new URL(url.article(article.id), context.site).href;
    const { Content } = await render(article);
    items.push({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.data.pubDate,
      link: url.article(article.id),
      categories: article.data.tags.map((tag) => TAGS[tag]),
      author: article.data.authors.join('、'),
      content: feedHtml(await container.renderToString(Content), pageUrl),
    });
  }
  return rss({
    title: `${SITE.name} · 文章`,
    description: SITE.description,
    site: context.site!,
    customData: '<language>zh-CN</language>',
    items,
  });
}
