/**
 * Every page and file URL the site builds from an id, in one place: the routes under src/pages
 * and these functions change together. Site-absolute paths with a trailing slash, as Astro's
 * `trailingSlash: 'always'` serves them.
 */
export const url = {
  article: (id: string) => `/articles/${id}/`,
  tag: (id: string) => `/tags/${id}/`,
  talk: (id: string) => `/talks/${id}/`,
  /** One talk as an .ics file. */
  talkCalendar: (id: string) => `/talks/${id}.ics`,
  speaker: (id: string) => `/speakers/${id}/`,
  track: (id: string) => `/tracks/${id}/`,
  /** A track's talks as an .ics file (also served as webcal:). */
  trackCalendar: (id: string) => `/calendar/${id}.ics`,
  /** One conference day of the agenda, by its date (YYYY-MM-DD). */
  day: (date: string) => `/agenda/${date}/`,
  /** That day's grid geometry, a stylesheet of its own. */
  dayStyles: (date: string) => `/agenda/${date}.css`,
};
