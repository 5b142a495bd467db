import { createHash } from 'node:crypto';
import { url } from '../urls.ts';
import { conferenceDayOf, type DayBounds } from '../program/conference-day.ts';
import { isoWithOffset, minutesInDay, timeInZone } from '../program/time.ts';
import { numericId, scheduleGuid } from './guids.ts';

/** A person as this export needs it; the program's resolved speakers satisfy it. */
export interface ExportPerson {
  id: string;
  /** The guid it had in an imported export, kept so apps recognise the person. */
  guid?: string | undefined;
  name: string;
  bio: string;
  /** Site path: /speakers/<id>/ */
  url: string;
}

/** A talk as this export needs it; the talks of `getProgram()` satisfy it. */
export interface ExportTalk {
  id: string;
  /** Site path: /talks/<id>/ */
  url: string;
  title: string;
  abstract: string;
  format: string;
  language: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  room: { name: string };
  track: { name: string };
  speakers: readonly ExportPerson[];
  moderators: readonly ExportPerson[];
  articles: readonly { id: string; data: { title: string } }[];
  slides?: string | undefined;
  video?: string | undefined;
  pretalx?: string | undefined;
  /** The guid it had in an imported export, kept so apps keep their favourites. */
  guid?: string | undefined;
}

/** The program as this export needs it; `getProgram()` satisfies it. */
export interface ExportProgram {
  event: { id: string; name: string; edition: string; description: string; timeZone: string };
  /** The conference days with their boundaries: a session belongs to the day that holds its start. */
  days: readonly DayBounds[];
  rooms: readonly { id: string; name: string; capacity: number }[];
  tracks: readonly { id: string; name: string; color: string }[];
  talks: readonly ExportTalk[];
}

export interface C3vocLink {
  url: string;
  title: string;
  type: 'slides' | 'media' | 'article';
}

export interface C3vocPerson {
  guid: string;
  name: string;
  /** frab's name for `name`; older apps read only this one. */
  public_name: string;
  biography: string;
  url: string;
}

export interface C3vocEvent {
  guid: string;
  /** Deprecated by c3voc but still required; derived from the guid. */
  id: number;
  /** The pretalx submission code, for talks imported from pretalx. */
  code?: string;
  /** Start, ISO 8601 with the event's offset. */
  date: string;
  end: string;
  /** HH:MM in the event's zone. */
  start: string;
  /** HH:MM */
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string;
  track: string;
  /** The talk's format (主题演讲, 技术研讨 …). */
  type: string;
  language: string;
  abstract: string;
  description: string;
  recording_license: string;
  do_not_record: boolean;
  persons: C3vocPerson[];
  links: C3vocLink[];
}

export interface C3vocDay {
  index: number;
  date: string;
  day_start: string;
  day_end: string;
  /** Room name → its talks that day, in time order. */
  rooms: Record<string, C3vocEvent[]>;
}

export interface C3vocConference {
  acronym: string;
  title: string;
  description: string;
  url: string;
  start: string;
  end: string;
  daysCount: number;
  time_zone_name: string;
  timeslot_duration: string;
  rooms: { name: string; slug: string; guid: string; capacity: number }[];
  tracks: { name: string; slug: string; color: string }[];
  days: C3vocDay[];
}

export interface C3vocSchedule {
  $schema: string;
  schedule: { version: string; base_url: string; conference: C3vocConference };
}

const SCHEMA_URL = 'https://c3voc.de/schedule/schema.json';

/** "01:05" for 65 minutes. */
export function formatDuration(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * The schema allows letters, digits and underscores after the first character, four at least:
 * devcon-2026 → devcon_2026; an id as short as "big" takes its edition along (big_2026).
 */
function acronym(eventId: string, edition: string): string {
  const base = eventId.toLowerCase().replace(/[^a-z0-9]+/g, '_');
  return base.length >= 4 ? base : `${base}_${edition.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`.padEnd(4, '_');
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The coarsest grid every start and end falls on (apps draw their rows with it), at most an hour:
 * "00:05" for a program with talks at 09:10 and 09:45.
 */
function timeslot(talks: readonly ExportTalk[], timeZone: string): string {
  const marks = talks.flatMap((talk) => [minutesInDay(talk.start, timeZone), minutesInDay(talk.end, timeZone)]);
  return formatDuration(marks.reduce(gcd, 60));
}

function toEvent(talk: ExportTalk, timeZone: string, site: URL): C3vocEvent {
  const guid = talk.guid ?? scheduleGuid('talk', talk.id);
  const people = new Map([...talk.speakers, ...talk.moderators].map((person) => [person.id, person]));
  const links: C3vocLink[] = [];
  if (talk.slides) links.push({ url: talk.slides, title: '演示文稿', type: 'slides' });
  if (talk.video) links.push({ url: talk.video, title: '录像', type: 'media' });
  for (const article of talk.articles) links.push({ url: new URL(url.article(article.id), site).href, title: article.data.title, type: 'article' });
  return {
    guid,
    id: numericId(guid),
    // The schema only admits pretalx's upper-case codes here; a frab id (digits only) is already
    // carried by the guid the talk kept from its import.
    ...(talk.pretalx && /^(?=.*[A-Z])[A-Z0-9]+$/.test(talk.pretalx) ? { code: talk.pretalx } : {}),
    date: isoWithOffset(talk.start, timeZone),
    end: isoWithOffset(talk.end, timeZone),
    start: timeInZone(talk.start, timeZone),
    duration: formatDuration(Math.round((talk.end - talk.start) / 60_000)),
    room: talk.room.name,
    slug: talk.id,
    url: new URL(talk.url, site).href,
    title: talk.title,
    subtitle: '',
    track: talk.track.name,
    type: talk.format,
    language: talk.language,
    abstract: talk.abstract.trim(),
    description: '',
    recording_license: '',
    do_not_record: false,
    persons: [...people.values()].map((person) => ({
      guid: person.guid ?? scheduleGuid('speaker', person.id),
      name: person.name,
      public_name: person.name,
      biography: person.bio.trim(),
      url: new URL(person.url, site).href,
    })),
    links,
  };
}

/**
 * The program in the c3voc schedule JSON format that pretalx and frab publish
 * (https://c3voc.de/wiki/schedule), the model both /schedule.json and /schedule.xml are written
 * from. Guids are UUID v5 of the talk, room and speaker ids, so they never change between builds.
 */
export function toC3voc(program: ExportProgram, site: URL): C3vocSchedule {
  const { event } = program;
  const { timeZone } = event;
  const talks = [...program.talks].sort((a, b) => a.start - b.start || a.id.localeCompare(b.id));
  const dates = program.days.map((day) => day.date);

  const days = program.days.map((day, index): C3vocDay => {
    const today = talks.filter((talk) => conferenceDayOf(talk.start, program.days) === day.date);
    const rooms: Record<string, C3vocEvent[]> = {};
    for (const room of program.rooms) rooms[room.name] = [];
    for (const talk of today) (rooms[talk.room.name] ??= []).push(toEvent(talk, timeZone, site));
    // The span the sessions fill; an empty day reports its whole declared span.
    const start = today.length ? Math.min(...today.map((talk) => talk.start)) : day.start;
    const end = today.length ? Math.max(...today.map((talk) => talk.end)) : day.end - 60_000;
    return { index: index + 1, date: day.date, day_start: isoWithOffset(start, timeZone), day_end: isoWithOffset(end, timeZone), rooms };
  });

  const conference: C3vocConference = {
    acronym: acronym(event.id, event.edition),
    title: event.name,
    description: event.description.trim(),
    url: site.href,
    start: dates[0] ?? '',
    end: dates.at(-1) ?? '',
    daysCount: dates.length,
    time_zone_name: timeZone,
    timeslot_duration: timeslot(talks, timeZone),
    rooms: program.rooms.map((room) => ({ name: room.name, slug: room.id, guid: scheduleGuid('room', room.id), capacity: room.capacity })),
    tracks: program.tracks.map((track) => ({ name: track.name, slug: track.id, color: track.color })),
    days,
  };
  // Apps compare `version` to tell a changed schedule from the one they have; a digest of the
  // content changes exactly when the program does.
  const digest = createHash('sha256').update(JSON.stringify(conference)).digest('hex').slice(0, 8);
  return { $schema: SCHEMA_URL, schedule: { version: `${event.edition}-${digest}`, base_url: new URL('/', site).href, conference } };
}
