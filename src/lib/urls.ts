import { localePath, type Locale } from '../i18n/locales.ts';

/**
 * Every page and file URL the site builds from an id, in one place: the routes under src/pages
 * and these functions change together. Site-absolute paths with a trailing slash, as Astro's
 * `trailingSlash: 'always'` serves them. `urlsIn(locale)` gives the same URLs in one edition
 * (`/en/talks/…/`); `url` is the default (Chinese) edition's.
 */
export function urlsIn(locale: Locale) {
  const at = (path: string) => localePath(locale, path);
  return {
    home: at('/'),
    article: (id: string) => at(`/articles/${id}/`),
    tag: (id: string) => at(`/tags/${id}/`),
    talk: (id: string) => at(`/talks/${id}/`),
    /** One talk as an .ics file. */
    talkCalendar: (id: string) => at(`/talks/${id}.ics`),
    speaker: (id: string) => at(`/speakers/${id}/`),
    track: (id: string) => at(`/tracks/${id}/`),
    /** A track's talks as an .ics file (also served as webcal:); `program` for all of them. */
    trackCalendar: (id: string) => at(`/calendar/${id}.ics`),
    /** One conference day of the agenda, by its date (YYYY-MM-DD). */
    day: (date: string) => at(`/agenda/${date}/`),
    /** That day's grid geometry, a stylesheet of its own, shared by both editions. */
    dayStyles: (date: string) => `/agenda/${date}.css`,
    /** Any other page of the edition: `page('/agenda/')`. */
    page: at,
  };
}

export type Urls = ReturnType<typeof urlsIn>;

export const url = urlsIn('zh-CN');
