/**
 * The site's two editions: Simplified Chinese at the current URLs, English under /en/. Every
 * page under src/pages/[...lang]/ is built once per locale; its `lang` parameter is the URL
 * prefix (undefined for Chinese, so Chinese URLs have none).
 */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'zh-CN';

/** The path segment each locale's pages live under; none for the default. */
const SEGMENT: Record<Locale, string | undefined> = { 'zh-CN': undefined, en: 'en' };

/** `<html lang>`, hreflang and Intl use the same BCP 47 tags. */
export const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' };

/** getStaticPaths entries for a page with no other parameters: one per locale. */
export function localeParams(): { params: { lang: string | undefined }; props: { locale: Locale } }[] {
  return LOCALES.map((locale) => ({ params: { lang: SEGMENT[locale] }, props: { locale } }));
}

/** getStaticPaths entries for each locale × each of `paths` (a function of the locale). */
export async function perLocale<P extends { params: Record<string, string | undefined>; props?: object }>(
  paths: (locale: Locale) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
  const all = await Promise.all(LOCALES.map(async (locale) => (await paths(locale)).map((path) => ({ ...path, params: { ...path.params, lang: SEGMENT[locale] } }))));
  return all.flat();
}

/** The locale a site path belongs to. */
export function localeOf(pathname: string): Locale {
  return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : DEFAULT_LOCALE;
}

/** A site path (`/agenda/`) in `locale`'s edition (`/en/agenda/`). */
export function localePath(locale: Locale, path: string): string {
  const segment = SEGMENT[locale];
  return segment ? `/${segment}${path}` : path;
}

/** The same page in the default locale: `/en/agenda/` → `/agenda/`. */
export function unlocalizedPath(pathname: string): string {
  if (localeOf(pathname) === DEFAULT_LOCALE) return pathname;
  return pathname.slice('/en'.length) || '/';
}

/** True for Chinese text in any of its tags (zh, zh-CN, zh-Hans …). */
export function isChineseTag(tag: string): boolean {
  return /^zh(?:-|$)/i.test(tag);
}

/**
 * The `lang` attribute for text written in `textLanguage` on a page of `locale`: undefined when it
 * is the page's own language, so only text in another language is marked.
 */
export function contentLang(textLanguage: string, locale: Locale): string | undefined {
  const same = locale === 'en' ? /^en(?:-|$)/i.test(textLanguage) : isChineseTag(textLanguage);
  return same ? undefined : isChineseTag(textLanguage) ? 'zh-CN' : textLanguage;
}
