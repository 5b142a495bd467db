import { scheduleGuid } from './guids.ts';
import { toC3voc, type C3vocEvent, type ExportProgram } from './to-c3voc.ts';

/** c3voc's schema2 session types; ours map onto them (a keynote is a talk to a schedule app). */
const TYPES: Record<string, Schedule2Event['type']> = {
  主题演讲: 'TALK',
  技术研讨: 'TALK',
  圆桌讨论: 'DISCUSSION',
  产品展示: 'OTHER',
  动手工作坊: 'WORKSHOP',
};
const LINK_TYPES = { slides: 'SLIDES', media: 'MEDIA', article: 'ARTICLE' } as const;

export interface Schedule2Person {
  guid: string;
  name: string;
  role: 'SPEAKER' | 'MODERATOR';
}

export interface Schedule2Event {
  guid: string;
  code?: string;
  type: 'TALK' | 'WORKSHOP' | 'DISCUSSION' | 'OTHER';
  start: string;
  end: string;
  room: { name: string; slug: string; guid: string };
  url: string;
  slug: string;
  title: string;
  subtitle: string | null;
  /** ISO 639-1: schema2 admits two letters only (pt-BR → pt). */
  language: string;
  track: { slug: string };
  abstract: string;
  participants: Schedule2Person[];
  links: { type: (typeof LINK_TYPES)[keyof typeof LINK_TYPES]; url: string; title: string }[];
}

export interface Schedule2 {
  $schema: string;
  schedule: {
    version: string;
    conference: {
      acronym: string;
      title: string;
      description: string;
      start: string;
      end: string;
      time_zone_name: string;
      timeslot_duration: string;
      url: string;
      languages: string[];
      tracks: { name: string; slug: string; color: string }[];
      rooms: { name: string; slug: string; guid: string; capacity: number }[];
      days: { index: number; date: string; start: string; end: string }[];
    };
    events: Schedule2Event[];
    persons: { guid: string; name: string; biography: string; url: string }[];
  };
}

/** "01:05" → "PT1H5M"; "00:00" is not a duration schema2 admits, so it becomes the shortest one. */
export function isoDuration(clock: string): string {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours || minutes ? `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}` : 'PT1M';
}

/** schema2's slugs: lower-case letters, digits, `-` and `_`, not ending in a separator. */
function slug(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9_-]+/g, '-').replace(/[-_]+$/, '') || 'x';
}

/**
 * The program in c3voc's newer "schedule2" format (a flat list of events with start and end,
 * participants with roles, people listed once), written from the classic export's model so the
 * two cannot disagree; only the moderators' role comes from the program itself.
 */
export function toSchedule2(program: ExportProgram, site: URL): Schedule2 {
  const classic = toC3voc(program, site);
  const { conference } = classic.schedule;
  const moderatorsOf = new Map(
    program.talks.map((talk) => [talk.guid ?? scheduleGuid('talk', talk.id), new Set(talk.moderators.map((person) => person.guid ?? scheduleGuid('speaker', person.id)))]),
  );
  const rooms = conference.rooms.map((room) => ({ ...room, slug: slug(room.slug) }));
  const roomByName = new Map(rooms.map((room) => [room.name, room]));
  const trackSlug = new Map(conference.tracks.map((track) => [track.name, slug(track.slug)]));
  const persons = new Map<string, Schedule2['schedule']['persons'][number]>();

  const toEvent = (event: C3vocEvent): Schedule2Event => {
    const room = roomByName.get(event.room)!;
    for (const person of event.persons) persons.set(person.guid, { guid: person.guid, name: person.name, biography: person.biography, url: person.url });
    return {
      guid: event.guid,
      ...(event.code ? { code: event.code } : {}),
      type: TYPES[event.type] ?? 'OTHER',
      start: event.date,
      end: event.end,
      room: { name: room.name, slug: room.slug, guid: room.guid },
      url: event.url,
      slug: slug(event.slug),
      title: event.title,
      subtitle: event.subtitle || null,
      language: event.language.slice(0, 2).toLowerCase(),
      track: { slug: trackSlug.get(event.track) ?? slug(event.track) },
      abstract: event.abstract,
      participants: event.persons.map((person) => ({ guid: person.guid, name: person.name, role: moderatorsOf.get(event.guid)?.has(person.guid) ? 'MODERATOR' : 'SPEAKER' })),
      links: event.links.map((link) => ({ type: LINK_TYPES[link.type], url: link.url, title: link.title })),
    };
  };

  const days = conference.days.map((day) => ({ index: day.index, date: day.date, start: day.day_start, end: day.day_end }));
  const events = conference.days.flatMap((day) => Object.values(day.rooms).flat().map(toEvent));
  events.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.slug.localeCompare(b.slug));
  return {
    $schema: 'https://c3voc.de/schedule/schema2.json',
    schedule: {
      version: classic.schedule.version,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        description: conference.description,
        start: days[0]?.start ?? '',
        end: days.at(-1)?.end ?? '',
        time_zone_name: conference.time_zone_name,
        timeslot_duration: isoDuration(conference.timeslot_duration),
        url: conference.url,
        languages: [...new Set(events.map((event) => event.language))].sort(),
        tracks: conference.tracks.map((track) => ({ name: track.name, slug: slug(track.slug), color: track.color })),
        rooms,
        days,
      },
      events,
      persons: [...persons.values()],
    },
  };
}
