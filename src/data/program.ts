import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { getArticles, type Article } from './articles';
import { conferenceDayOf, dayBounds } from '~/lib/program/conference-day';
import { byTime, groupByDay } from '~/lib/program/schedule';
import { zoneLabel } from '~/lib/program/zone-label';
import { formatDayLabel, isoWithOffset, timeInZone, toEpochMs, utcOffsetLabel } from '~/lib/program/time';
import { programWarnings, validateProgram } from '~/lib/program/validate';
import type { TagId } from '~/schemas/tags';

export type EventInfo = CollectionEntry<'event'>['data'] & { id: string };
export type Room = CollectionEntry<'rooms'>['data'] & { id: string };
export type Track = CollectionEntry<'tracks'>['data'] & { id: string; url: string; talks: Talk[] };
export type Speaker = CollectionEntry<'speakers'>['data'] & { id: string; url: string; talks: Talk[] };
type TalkData = CollectionEntry<'talks'>['data'];

export interface Talk extends Omit<TalkData, 'track' | 'room' | 'speakers' | 'moderators' | 'articles' | 'start' | 'end'> {
  id: string;
  url: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  /** ISO 8601 with the event's offset. */
  startIso: string;
  endIso: string;
  /** The conference day it belongs to (YYYY-MM-DD): a session past midnight stays on the day it started. */
  day: string;
  /** "09:10–09:45" in the event's zone. */
  timeLabel: string;
  track: Track;
  room: Room;
  speakers: Speaker[];
  moderators: Speaker[];
  articles: Article[];
}

export interface Day {
  date: string;
  label: string;
  /** When the conference day starts and ends, epoch milliseconds (end exclusive). */
  start: number;
  end: number;
  /** "12月12日 周六" */
  title: string;
  url: string;
  talks: Talk[];
}

export interface Program {
  event: EventInfo;
  timeZone: string;
  /** "UTC+8" */
  offsetLabel: string;
  /** "上海时间（UTC+8）" */
  zoneLabel: string;
  days: Day[];
  talks: Talk[];
  breaks: { title: string; start: number; end: number; day: string; timeLabel: string }[];
  rooms: Room[];
  tracks: Track[];
  speakers: Speaker[];
  talkById: Map<string, Talk>;
  talksByArticle: Map<string, Talk[]>;
  talksByTag: Map<TagId, Talk[]>;
  /** A hash of every entry the program is built from: a page that shows part of the program is
   * reused by an incremental build only while this is unchanged. */
  fingerprint: string;
}

let cached: Promise<Program> | undefined;

/**
 * The whole program, resolved and checked once per build: references become objects, times
 * become instants in the event's zone, and an impossible program (unknown reference, clash,
 * talk outside the event's days) stops the build with every problem listed.
 */
export function getProgram(): Promise<Program> {
  cached ??= loadProgram();
  return cached;
}

function sourceFile(entry: { filePath?: string | undefined; id: string }, fallback: string): string {
  return entry.filePath ? relative(process.cwd(), entry.filePath) : fallback;
}

async function loadProgram(): Promise<Program> {
  const [events, roomEntries, trackEntries, speakerEntries, talkEntries, articles] = await Promise.all([
    getCollection('event'),
    getCollection('rooms'),
    getCollection('tracks'),
    getCollection('speakers'),
    getCollection('talks'),
    getArticles(),
  ]);
  const eventEntry = events[0];
  if (!eventEntry || events.length > 1) throw new Error(`content/event.yaml 应当恰好描述一场大会，现在有 ${events.length} 场。`);
  const event: EventInfo = { id: eventEntry.id, ...eventEntry.data };
  const timeZone = event.timeZone;

  // Collections come back in id order; the main stage first reads better in the agenda's columns.
  const rooms: Room[] = roomEntries
    .map((entry) => ({ id: entry.id, ...entry.data }))
    .sort((a, b) => b.capacity - a.capacity || a.id.localeCompare(b.id));
  const tracks: Track[] = trackEntries.map((entry) => ({ id: entry.id, url: `/tracks/${entry.id}/`, ...entry.data, talks: [] as Talk[] }));
  const speakers: Speaker[] = speakerEntries
    .map((entry) => ({ id: entry.id, url: `/speakers/${entry.id}/`, ...entry.data, talks: [] as Talk[] }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const trackById = new Map(tracks.map((track) => [track.id, track]));
  const speakerById = new Map(speakers.map((speaker) => [speaker.id, speaker]));
  const articleById = new Map(articles.map((article) => [article.id, article]));

  const bounds = event.days.map((day) => dayBounds(day, timeZone));
  const breaks = event.breaks.map((item) => {
    const start = toEpochMs(item.start, timeZone);
    const end = toEpochMs(item.end, timeZone);
    return { title: item.title, start, end, day: conferenceDayOf(start, bounds) ?? item.start.slice(0, 10), timeLabel: `${timeInZone(start, timeZone)}–${timeInZone(end, timeZone)}` };
  });

  const checked = talkEntries.map((entry) => ({
    id: entry.id,
    file: sourceFile(entry, `content/talks/${entry.id}.yaml`),
    start: toEpochMs(entry.data.start, timeZone),
    end: toEpochMs(entry.data.end, timeZone),
    room: entry.data.room.id,
    track: entry.data.track.id,
    speakers: entry.data.speakers.map((ref) => ref.id),
    moderators: entry.data.moderators.map((ref) => ref.id),
    articles: entry.data.articles.map((ref) => ref.id),
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
  if (errors.length) throw new Error(`议程有 ${errors.length} 处问题：\n  ${errors.join('\n  ')}`);
  const warnings = programWarnings(toCheck);
  if (warnings.length) console.warn(`议程有 ${warnings.length} 处需要核对（构建继续）：\n  ${warnings.join('\n  ')}`);

  const talks: Talk[] = talkEntries
    .map((entry, index) => {
      const { start, end } = checked[index]!;
      return {
        ...entry.data,
        id: entry.id,
        url: `/talks/${entry.id}/`,
        start,
        end,
        startIso: isoWithOffset(start, timeZone),
        endIso: isoWithOffset(end, timeZone),
        day: conferenceDayOf(start, bounds)!,
        timeLabel: `${timeInZone(start, timeZone)}–${timeInZone(end, timeZone)}`,
        track: trackById.get(entry.data.track.id)!,
        room: roomById.get(entry.data.room.id)!,
        speakers: entry.data.speakers.map((ref) => speakerById.get(ref.id)!),
        moderators: entry.data.moderators.map((ref) => speakerById.get(ref.id)!),
        articles: entry.data.articles.map((ref) => articleById.get(ref.id)!),
      };
    })
    .sort(byTime);

  // Tracks in the order the program reaches them (the keynote track opens the event).
  const firstStart = (track: Track) => talks.find((talk) => talk.track.id === track.id)?.start ?? Infinity;
  tracks.sort((a, b) => firstStart(a) - firstStart(b) || a.name.localeCompare(b.name, 'zh-CN'));

  const talksByArticle = new Map<string, Talk[]>();
  const talksByTag = new Map<TagId, Talk[]>();
  for (const talk of talks) {
    talk.track.talks.push(talk);
    for (const person of new Set([...talk.speakers, ...talk.moderators])) person.talks.push(talk);
    for (const article of talk.articles) talksByArticle.set(article.id, [...(talksByArticle.get(article.id) ?? []), talk]);
    for (const tag of talk.tags) talksByTag.set(tag, [...(talksByTag.get(tag) ?? []), talk]);
  }

  const byDay = groupByDay(talks, bounds);
  const days: Day[] = event.days.map((day, index) => ({
    date: day.date,
    label: day.label,
    start: bounds[index]!.start,
    end: bounds[index]!.end,
    title: formatDayLabel(toEpochMs(`${day.date}T12:00`, timeZone), timeZone),
    url: `/agenda/${day.date}/`,
    talks: byDay.get(day.date) ?? [],
  }));

  return {
    event,
    timeZone,
    offsetLabel: utcOffsetLabel(toEpochMs(`${event.days[0]!.date}T12:00`, timeZone), timeZone),
    zoneLabel: zoneLabel(timeZone, toEpochMs(`${event.days[0]!.date}T12:00`, timeZone)),
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
      .update(JSON.stringify([events, roomEntries, trackEntries, speakerEntries, talkEntries].map((entries) => entries.map((entry) => [entry.id, entry.data]))))
      .digest('base64url'),
  };
}
