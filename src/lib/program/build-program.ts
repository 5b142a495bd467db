import { createHash } from 'node:crypto';
import type { z } from 'astro/zod';
import type { eventSchema } from '~/schemas/event';
import type { roomSchema } from '~/schemas/room';
import type { speakerSchema } from '~/schemas/speaker';
import type { TagId } from '~/schemas/tags';
import type { talkSchema } from '~/schemas/talk';
import type { trackSchema } from '~/schemas/track';
import { conferenceDayOf, dayBounds } from './conference-day.ts';
import { byTime, groupByDay } from './schedule.ts';
import { formatDayLabel, isoWithOffset, timeInZone, toEpochMs, utcOffsetLabel } from './time.ts';
import { programWarnings, validateProgram } from './validate.ts';
import { zoneLabel } from './zone-label.ts';
import { urlsIn } from '../urls.ts';
import type { Locale } from '../../i18n/locales.ts';
import { localizeEntries } from './localize-program.ts';

type TalkFields = z.output<typeof talkSchema>;
type References = 'track' | 'room' | 'speakers' | 'moderators' | 'articles';

/** A content entry as plain data: its id, its fields, and the file it came from. */
export interface Entry<D> {
  id: string;
  data: D;
  /** Relative to the project, for error messages. */
  file?: string | undefined;
}

/** A talk's fields with its references as ids. */
export type TalkEntryData = Omit<TalkFields, References> & { track: string; room: string; speakers: string[]; moderators: string[]; articles: string[]; textLanguage?: string };

/** Every entry the program is built from, as plain objects (see src/data/program.ts). */
export interface ProgramEntries<A extends { id: string }> {
  events: Entry<z.output<typeof eventSchema>>[];
  rooms: Entry<z.output<typeof roomSchema>>[];
  tracks: Entry<z.output<typeof trackSchema>>[];
  speakers: Entry<z.output<ReturnType<typeof speakerSchema>>>[];
  talks: Entry<TalkEntryData>[];
  /** Published articles, in the order pages list them. */
  articles: readonly A[];
}

export type EventInfo = z.output<typeof eventSchema> & { id: string };
export type Room = z.output<typeof roomSchema> & { id: string };
export type Track<A extends { id: string }> = z.output<typeof trackSchema> & { id: string; url: string; talks: Talk<A>[] };
export type Speaker<A extends { id: string }> = z.output<ReturnType<typeof speakerSchema>> & { id: string; url: string; talks: Talk<A>[] };

export interface Talk<A extends { id: string }> extends Omit<TalkFields, References | 'start' | 'end'> {
  id: string;
  /** The language its title and abstract are written in on this edition's pages (English where translated). */
  textLanguage: string;
  url: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** ISO 8601 with the event's offset. */
  startIso: string;
  endIso: string;
  /** The conference day it belongs to (YYYY-MM-DD): a session past midnight stays on the day it started. */
  day: string;
  /** That day's title, "12月12日 周六". */
  dayTitle: string;
  /** "09:10–09:45" in the event's zone. */
  timeLabel: string;
  track: Track<A>;
  room: Room;
  speakers: Speaker<A>[];
  moderators: Speaker<A>[];
  articles: A[];
}

export interface Day<A extends { id: string }> {
  date: string;
  label: string;
  /** When the conference day starts and ends, epoch milliseconds (end exclusive). */
  start: number;
  end: number;
  /** "12月12日 周六" */
  title: string;
  url: string;
  talks: Talk<A>[];
}

export interface Break {
  title: string;
  start: number;
  end: number;
  day: string;
  timeLabel: string;
}

export interface Program<A extends { id: string }> {
  /** The edition this program is built for: its URLs, names and date formats. */
  locale: Locale;
  event: EventInfo;
  timeZone: string;
  /** "UTC+8" */
  offsetLabel: string;
  /** "上海时间（UTC+8）" */
  zoneLabel: string;
  days: Day<A>[];
  talks: Talk<A>[];
  breaks: Break[];
  rooms: Room[];
  tracks: Track<A>[];
  speakers: Speaker<A>[];
  talkById: Map<string, Talk<A>>;
  talksByArticle: Map<string, Talk<A>[]>;
  talksByTag: Map<TagId, Talk<A>[]>;
  /** A hash of every entry the program is built from: a page that shows part of the program is
   * reused by an incremental build only while this is unchanged. */
  fingerprint: string;
}

/** An impossible program: every problem, one per line, each naming its file and field. */
export class ProgramError extends Error {
  constructor(readonly problems: string[]) {
    super(`议程有 ${problems.length} 处问题：\n  ${problems.join('\n  ')}`);
  }
}

/**
 * The whole program, resolved and checked: references become objects, times become instants in
 * the event's zone, and the lists get the orders the pages show. An impossible program (unknown
 * reference, clash, talk outside the event's days) throws a ProgramError listing every problem;
 * what is possible but worth a look (one person in two overlapping sessions) comes back as
 * warnings.
 */
export function buildProgram<A extends { id: string }>(original: ProgramEntries<A>, locale: Locale = 'zh-CN'): { program: Program<A>; warnings: string[] } {
  const entries = localizeEntries(original, locale);
  const url = urlsIn(locale);
  const collation = locale === 'en' ? 'en' : 'zh-CN';
  const eventEntry = entries.events[0];
  if (!eventEntry || entries.events.length > 1) throw new Error(`content/event.yaml 应当恰好描述一场大会，现在有 ${entries.events.length} 场。`);
  const event: EventInfo = { id: eventEntry.id, ...eventEntry.data };
  const timeZone = event.timeZone;

  // The main stage first reads better in the agenda's columns.
  const rooms: Room[] = entries.rooms
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => b.capacity - a.capacity || a.id.localeCompare(b.id));
  const tracks: Track<A>[] = entries.tracks.map((entry) => ({ id: entry.id, url: url.track(entry.id), ...entry.data, talks: [] }));
  const speakers: Speaker<A>[] = entries.speakers
    .map((entry) => ({ id: entry.id, url: url.speaker(entry.id), ...entry.data, talks: [] }))
    .sort((a, b) => a.name.localeCompare(b.name, collation));
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const trackById = new Map(tracks.map((track) => [track.id, track]));
  const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const articleById = new Map(entries.articles.map((article) => [article.id, article]));

  const bounds = event.days.map((day) => dayBounds(day, timeZone));
  const breaks: Break[] = event.breaks.map((item) => {
    const start = toEpochMs(item.start, timeZone);
    const end = toEpochMs(item.end, timeZone);
    return { title: item.title, start, end, day: conferenceDayOf(start, bounds) ?? item.start.slice(0, 10), timeLabel: `${timeInZone(start, timeZone)}–${timeInZone(end, timeZone)}` };
  });

  const checked = entries.talks.map(({ id, file, data }) => ({
    id,
    file: file ?? `content/talks/${id}.yaml`,
    start: toEpochMs(data.start, timeZone),
    end: toEpochMs(data.end, timeZone),
    room: data.room,
    track: data.track,
    speakers: data.speakers,
    moderators: data.moderators,
    articles: data.articles,
  }));
  const toCheck = {
    timeZone,
    days: bounds,
    breaks,
    talks: checked,
    known: {
      rooms: new Set(roomById.keys()),
      tracks: new Set(trackById.keys()),
      speakers: new Set(speakerById.keys()),
      articles: new Set(articleById.keys()),
    },
    names: { rooms: new Map(rooms.map((r) => [r.id, r.name])), speakers: new Map(speakers.map((s) => [s.id, s.name])) },
  };
  const errors = validateProgram(toCheck);
  if (errors.length) throw new ProgramError(errors);

  const dayTitles = new Map(event.days.map((day) => [day.date, formatDayLabel(toEpochMs(`${day.date}T12:00`, timeZone), timeZone, locale)]));
  const talks: Talk<A>[] = entries.talks
    .map(({ id, data }, index) => {
      const { start, end } = checked[index]!;
      const day = conferenceDayOf(start, bounds)!;
      return {
        ...data,
        textLanguage: data.textLanguage ?? data.language,
        id,
        url: url.talk(id),
        start,
        end,
        startIso: isoWithOffset(start, timeZone),
        endIso: isoWithOffset(end, timeZone),
        day,
        dayTitle: dayTitles.get(day)!,
        timeLabel: `${timeInZone(start, timeZone)}–${timeInZone(end, timeZone)}`,
        track: trackById.get(data.track)!,
        room: roomById.get(data.room)!,
        speakers: data.speakers.map((ref) => speakerById.get(ref)!),
        moderators: data.moderators.map((ref) => speakerById.get(ref)!),
        articles: data.articles.map((ref) => articleById.get(ref)!),
      };
    })
    .sort(byTime);

  // Tracks in the order the program reaches them (the keynote track opens the event).
  const firstStart = (track: Track<A>) => talks.find((talk) => talk.track.id === track.id)?.start ?? Infinity;
  tracks.sort((a, b) => firstStart(a) - firstStart(b) || a.name.localeCompare(b.name, collation));

  const talksByArticle = new Map<string, Talk<A>[]>();
  const talksByTag = new Map<TagId, Talk<A>[]>();
  for (const talk of talks) {
    talk.track.talks.push(talk);
    for (const person of new Set([...talk.speakers, ...talk.moderators])) person.talks.push(talk);
    for (const article of talk.articles) talksByArticle.set(article.id, [...(talksByArticle.get(article.id) ?? []), talk]);
    for (const tag of talk.tags) talksByTag.set(tag, [...(talksByTag.get(tag) ?? []), talk]);
  }

  const byDay = groupByDay(talks, bounds);
  const days: Day<A>[] = event.days.map((day, index) => ({
    date: day.date,
    label: day.label,
    start: bounds[index]!.start,
    end: bounds[index]!.end,
    title: dayTitles.get(day.date)!,
    url: url.day(day.date),
    talks: byDay.get(day.date) ?? [],
  }));

  const middayOfFirstDay = toEpochMs(`${event.days[0]!.date}T12:00`, timeZone);
  const program: Program<A> = {
    locale,
    event,
    timeZone,
    offsetLabel: utcOffsetLabel(middayOfFirstDay, timeZone),
    zoneLabel: zoneLabel(timeZone, middayOfFirstDay, locale),
    days,
    talks,
    breaks,
    rooms,
    tracks,
    speakers,
    talkById: new Map(talks.map((talk) => [talk.id, talk])),
    talksByArticle,
    talksByTag,
    fingerprint: createHash('sha256')
      .update(JSON.stringify([original.events, original.rooms, original.tracks, original.speakers, original.talks].map((list) => list.map((entry) => [entry.id, entry.data]))))
      .digest('base64url'),
  };
  return { program, warnings: programWarnings(toCheck) };
}

/** Who is on stage at a talk, each with the role shown beside their name: speakers, then moderators. */
export function talkPeople<P>(talk: { speakers: readonly P[]; moderators: readonly P[] }): (P & { role: 'speaker' | 'moderator' })[] {
  return [...talk.speakers.map((person) => ({ ...person, role: 'speaker' as const })), ...talk.moderators.map((person) => ({ ...person, role: 'moderator' as const }))];
}
