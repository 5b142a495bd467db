import * as cheerio from 'cheerio';
import type { Dist } from './dist.ts';

/** Every page path the site's sitemap lists, the way a crawler finds them. */
export function sitemapPages(dist: Dist): string[] {
  const index = cheerio.load(dist.text('sitemap-index.xml'), { xml: true });
  return index('sitemap > loc')
    .map((_, el) => new URL(index(el).text()).pathname.slice(1))
    .get()
    .flatMap((file) => {
      const sitemap = cheerio.load(dist.text(file), { xml: true });
      return sitemap('url > loc').map((_, el) => new URL(sitemap(el).text()).pathname).get();
    });
}
