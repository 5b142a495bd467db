import ical, { ICalCalendarMethod } from 'ical-generator';

/** What a calendar entry needs of a talk; plain data so the browser can build one too. */
export interface CalendarTalk {
  id: string;
  title: string;
  abstract: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  room: string;
  track: string;
  format: string;
  speakers: readonly string[];
  /** Absolute URL of the talk page. */
  url: string;
  /** BCP 47 tag of the language the title and abstract are written in (the LANGUAGE parameter of SUMMARY and DESCRIPTION). */
  textLanguage?: string | undefined;
  /** The language the session is given in, by name, when it is not the calendar's own: "English", "德语". */
  spokenLanguage?: string | undefined;
}

export interface CalendarOptions {
  /** Calendar name shown by the calendar app. */
  name: string;
  /** The site's host, part of every UID so they are unique and stable across builds. */
  host: string;
  /** Venue, appended to each room in LOCATION. */
  venue: string;
  /** The calendar's language: its labels, and the language of its own texts (default zh-CN). */
  lang?: string | undefined;
}

const LABELS = {
  zh: { speakers: '讲者：', language: '语言：', list: '、', location: '，' },
  en: { speakers: 'Speakers: ', language: 'Language: ', list: ', ', location: ', ' },
};

/** The stable UID of a talk: the same across builds, so calendars update instead of duplicating. */
export function talkUid(id: string, host: string): string {
  return `talk-${id}@${host}`;
}

/**
 * An RFC 5545 calendar of talks. ical-generator escapes TEXT values, ends lines with CRLF and
 * folds at 75 octets without splitting a UTF-8 character, which long Chinese lines need.
 * Times are written in UTC, which every client converts to its own zone.
 */
export function buildCalendar(talks: readonly CalendarTalk[], options: CalendarOptions, now: Date = new Date()): string {
  const english = options.lang === 'en';
  const label = english ? LABELS.en : LABELS.zh;
  const calendar = ical({ name: options.name, prodId: { company: options.host, product: 'devcon-program', language: english ? 'EN' : 'ZH' } });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const talk of talks) {
    const people = talk.speakers.length ? `\n\n${label.speakers}${talk.speakers.join(label.list)}` : '';
    const spoken = talk.spokenLanguage ? `\n${label.language}${talk.spokenLanguage}` : '';
    calendar.createEvent({
      id: talkUid(talk.id, options.host),
      stamp: now,
      start: new Date(talk.start),
      end: new Date(talk.end),
      summary: talk.title,
      description: `${talk.abstract.trim()}${people}${spoken}\n\n${talk.url}`,
      location: `${talk.room}${label.location}${options.venue}`,
      url: talk.url,
      categories: [{ name: talk.track }, { name: talk.format }],
    });
  }
  return withLanguages(calendar.toString(), talks.map((talk) => talk.textLanguage));
}

/**
 * RFC 5545's LANGUAGE parameter on each event's SUMMARY and DESCRIPTION (ical-generator has no
 * option for it), so a calendar app knows a German session's title is German. The lines are
 * unfolded, given the parameter, and folded again at 75 octets without splitting a character.
 */
function withLanguages(ics: string, languages: readonly (string | undefined)[]): string {
  if (languages.every((language) => !language)) return ics;
  let event = -1;
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n').map((line) => {
    if (line === 'BEGIN:VEVENT') event += 1;
    const language = event >= 0 ? languages[event] : undefined;
    return language && /^(SUMMARY|DESCRIPTION)[:;]/.test(line) ? line.replace(/^(SUMMARY|DESCRIPTION)/, `$1;LANGUAGE=${language}`) : line;
  });
  return lines.map(fold).join('\r\n');
}

const encoder = new TextEncoder();

function fold(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let part = '';
  let size = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation line starts with a space, so 74 more.
    if (size + bytes > (parts.length === 0 ? 75 : 74)) {
      parts.push(part);
      part = '';
      size = 0;
    }
    part += char;
    size += bytes;
  }
  parts.push(part);
  return parts.join('\r\n ');
}
