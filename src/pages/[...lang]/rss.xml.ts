import { getContainerRenderer as mdxRenderer } from '@astrojs/mdx';
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { getArticles } from '~/data/articles';
import { urlsIn } from '~/lib/urls';
import { FEED_ITEMS, feedHtml } from '~/lib/feed-html';
import { localeParams, type Locale } from '~/i18n/locales';
import { ui } from '~/i18n/ui';

export const getStaticPaths = localeParams;

/**
 * The newest articles, each with its full text (content:encoded) so it can be read in the feed
 * reader. The English feed (/en/rss.xml) carries the articles that have an English version.
 */
export async function GET(context: APIContext<{ locale: Locale }>) {
  const { locale } = context.props;
  const t = ui(locale);
  const url = urlsIn(locale);
  const articles = (await getArticles(locale)).filter((article) => locale !== 'en' || article.translation).slice(0, FEED_ITEMS);
  // The container renders an entry's <Content /> to a string outside a page, MDX entries included.
  const container = await AstroContainer.create({ renderers: await loadRenderers([mdxRenderer()]) });
  const items = [];
  for (const article of articles) {
    const pageUrl = new URL(url.article(article.id), context.site).href;
    const { Content } = await render(article.translation ?? article);
    items.push({
      title: article.data.title,
      description: article.data.description,
      pubDate: article.translation?.data.pubDate ?? article.data.pubDate,
      link: url.article(article.id),
      categories: article.data.tags.map((tag) => t.tagName(tag)),
      author: t.list(article.data.authors),
      content: feedHtml(await container.renderToString(Content), pageUrl),
    });
  }
  return rss({
    title: `${t.siteName} · ${t.feedTitle}`,
    description: t.siteDescription,
    site: context.site!,
    customData: `<language>${t.htmlLang}</language>`,
    items,
  });
}
