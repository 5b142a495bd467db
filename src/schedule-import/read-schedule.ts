import { Temporal } from 'temporal-polyfill';
import { isTimeZone } from '../lib/program/time.ts';
import { CONTROL_CHARACTERS } from '../lib/program/vocabulary.ts';
import { ImportError } from './import-error.ts';
import { pickText } from './pick-text.ts';

export interface ScheduledPerson {
  name: string;
  biography: string | undefined;
  /** pretalx speaker code (NQTF8Y). */
  code: string | undefined;
  /** The person's guid in the export (schema2 and newer pretalx). */
  guid: string | undefined;
  url: string | undefined;
  /** SPEAKER, MODERATOR, HOST … (schema2); undefined in the older format, where everyone speaks. */
  role: string | undefined;
  /** The person's own links (schema2 `persons[].links`), any scheme: the importer decides. */
  links: ScheduledLink[];
}

export interface ScheduledLink {
  url: string;
  title: string;
  /** c3voc link type: slides, media, article, SLIDES, ORIGIN … */
  type: string | undefined;
}

/** One session of the export, text fields already resolved to one language. */
export interface ScheduledTalk {
  /** pretalx submission code (or the end of its …/talk/CODE/ URL), frab's numeric id, else the guid or the last path segment of `url`. */
  code: string;
  guid: string | undefined;
  /** Where it sits in the file, for messages: days[0].rooms["Gray Room"][2] or events[4] */
  where: string;
  slug: string | undefined;
  title: string;
  /** Abstract and description joined. */
  abstract: string;
  type: string | undefined;
  /** The tag as the export writes it (en, de, "German" …); the importer checks it. */
  language: string | undefined;
  track: string | undefined;
  room: string;
  /** The date of the conference day the export lists it under, when it nests sessions in days. */
  day: string | undefined;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  persons: ScheduledPerson[];
  links: ScheduledLink[];
}

export interface ScheduledDay {
  date: string;
  /** The day's declared boundaries (day_start / day_end, or schema2's start / end), epoch ms. */
  start: number | undefined;
  end: number | undefined;
}

export interface ScheduleExport {
  acronym: string | undefined;
  title: string;
  description: string | undefined;
  /** IANA zone of the export, when it names a valid one. */
  timeZone: string | undefined;
  /** The export's default language for sessions that name none (schema2 `defaults.language`). */
  defaultLanguage: string | undefined;
  days: ScheduledDay[];
  rooms: { name: string; slug: string | undefined; capacity: number | undefined }[];
  tracks: { name: string; slug: string | undefined; color: string | undefined }[];
  talks: ScheduledTalk[];
  /** Sessions that cannot be placed (no title, room, start or length), with the reason. */
  unplaceable: { code: string; title: string; where: string; reason: string }[];
  /** Where control characters were removed from a text (they are invisible and XML cannot carry them). */
  controlCharacters: string[];
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

/** "00:45", "01:30:00" (the older format) or "PT1H30M" (schema2) → minutes. */
export function toMinutes(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const clock = /^(\d{1,3}):([0-5]\d)(?::[0-5]\d)?$/.exec(value);
  if (clock) return Number(clock[1]) * 60 + Number(clock[2]);
  try {
    const duration = Temporal.Duration.from(value);
    return Math.round(duration.total({ unit: 'minutes', relativeTo: '2000-01-01' }));
  } catch {
    return undefined;
  }
}

/** …/talk/G9JGWY/ → G9JGWY */
export function lastSegment(url: string | undefined): string | undefined {
  return url?.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1);
}

/** An absolute URL resolved against the export's base, any scheme; undefined when it is no URL at all. */
function resolveUrl(url: unknown, base: string | undefined): string | undefined {
  if (typeof url !== 'string' || url.trim() === '') return undefined;
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return undefined;
  }
}

/** A text field that is a plain string, a number (frab's ids) or a translation map. */
function pickId(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : pickText(value);
}

function readLinks(holder: Json, keys: readonly string[], baseUrl: string | undefined): ScheduledLink[] {
  const links: ScheduledLink[] = [];
  for (const key of keys) {
    const list = holder[key];
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      if (!isObject(item)) continue;
      const url = resolveUrl(item['url'] ?? item['href'], baseUrl);
      if (url) links.push({ url, title: pickText(item['title']) ?? pickText(item['service']) ?? '', type: pickText(item['type']) });
    }
  }
  return links;
}

function readPerson(value: unknown, directory: ReadonlyMap<string, Json>, baseUrl: string | undefined): ScheduledPerson | undefined {
  if (!isObject(value)) return undefined;
  const guid = pickText(value['guid']);
  // schema2 lists a session's participants by guid and the people themselves in `persons`.
  const full = { ...(guid ? directory.get(guid) : undefined), ...value };
  // pretalx writes `name` since 2023 and frab's `public_name` before (and alongside) it.
  const name = pickText(full['name']) ?? pickText(full['public_name']);
  if (!name) return undefined;
  return {
    name,
    biography: pickText(full['biography']),
    code: pickText(full['code']),
    guid,
    url: resolveUrl(full['url'], undefined),
    role: pickText(full['role']),
    links: readLinks(full, ['links'], baseUrl),
  };
}

/**
 * Parses and checks a schedule export in the c3voc schedule JSON format that pretalx, frab and the
 * c3voc hub publish: the classic one (sessions nested in days and rooms, `date` + `duration`) and
 * schema2 (a flat `events` list with `start` / `end`, participants by guid). A file that is not
 * such an export stops the import with one ImportError naming what is missing, before anything
 * is written; a session that cannot be placed (no room, start or length) is listed in
 * `unplaceable` with its code and title.
 */
export function readSchedule(text: string, fileName: string): ScheduleExport {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`${fileName} 不是有效的 JSON：${(error as Error).message}`);
  }
  const notSchedule = (problems: string[]) =>
    new ImportError(`${fileName} 不是 c3voc 格式的日程导出（pretalx、frab 或 c3voc hub 的 schedule.json）：\n  ${problems.join('\n  ')}`);

  const schedule = isObject(root) ? root['schedule'] : undefined;
  if (!isObject(schedule)) throw notSchedule(['缺少 schedule（顶层应是 { "schedule": { "version": …, "conference": … } }）']);
  const conference = schedule['conference'];
  if (!isObject(conference)) throw notSchedule(['缺少 schedule.conference']);
  const problems: string[] = [];
  const title = pickText(conference['title']);
  if (!title) problems.push('缺少 schedule.conference.title');
  const dayList = conference['days'];
  const flatEvents = schedule['events'];
  if (!Array.isArray(dayList) && !Array.isArray(flatEvents)) problems.push('缺少 schedule.conference.days（按天排列的议程）或 schedule.events');
  if (problems.length || !title) throw notSchedule(problems);

  const zoneName = pickText(conference['time_zone_name']);
  const timeZone = zoneName && isTimeZone(zoneName) ? zoneName : undefined;
  const baseUrl = resolveUrl(schedule['base_url'], undefined);
  const directory = new Map<string, Json>();
  for (const person of Array.isArray(schedule['persons']) ? schedule['persons'] : []) {
    const guid = isObject(person) ? pickText(person['guid']) : undefined;
    if (guid) directory.set(guid, person as Json);
  }
  const list = (value: unknown) => (Array.isArray(value) ? value.filter(isObject) : []);
  const tracks = list(conference['tracks']).flatMap((track) => {
    const name = pickText(track['name']);
    const colors = isObject(track['colors']) ? track['colors'] : {};
    return name ? [{ name, slug: pickText(track['slug']), color: pickText(track['color']) ?? pickText(colors['light']) }] : [];
  });

  const controlCharacters: string[] = [];
  const clean = (value: string | undefined, where: string): string | undefined => {
    if (value === undefined || !CONTROL_CHARACTERS.test(value)) return value;
    CONTROL_CHARACTERS.lastIndex = 0;
    controlCharacters.push(where);
    return value.replace(CONTROL_CHARACTERS, '');
  };
  const days: ScheduledDay[] = [];
  const talks: ScheduledTalk[] = [];
  const unplaceable: ScheduleExport['unplaceable'] = [];

  const readEvent = (event: Json, where: string, day: { date: string | undefined; room: string | undefined }) => {
    const eventTitle = clean(pickText(event['title']), `${where} title`);
    const url = resolveUrl(event['url'], baseUrl);
    const guid = pickText(event['guid']);
    // pretalx's code (also the end of its talk URLs) is stable across exports; frab's is its numeric id.
    const pretalxCode = url && /\/talk\/[^/]+\/?$/.test(url) ? lastSegment(url) : undefined;
    const code = pickText(event['code']) ?? pretalxCode ?? pickId(event['id']) ?? guid ?? lastSegment(url) ?? pickText(event['slug']);
    const dateField = pickText(event['date']);
    const startField = pickText(event['start']);
    // Classic: `date` is the full start and `start` its HH:MM; schema2: `start` is the full start.
    const when = dateField ?? (startField && /T/.test(startField) ? startField : day.date && startField ? `${day.date}T${startField}` : undefined);
    const start = when ? toInstant(when, timeZone) : undefined;
    const endField = pickText(event['end']);
    const explicitEnd = endField && /T/.test(endField) ? toInstant(endField, timeZone) : undefined;
    const minutes = toMinutes(event['duration']);
    const end = explicitEnd ?? (start !== undefined && minutes !== undefined ? start + minutes * 60_000 : undefined);
    const roomField = event['room'];
    const room = (isObject(roomField) ? pickText(roomField['name']) : pickText(roomField)) ?? day.room;
    const missing = [
      eventTitle ? '' : '没有标题',
      room ? '' : '没有会场',
      start !== undefined ? '' : when ? `开始时间“${when}”不是带时区偏移的 ISO 时间` : '没有开始时间',
      start === undefined || end !== undefined ? '' : '没有时长（duration 或 end）',
      start === undefined || end === undefined || end > start ? '' : '时长为 0 或结束早于开始',
    ].filter(Boolean);
    if (missing.length || !eventTitle || !room || start === undefined || end === undefined || end <= start) {
      unplaceable.push({ code: code ?? '（无 code）', title: eventTitle ?? '（无标题）', where, reason: missing.join('、') });
      return;
    }
    const trackField = event['track'];
    const trackSlug = isObject(trackField) ? pickText(trackField['slug']) : undefined;
    const track = isObject(trackField) ? (pickText(trackField['name']) ?? tracks.find((t) => t.slug === trackSlug)?.name ?? trackSlug) : pickText(trackField);
    const people = Array.isArray(event['persons']) ? event['persons'] : Array.isArray(event['participants']) ? event['participants'] : [];
    const subtitle = clean(pickText(event['subtitle']), `${where} subtitle`);
    const abstract = clean(pickText(event['abstract']), `${where} abstract`);
    const description = clean(pickText(event['description']), `${where} description`);
    talks.push({
      code: code ?? `${day.date ?? ''}-${room}-${startField ?? ''}`,
      guid,
      where,
      slug: pickText(event['slug']),
      // A title that ends in a colon continues in its subtitle (“…Need for Speed:” / “Most Wanted …”);
      // any other subtitle opens the abstract, as the site has no subtitle of its own.
      title: subtitle && /[:：]$/.test(eventTitle) ? `${eventTitle} ${subtitle}` : eventTitle,
      abstract: [...new Set([subtitle && !/[:：]$/.test(eventTitle) ? subtitle : undefined, abstract, description].filter((part): part is string => !!part))].join('\n\n'),
      type: pickText(event['type']),
      language: pickText(event['language']),
      track,
      room,
      day: day.date,
      start,
      end,
      persons: people
        .map((person) => readPerson(person, directory, baseUrl))
        .filter((person) => person !== undefined)
        .map((person) => ({ ...person, name: clean(person.name, `${where} persons`)!, biography: clean(person.biography, `${where} persons`) })),
      links: readLinks(event, ['links', 'attachments'], baseUrl),
    });
  };

  (Array.isArray(dayList) ? dayList : []).forEach((day: unknown, dayIndex) => {
    const at = `schedule.conference.days[${dayIndex}]`;
    if (!isObject(day)) {
      problems.push(`${at}: 应是一个对象（date、day_start、day_end、rooms）`);
      return;
    }
    const date = pickText(day['date']);
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      problems.push(`${at}.date: 应是 YYYY-MM-DD，现在是 ${JSON.stringify(day['date'] ?? null)}`);
      return;
    }
    const bound = (value: unknown) => {
      const text = pickText(value);
      return text ? toInstant(text, timeZone) : undefined;
    };
    days.push({ date, start: bound(day['day_start'] ?? day['start']), end: bound(day['day_end'] ?? day['end']) });
    // schema2 days carry no rooms: their sessions are in schedule.events.
    if (day['rooms'] === undefined && Array.isArray(flatEvents)) return;
    if (!isObject(day['rooms'])) {
      problems.push(`${at}: 缺少 rooms（会场名 → 议程列表）`);
      return;
    }
    for (const [roomKey, events] of Object.entries(day['rooms'])) {
      if (!Array.isArray(events)) {
        problems.push(`${at}.rooms["${roomKey}"]: 应是议程列表`);
        continue;
      }
      events.forEach((event: unknown, eventIndex) => {
        const where = `days[${dayIndex}].rooms["${roomKey}"][${eventIndex}]`;
        // A talk without a room sits under an empty key or has an empty/null `room`.
        if (isObject(event)) readEvent(event, where, { date, room: pickText(roomKey) });
        else problems.push(`${where}: 应是一个议程对象`);
      });
    }
  });
  (Array.isArray(flatEvents) ? flatEvents : []).forEach((event: unknown, index) => {
    if (isObject(event)) readEvent(event, `events[${index}]`, { date: undefined, room: undefined });
    else problems.push(`schedule.events[${index}]: 应是一个议程对象`);
  });
  if (problems.length) throw notSchedule(problems);
  if (talks.length === 0) {
    const why = unplaceable.length ? `：${unplaceable.length} 场都无法安排（${unplaceable[0]!.where} ${unplaceable[0]!.reason}）` : '';
    throw new ImportError(`${fileName} 中没有任何可导入的议程${why}；为避免把已导入的议程全部删除，导入已停止。`);
  }

  const capacity = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined);
  const defaults = isObject(conference['defaults']) ? conference['defaults'] : {};
  const languages = Array.isArray(conference['languages']) ? conference['languages'] : [];
  return {
    acronym: pickText(conference['acronym']),
    title,
    description: pickText(conference['description']),
    timeZone,
    defaultLanguage: pickText(defaults['language']) ?? (languages.length === 1 ? pickText(languages[0]) : undefined),
    days,
    rooms: list(conference['rooms']).flatMap((room) => {
      const name = pickText(room['name']);
      return name ? [{ name, slug: pickText(room['slug']), capacity: capacity(room['capacity']) }] : [];
    }),
    tracks,
    talks,
    unplaceable,
    controlCharacters,
  };
}
