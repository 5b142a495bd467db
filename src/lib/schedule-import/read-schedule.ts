import { Temporal } from 'temporal-polyfill';
import { isTimeZone } from '../program/time.ts';
import { ImportError } from './import-error.ts';
import { pickText } from './pick-text.ts';

export interface ScheduledPerson {
  name: string;
  biography: string | undefined;
  /** pretalx speaker code (NQTF8Y). */
  code: string | undefined;
  url: string | undefined;
}

export interface ScheduledLink {
  url: string;
  title: string;
  /** c3voc link type: slides, media, article … */
  type: string | undefined;
}

/** One talk of the export, text fields already resolved to one language. */
export interface ScheduledTalk {
  /** pretalx submission code: `code`, else the last path segment of `url` (…/talk/G9JGWY/). */
  code: string;
  /** Where it sits in the file, for messages: days[0].rooms["Gray Room"][2] */
  where: string;
  slug: string | undefined;
  title: string;
  /** Abstract and description joined. */
  abstract: string;
  type: string | undefined;
  language: string | undefined;
  track: string | undefined;
  room: string | undefined;
  /** Epoch milliseconds. */
  start: number;
  minutes: number;
  persons: ScheduledPerson[];
  links: ScheduledLink[];
}

export interface ScheduleExport {
  acronym: string | undefined;
  title: string;
  description: string | undefined;
  /** IANA zone of the export, when it names a valid one. */
  timeZone: string | undefined;
  /** The conference days, YYYY-MM-DD. */
  dates: string[];
  rooms: { name: string; slug: string | undefined; capacity: number | undefined }[];
  tracks: { name: string; slug: string | undefined; color: string | undefined }[];
  talks: ScheduledTalk[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** An ISO date-time with offset is an instant; one without is read in the export's own zone. */
function toInstant(value: string, timeZone: string | undefined): number | undefined {
  try {
    if (HAS_OFFSET.test(value)) return Temporal.Instant.from(value).epochMilliseconds;
    if (!timeZone) return undefined;
    return Temporal.PlainDateTime.from(value).toZonedDateTime(timeZone).epochMilliseconds;
  } catch {
    return undefined;
  }
}

/** "00:45" or "01:30:00" → minutes. */
function toMinutes(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/.exec(value) : null;
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** …/talk/G9JGWY/ → G9JGWY */
export function lastSegment(url: string | undefined): string | undefined {
  return url?.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1);
}

function absolute(url: unknown, base: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    const resolved = new URL(url.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function readPerson(value: unknown): ScheduledPerson | undefined {
  if (!isObject(value)) return undefined;
  // pretalx writes `name` since 2023 and frab's `public_name` before (and alongside) it.
  const name = pickText(value['name']) ?? pickText(value['public_name']);
  if (!name) return undefined;
  return { name, biography: pickText(value['biography']), code: pickText(value['code']), url: absolute(value['url'], undefined) };
}

function readLinks(event: Json, baseUrl: string | undefined): ScheduledLink[] {
  const links: ScheduledLink[] = [];
  for (const key of ['links', 'attachments']) {
    const list = event[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isObject(item)) continue;
      const url = absolute(item['url'] ?? item['href'], baseUrl);
      if (url) links.push({ url, title: pickText(item['title']) ?? '', type: pickText(item['type']) });
    }
  }
  return links;
}

/**
 * Parses and checks a pretalx (c3voc schedule JSON) export. Everything wrong with it is reported
 * in one ImportError naming the missing fields, before anything is written.
 */
export function readSchedule(text: string, fileName: string): ScheduleExport {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${fileName} 不是有效的 JSON：${(error as Error).message}`);
  }
  const notSchedule = (problems: string[]) =>
    new ImportError(`${fileName} 不是 pretalx 导出的日程（c3voc schedule JSON，…/schedule/export/schedule.json）：\n  ${problems.join('\n  ')}`);

  const schedule = isObject(root) ? root['schedule'] : undefined;
  if (!isObject(schedule)) throw notSchedule(['缺少 schedule（顶层应是 { "schedule": { "version": …, "conference": … } }）']);
  const conference = schedule['conference'];
  if (!isObject(conference)) throw notSchedule(['缺少 schedule.conference']);
  const problems: string[] = [];
  const title = pickText(conference['title']);
  if (!title) problems.push('缺少 schedule.conference.title');
  const days = conference['days'];
  if (!Array.isArray(days)) problems.push('缺少 schedule.conference.days（按天排列的议程）');
  if (problems.length || !title || !Array.isArray(days)) throw notSchedule(problems);

  const zoneName = pickText(conference['time_zone_name']);
  const timeZone = zoneName && isTimeZone(zoneName) ? zoneName : undefined;
  const baseUrl = absolute(schedule['base_url'], undefined);
  const dates: string[] = [];
  const talks: ScheduledTalk[] = [];

  days.forEach((day: unknown, dayIndex) => {
    const at = `schedule.conference.days[${dayIndex}]`;
    if (!isObject(day) || !isObject(day['rooms'])) {
      problems.push(`${at}: 缺少 rooms（会场名 → 议程列表）`);
      return;
    }
    const date = pickText(day['date']);
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates.push(date);
    for (const [roomKey, events] of Object.entries(day['rooms'])) {
      if (!Array.isArray(events)) {
        problems.push(`${at}.rooms["${roomKey}"]: 应是议程列表`);
        continue;
      }
      events.forEach((event: unknown, eventIndex) => {
        const where = `days[${dayIndex}].rooms["${roomKey}"][${eventIndex}]`;
        if (!isObject(event)) {
          problems.push(`${where}: 应是一个议程对象`);
          return;
        }
        const eventTitle = pickText(event['title']);
        const url = absolute(event['url'], baseUrl);
        const code = pickText(event['code']) ?? lastSegment(url);
        const when = pickText(event['date']) ?? (date && pickText(event['start']) ? `${date}T${pickText(event['start'])}` : undefined);
        const start = when ? toInstant(when, timeZone) : undefined;
        const minutes = toMinutes(event['duration']);
        const missing = [
          eventTitle ? '' : 'title',
          code ? '' : 'url（或 code）',
          start !== undefined ? '' : when ? `date（“${when}”不是带时区偏移的 ISO 时间）` : 'date',
          minutes !== undefined ? '' : 'duration（HH:MM）',
        ].filter(Boolean);
        if (missing.length || !eventTitle || !code || start === undefined || minutes === undefined) {
          problems.push(`${where}${eventTitle ? `（${eventTitle}）` : ''}: 缺少 ${missing.join('、')}`);
          return;
        }
        const abstract = pickText(event['abstract']);
        const description = pickText(event['description']);
        const persons = Array.isArray(event['persons']) ? event['persons'] : [];
        talks.push({
          code,
          where,
          slug: pickText(event['slug']),
          title: eventTitle,
          abstract: [...new Set([abstract, description].filter((part): part is string => !!part))].join('\n\n'),
          type: pickText(event['type']),
          language: pickText(event['language']),
          track: pickText(event['track']),
          // A talk without a room sits under an empty key or has an empty/null `room`.
          room: pickText(event['room']) ?? pickText(roomKey),
          start,
          minutes,
          persons: persons.map(readPerson).filter((person) => person !== undefined),
          links: readLinks(event, baseUrl),
        });
      });
    }
  });
  if (problems.length) throw notSchedule(problems);
  if (talks.length === 0) throw new ImportError(`${fileName} 中没有任何议程；为避免把已导入的议程全部删除，导入已停止。`);

  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : []);
  const capacity = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);
  return {
    acronym: pickText(conference['acronym']),
    title,
    description: pickText(conference['description']),
    timeZone,
    dates,
    rooms: list(conference['rooms']).flatMap((room) => {
      const name = pickText(room['name']);
      return name ? [{ name, slug: pickText(room['slug']), capacity: capacity(room['capacity']) }] : [];
    }),
    tracks: list(conference['tracks']).flatMap((track) => {
      const name = pickText(track['name']);
      return name ? [{ name, slug: pickText(track['slug']), color: pickText(track['color']) }] : [];
    }),
    talks,
  };
}
