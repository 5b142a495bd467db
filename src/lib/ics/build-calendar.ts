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
}

export interface CalendarOptions {
  /** Calendar name shown by the calendar app. */
  name: string;
  /** The site's host, part of every UID so they are unique and stable across builds. */
  host: string;
  /** Venue, appended to each room in LOCATION. */
  venue: string;
}

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
  const calendar = ical({ name: options.name, prodId: { company: options.host, product: 'devcon-program', language: 'ZH' } });
  calendar.method(ICalCalendarMethod.PUBLISH);
  for (const talk of talks) {
    const people = talk.speakers.length ? `\n\n讲者：${talk.speakers.join('、')}` : '';
    calendar.createEvent({
      id: talkUid(talk.id, options.host),
      stamp: now,
      start: new Date(talk.start),
      end: new Date(talk.end),
      summary: talk.title,
      description: `${talk.abstract.trim()}${people}\n\n${talk.url}`,
      location: `${talk.room}，${options.venue}`,
      url: talk.url,
      categories: [{ name: talk.track }, { name: talk.format }],
    });
  }
  return calendar.toString();
}
