/** Preference order for pretalx's translated fields: the site is in Simplified Chinese. */
const PREFERRED = [/^zh$/i, /^zh[-_](hans|cn|sg)$/i, /^zh/i, /^en$/i, /^en/i];

/**
 * The text of a field that pretalx writes either as a string or, when the event has several
 * languages, as `{ "en": "…", "zh": "…" }`: Chinese first, else English, else the first language
 * given. Blank strings count as missing (undefined).
 */
export function pickText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '');
  for (const pattern of PREFERRED) {
    const match = entries.find(([language]) => pattern.test(language));
    if (match) return match[1].trim();
  }
  return entries[0]?.[1].trim();
}
