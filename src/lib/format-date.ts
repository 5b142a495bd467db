const formatter = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * Frontmatter dates are calendar dates parsed as UTC midnight; formatting them in UTC keeps
 * "2026-09-03" from showing as the 2nd for a build machine west of Greenwich.
 */
export function formatDate(date: Date): string {
  return formatter.format(date);
}

/** YYYY-MM-DD for <time datetime>. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
