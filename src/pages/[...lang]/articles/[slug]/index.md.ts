import type { APIContext } from 'astro';
import { getArticles, type Article } from '~/data/articles';
import { urlsIn } from '~/lib/urls';
import { markdownTwin } from '~/lib/markdown-twin';
import { perLocale, type Locale } from '~/i18n/locales';

/** Only articles written in the edition's language: an English page without a translation links the Chinese twin. */
export async function getStaticPaths() {
  return perLocale(async (locale) =>
    (await getArticles(locale)).filter((article) => locale !== 'en' || article.translation).map((article) => ({ params: { slug: article.id }, props: { article, locale } })),
  );
}

/** Each article as Markdown at `<url>index.md`, for readers and tools that want the source. */
export function GET({ props, site }: APIContext<{ article: Article; locale: Locale }>) {
  const { article, locale } = props;
  const pageUrl = new URL(urlsIn(locale).article(article.id), site).href;
  const body = (article.translation ?? article).body ?? '';
  const text = markdownTwin({ title: article.data.title, description: article.data.description, body, url: pageUrl });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
}
