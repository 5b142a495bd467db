import { buildCalendar, type CalendarTalk } from '~/lib/ics/build-calendar';
import { isChineseTag, type Locale } from '~/i18n/locales';
import { ui } from '~/i18n/ui';
import { languageName } from '~/lib/program/vocabulary';
import type { Program, Talk } from './program.ts';

/** A talk as calendar data in `locale`'s edition, with absolute URLs on `site`. */
export function calendarTalk(talk: Talk, site: URL, locale: Locale): CalendarTalk {
  const t = ui(locale);
  // The session's own language is said when it is not the calendar's: a German talk in either edition, a Chinese one in English.
  const ownLanguage = locale === 'en' ? /^en(?:-|$)/i.test(talk.language) : isChineseTag(talk.language);
  return {
    id: talk.id,
    title: talk.title,
    abstract: talk.abstract,
    start: talk.start,
    end: talk.end,
    room: talk.room.name,
    track: talk.track.name,
    format: t.formatName(talk.format),
    speakers: [...talk.speakers, ...talk.moderators].map((person) => person.name),
    url: new URL(talk.url, site).href,
    textLanguage: talk.textLanguage,
    spokenLanguage: ownLanguage ? undefined : languageName(talk.language, t.htmlLang),
  };
}

/** An .ics response for some talks of the program, in the program's edition. */
export function calendarResponse(program: Program, talks: readonly Talk[], name: string, site: URL): Response {
  const body = buildCalendar(
    talks.map((talk) => calendarTalk(talk, site, program.locale)),
    { name, host: site.host, venue: program.event.venue.name, lang: program.locale },
  );
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
