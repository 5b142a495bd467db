import { buildCalendar, type CalendarTalk } from '~/lib/ics/build-calendar';
import type { Program, Talk } from './program.ts';

/** A talk as calendar data, with absolute URLs on `site`. */
export function calendarTalk(talk: Talk, site: URL): CalendarTalk {
  return {
    id: talk.id,
    title: talk.title,
    abstract: talk.abstract,
    start: talk.start,
    end: talk.end,
    room: talk.room.name,
    track: talk.track.name,
    format: talk.format,
    speakers: [...talk.speakers, ...talk.moderators].map((person) => person.name),
    url: new URL(talk.url, site).href,
  };
}

/** An .ics response for some talks of the program. */
export function calendarResponse(program: Program, talks: readonly Talk[], name: string, site: URL): Response {
  const body = buildCalendar(
    talks.map((talk) => calendarTalk(talk, site)),
    { name, host: site.host, venue: program.event.venue.name },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
