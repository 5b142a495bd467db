const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Frontmatter dates are calendar dates parsed as UTC midnight; formatting them in UTC keeps
 * "2026-09-03" from showing as the 2nd for a build machine west of Greenwich. "2026年9月3日" in
 * Chinese, "3 September 2026" in the English edition.
 */
export function formatDate(date: Date, lang = 'zh-CN'): string {
  let formatter = formatters.get(lang);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formatters.set(lang, formatter);
  }
  return formatter.format(date);
}

/** YYYY-MM-DD for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
