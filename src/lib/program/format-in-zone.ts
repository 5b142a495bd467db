/*
 * Time formatting for the browser as well as the build: Intl only (the browser's own time-zone
 * data), so pages that convert times in the reader's zone do not ship the Temporal polyfill.
 */
const formats = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat; short: Intl.DateTimeFormat; iso: Intl.DateTimeFormat; day: Intl.DateTimeFormat; offset: Intl.DateTimeFormat }>();

/** The reader's language for dates: the site's editions are zh-CN and en (British English dates, "Sat 12 December"). */
function dateLocale(lang: string): string {
  return lang === 'en' ? 'en-GB' : lang;
}

function formatsFor(zone: string, lang = 'zh-CN') {
  const key = `${zone}\0${lang}`;
  let f = formats.get(key);
  if (!f) {
    const locale = dateLocale(lang);
    f = {
      time: new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
      date: new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', timeZone: zone }),
      short: new Intl.DateTimeFormat(locale, { month: 'numeric', day: 'numeric', timeZone: zone }),
      iso: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }),
      day: new Intl.DateTimeFormat(locale, { month: 'long', day: 'numeric', weekday: 'short', timeZone: zone }),
      offset: new Intl.DateTimeFormat('en-US', { timeZoneName: 'longOffset', timeZone: zone }),
    };
    formats.set(key, f);
  }
  return f;
}

/** The calendar date (YYYY-MM-DD) of an instant in `zone`. */
export function isoDateInZone(epochMs: number, zone: string): string {
  return formatsFor(zone).iso.format(epochMs);
}

/**
 * An instant as the reader in `zone` would say it: "17:10", or "12月11日 17:10" when that is a
 * different calendar day from `eventDay` (YYYY-MM-DD), e.g. a Shanghai morning talk seen from
 * Los Angeles. With `compact`, the date is "12/11" on a line of its own, for the agenda grid's
 * narrow time column.
 */
export function formatInZone(epochMs: number, zone: string, eventDay: string, compact = false, lang = 'zh-CN'): string {
  const f = formatsFor(zone, lang);
  const time = f.time.format(epochMs);
  if (f.iso.format(epochMs) === eventDay) return time;
  return compact ? `${f.short.format(epochMs)}\n${time}` : `${f.date.format(epochMs)} ${time}`;
}

/** "12月12日周六" (in English "Sat 12 December") of an instant in a zone. */
export function formatDayLabel(epochMs: number, zone: string, lang = 'zh-CN'): string {
  return formatsFor(zone, lang).day.format(epochMs);
}

/** "UTC+8", "UTC−7", "UTC+5:30" for an instant in a zone. */
export function utcOffsetLabel(epochMs: number, zone: string): string {
  const name = formatsFor(zone).offset.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 'UTC+0';
  const [, sign, hours, minutes] = match;
  const h = String(Number(hours));
  return `UTC${sign === '-' ? '−' : '+'}${minutes === '00' ? h : `${h}:${minutes}`}`;
}
