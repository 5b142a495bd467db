import { createHash } from 'node:crypto';
import { Temporal } from 'temporal-polyfill';
import { Document, Scalar, YAMLMap, YAMLSeq, isMap, isSeq } from 'yaml';
import { CONTACT_SCHEMES, UNDETERMINED, WEB_SCHEMES, canonicalLanguage, hasScheme, type Level } from '../lib/program/vocabulary.ts';
import { mapFormat } from './map-format.ts';
import type { DayBounds } from '../lib/program/conference-day.ts';
import { dayFields, planDays } from './plan-days.ts';
import type { ContentFile, ContentSnapshot } from './read-content.ts';
import { lastSegment, type ScheduleExport, type ScheduledLink, type ScheduledPerson } from './read-schedule.ts';
import { readableOnWhite } from './track-color.ts';

/** Written for a speaker whose profile in the export has no biography; a later import replaces it. */
export const PLACEHOLDER_BIO = '（日程导出中没有这位嘉宾的简介，待补充。）';
const PLACEHOLDER = '待补充';
/** Where talks without a track in pretalx go, unless they already have one here. */
export const FALLBACK_TRACK = { id: 'general', name: '综合议题', color: '#57606a', description: '在日程导出中没有归入分论坛的议程，导入时归到这里。' };
/** For tracks pretalx gives no colour; all dark enough for white text. */
const TRACK_COLORS = ['#1f6feb', '#0f7b54', '#9a5b00', '#7a3fb0', '#b4233c', '#57606a'];
/** pretalx has no audience level; new talks start in the middle and an editor adjusts it. */
const NEW_TALK_LEVEL: Level = '进阶';
/** Roles (schema2) of people who lead a session rather than speak in it. */
const MODERATOR_ROLES = new Set(['MODERATOR', 'HOST']);
/** Seats written for a new room whose capacity the export does not give. */
const UNKNOWN_CAPACITY = 100;

export interface TalkEntry {
  id: string;
  title: string;
}

export interface ImportReport {
  added: TalkEntry[];
  /** With the fields that changed: title, start … */
  changed: (TalkEntry & { fields: string[] })[];
  unchanged: TalkEntry[];
  /** Talks with a pretalx code that the export no longer has: their files are deleted. */
  removed: TalkEntry[];
  /** Talks of the export that were not written, and why. */
  skipped: { code: string; title: string; reason: string }[];
  speakers: { added: string[]; changed: string[] };
  rooms: string[];
  tracks: string[];
  eventCreated: boolean;
  /** What the import changed in an existing event.yaml: "timeZone: Asia/Shanghai → Europe/Berlin". */
  eventChanges: string[];
  warnings: string[];
}

export interface ImportPlan {
  /** Path relative to the content directory → new file text. */
  writes: Map<string, string>;
  deletes: string[];
  report: ImportReport;
}

/** A stable id from a code, slug or Latin name: "Démo Day 2026" → demo-day-2026; Chinese text gives "". */
function kebabId(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The kebab id of a name, or "" when the name is not all Latin: "A厅" would give a meaningless "a". */
function nameId(name: string): string {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(name) ? '' : kebabId(name);
}

/** For names that give no kebab id (Chinese): the same name always gives the same id. */
function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The talk's wall-clock start and end in the event's zone, YYYY-MM-DDTHH:mm (the end may be on the next date). */
function localTimes(start: number, end: number, timeZone: string): { start: string; end: string } {
  const text = (epochMs: number) => Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
  return { start: text(start), end: text(end) };
}

const quoted = (value: string) => Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
const literal = (value: string) => Object.assign(new Scalar(value), { type: Scalar.BLOCK_LITERAL });
const QUOTED_FIELDS = new Set(['start', 'end', 'slides', 'video']);

/** Sets a talk field in the style the hand-written files use: quoted times, `|` abstracts, [a, b] lists. */
function setField(doc: Document, key: string, value: string | string[]): void {
  if (Array.isArray(value)) doc.set(key, doc.createNode(value, { flow: true }));
  else if (key === 'abstract') doc.set(key, literal(value));
  else doc.set(key, QUOTED_FIELDS.has(key) ? quoted(value) : value);
}

function sameValue(old: unknown, value: string | string[]): boolean {
  if (Array.isArray(value)) return JSON.stringify(Array.isArray(old) ? old : []) === JSON.stringify(value);
  return typeof old === 'string' && old.trim() === value.trim();
}

function stringify(doc: Document): string {
  // No folding: long Chinese titles stay on one line, as the hand-written files have them.
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function appendToList(doc: Document | undefined, items: readonly object[]): string {
  const target = doc ?? new Document(new YAMLSeq());
  if (!isSeq(target.contents)) target.contents = new YAMLSeq();
  const list = target.contents as YAMLSeq;
  for (const item of items) list.add(target.createNode(item, { flow: true }));
  return stringify(target);
}

function findLink(links: readonly ScheduledLink[], types: readonly string[], title: RegExp): string | undefined {
  return links.find((link) => (link.type && types.includes(link.type.toLowerCase())) || title.test(link.title))?.url;
}

/**
 * Works out every file an import writes or deletes, without touching the disk: talks matched by
 * their pretalx code are updated in place (keeping level, articles, tags and, when the export
 * has none, slides and video), new ones get files, and pretalx talks the export no longer has are
 * removed. Talks without a room, speaker or a same-day end are skipped with the reason.
 */
export function planImport(schedule: ScheduleExport, content: ContentSnapshot): ImportPlan {
  const writes = new Map<string, string>();
  const deletes: string[] = [];
  const report: ImportReport = {
    added: [],
    changed: [],
    unchanged: [],
    removed: [],
    skipped: [],
    speakers: { added: [], changed: [] },
    rooms: [],
    tracks: [],
    eventCreated: false,
    eventChanges: [],
    warnings: [],
  };
  const warn = (message: string) => report.warnings.push(message);
  /** Links a reader may follow; a javascript:, data: or other URL in an export is reported and dropped. */
  const safeLinks = (links: readonly ScheduledLink[], schemes: readonly string[], whose: string) =>
    links.filter((link) => {
      if (hasScheme(link.url, schemes)) return true;
      warn(`${whose}“${link.url.slice(0, 60)}”不是 ${schemes.join('、')} 地址，已丢弃`);
      return false;
    });

  // The export's zone wins: its days and day boundaries are written in it.
  const timeZone = schedule.timeZone ?? content.event?.timeZone ?? 'UTC';
  if (!schedule.timeZone) warn(`导出没有有效的 conference.time_zone_name，时间按 ${timeZone} 写入；如不对，请在 event.yaml 中改正 timeZone 后重新导入`);
  const planned = planDays(schedule, timeZone);
  for (const where of schedule.controlCharacters) warn(`${where} 中有不可见的控制字符，已删除`);
  for (const date of planned.widened) warn(`导出中 ${date} 这一天的 day_start/day_end 没有包含它下面的全部议程，已放宽到能容纳这些议程`);

  const rooms = {
    byName: new Map(content.rooms.items.map((room) => [room.name, room.id])),
    ids: new Set(content.rooms.items.map((room) => room.id)),
    added: [] as { id: string; name: string; capacity: number; floor: string }[],
  };
  const roomId = (name: string): string => {
    const info = schedule.rooms.find((room) => room.name === name);
    const slug = kebabId(info?.slug);
    const known = rooms.byName.get(name) ?? (slug && rooms.ids.has(slug) ? slug : undefined);
    if (known) return known;
    const id = uniqueId(slug || nameId(name) || `room-${shortHash(name)}`, rooms.ids);
    rooms.byName.set(name, id);
    rooms.added.push({ id, name, capacity: info?.capacity ?? UNKNOWN_CAPACITY, floor: PLACEHOLDER });
    report.rooms.push(id);
    warn(`新会场“${name}”（${id}）：${info?.capacity ? '' : `容量暂记 ${UNKNOWN_CAPACITY}，`}楼层待补充，请在 rooms.yaml 中核对`);
    return id;
  };

  const tracks = {
    byName: new Map(content.tracks.items.map((track) => [track.name, track.id])),
    ids: new Set(content.tracks.items.map((track) => track.id)),
    added: [] as { id: string; name: string; color: string; description: string }[],
  };
  const trackId = (name: string | undefined): string => {
    if (name === undefined && tracks.ids.has(FALLBACK_TRACK.id)) return FALLBACK_TRACK.id;
    const info = schedule.tracks.find((track) => track.name === name);
    const slug = kebabId(info?.slug);
    const known = name === undefined ? undefined : (tracks.byName.get(name) ?? (slug && tracks.ids.has(slug) ? slug : undefined));
    if (known) return known;
    const track =
      name === undefined
        ? { ...FALLBACK_TRACK }
        : {
            id: uniqueId(slug || nameId(name) || `track-${shortHash(name)}`, tracks.ids),
            name,
            color: info?.color && /^#[0-9a-f]{6}$/i.test(info.color) ? readableOnWhite(info.color) : TRACK_COLORS[tracks.added.length % TRACK_COLORS.length]!,
            description: `由日程导出导入的分论坛“${name}”，简介待补充。`,
          };
    tracks.ids.add(track.id);
    if (name !== undefined) tracks.byName.set(name, track.id);
    tracks.added.push(track);
    report.tracks.push(track.id);
    return track.id;
  };

  const speakers = {
    byName: new Map([...content.speakers].map(([id, file]) => [String(file.data['name']), id])),
    ids: new Set(content.speakers.keys()),
    seen: new Set<string>(),
  };
  const speakerId = (person: ScheduledPerson): string => {
    const known = speakers.byName.get(person.name);
    if (known) {
      const file = content.speakers.get(known);
      if (file && !speakers.seen.has(known) && file.data['bio'] === PLACEHOLDER_BIO && person.biography) {
        file.doc.set('bio', literal(person.biography));
        writes.set(file.path, stringify(file.doc));
        report.speakers.changed.push(known);
      }
      speakers.seen.add(known);
      return known;
    }
    const base = nameId(person.name) || kebabId(lastSegment(person.url)) || kebabId(person.code) || `speaker-${shortHash(person.name)}`;
    const id = uniqueId(base, speakers.ids);
    speakers.byName.set(person.name, id);
    speakers.seen.add(id);
    const links = safeLinks(person.links, CONTACT_SCHEMES, `嘉宾“${person.name}”的链接`).map((link) => ({ label: link.title || link.type || new URL(link.url).hostname, url: link.url }));
    const doc = new Document({
      name: person.name,
      title: PLACEHOLDER,
      organisation: PLACEHOLDER,
      bio: literal(person.biography ?? PLACEHOLDER_BIO),
      ...(links.length ? { links } : {}),
      ...(person.guid ? { guid: person.guid } : {}),
    });
    doc.commentBefore = ' 由日程导出导入：title 与 organisation 是占位值，请补充。';
    writes.set(`speakers/${id}.yaml`, stringify(doc));
    report.speakers.added.push(id);
    if (!person.biography) warn(`嘉宾“${person.name}”（${id}）在导出中没有简介，已写入占位简介`);
    return id;
  };

  const talkIdByCode = new Map<string, string>();
  for (const [id, file] of content.talks) {
    const code = file.data['pretalx'];
    if (typeof code === 'string') talkIdByCode.set(code, id);
  }
  const talkIds = new Set(content.talks.keys());
  const seen = new Set<string>();

  const unplacedCodes = new Set<string>();
  // A session the export cannot place is reported, and one imported earlier stays as it was
  // (it is not deleted as gone from the export either).
  for (const unplaced of schedule.unplaceable) {
    const existingId = talkIdByCode.get(unplaced.code);
    const kept = existingId ? `；${content.talks.get(existingId)!.path} 保持不变` : '';
    unplacedCodes.add(unplaced.code);
    report.skipped.push({ code: unplaced.code, title: unplaced.title, reason: `${unplaced.reason}（${unplaced.where}）${kept}` });
  }
  const defaultLanguage = schedule.defaultLanguage ? canonicalLanguage(schedule.defaultLanguage) : undefined;

  for (const talk of schedule.talks) {
    const existingId = talkIdByCode.get(talk.code);
    const existing: ContentFile | undefined = existingId ? content.talks.get(existingId) : undefined;
    if (seen.has(talk.code)) {
      report.skipped.push({ code: talk.code, title: talk.title, reason: `与前面的议程 code 相同（${talk.where}）` });
      continue;
    }
    seen.add(talk.code);
    const { start, end } = localTimes(talk.start, talk.end, timeZone);

    const people = [...new Set(talk.persons.map(speakerId))];
    // schema2 names moderators and hosts; the older format knows none, so whoever moderated here
    // before still does.
    const leading = new Set(talk.persons.filter((person) => MODERATOR_ROLES.has(person.role?.toUpperCase() ?? '')).map(speakerId));
    const moderators = people.filter((id) => leading.has(id) || strings(existing?.data['moderators']).includes(id));
    const mapped = mapFormat(talk.type);
    // An unknown type leaves a matched talk's format alone rather than forcing the default on it.
    const format = mapped ?? (existing ? undefined : '技术研讨');
    if (!mapped && talk.type && !existing) warn(`“${talk.title}”的类型“${talk.type}”没有对应的议程形式，记为技术研讨`);
    // A tag that names no language is not guessed at: the export's default language, else
    // BCP 47's "und" (undetermined), never the site's own language.
    const known = talk.language ? canonicalLanguage(talk.language) : undefined;
    const language = known ?? defaultLanguage ?? (talk.language ? UNDETERMINED : undefined);
    if (talk.language && !known) warn(`“${talk.title}”（${talk.code}）的语言“${talk.language}”不是已知语言的 BCP 47 标签，记为 ${language}，请核对`);
    const links = safeLinks(talk.links, WEB_SCHEMES, `“${talk.title}”（${talk.code}）的链接`);
    const slides = findLink(links, ['slides'], /slides?|幻灯片|演示文稿|讲义|课件/i);
    const video = findLink(links, ['media', 'video', 'recording'], /video|recording|录像|视频|回放/i);
    const track = talk.track !== undefined || !existing ? trackId(talk.track) : undefined;

    const fields: [string, string | string[]][] = [
      ['title', talk.title],
      // The schema asks for ten characters; an empty abstract gets a note instead.
      ['abstract', talk.abstract.length >= 10 ? talk.abstract : `${talk.abstract}（日程导出中没有这场议程的简介，待补充。）`],
    ];
    if (format) fields.push(['format', format]);
    if (!existing) fields.push(['level', NEW_TALK_LEVEL]);
    if (language) fields.push(['language', language]);
    if (track) fields.push(['track', track]);
    fields.push(['room', roomId(talk.room)], ['start', start], ['end', end]);
    if (talk.guid && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(talk.guid)) fields.push(['guid', talk.guid.toLowerCase()]);
    fields.push(['speakers', people.filter((id) => !moderators.includes(id))], ['moderators', moderators]);

    if (existing && existingId) {
      if (slides) fields.push(['slides', slides]);
      if (video) fields.push(['video', video]);
      const changed = fields.filter(([key, value]) => !sameValue(existing.data[key], value));
      const entry = { id: existingId, title: talk.title };
      if (changed.length === 0) {
        report.unchanged.push(entry);
        continue;
      }
      for (const [key, value] of changed) setField(existing.doc, key, value);
      writes.set(existing.path, stringify(existing.doc));
      report.changed.push({ ...entry, fields: changed.map(([key]) => key) });
      continue;
    }

    fields.push(['articles', []], ['tags', []]);
    if (slides) fields.push(['slides', slides]);
    if (video) fields.push(['video', video]);
    fields.push(['pretalx', talk.code]);
    const id = uniqueId(kebabId(talk.slug) || kebabId(talk.code) || `talk-${shortHash(talk.code)}`, talkIds);
    const doc = new Document({});
    for (const [key, value] of fields) setField(doc, key, value);
    doc.commentBefore = ` 由日程导出导入（${talk.code}）。重新导入会更新标题、简介、形式、语言、时间、会场和讲者；level、articles、tags 在这里补充，导入时保留。`;
    writes.set(`talks/${id}.yaml`, stringify(doc));
    report.added.push({ id, title: talk.title });
  }

  for (const [code, id] of talkIdByCode) {
    if (seen.has(code) || unplacedCodes.has(code)) continue;
    const file = content.talks.get(id)!;
    deletes.push(file.path);
    report.removed.push({ id, title: String(file.data['title']) });
  }

  // New rooms and tracks in the order the export lists them, not the order talks reached them.
  const inOrder = <T extends { name: string }>(added: T[], listed: readonly { name: string }[]) => {
    const rank = (item: T) => {
      const index = listed.findIndex((entry) => entry.name === item.name);
      return index === -1 ? listed.length : index;
    };
    return added.sort((a, b) => rank(a) - rank(b));
  };
  if (rooms.added.length) writes.set('rooms.yaml', appendToList(content.rooms.doc, inOrder(rooms.added, schedule.rooms)));
  if (tracks.added.length) writes.set('tracks.yaml', appendToList(content.tracks.doc, inOrder(tracks.added, schedule.tracks)));

  writeEvent(schedule, content, planned.days, timeZone, writes, report);

  return { writes, deletes, report };
}

function dayNode(doc: Document, days: readonly Record<string, unknown>[]): YAMLSeq {
  const list = new YAMLSeq();
  for (const day of days) list.add(doc.createNode({ ...day, date: quoted(String(day['date'])) }, { flow: true }));
  return list;
}

/**
 * Creates event.yaml, or brings an existing one in line with the export: its name, time zone,
 * days and day boundaries follow the export; what the export does not carry (venue, tagline,
 * description, a day's edited label) stays. Breaks on days the program no longer has are dropped.
 */
function writeEvent(schedule: ScheduleExport, content: ContentSnapshot, days: readonly DayBounds[], timeZone: string, writes: Map<string, string>, report: ImportReport): void {
  const label = (date: string, index: number) => content.event?.days.find((day) => day.date === date)?.label ?? `第 ${index + 1} 天`;
  const dayEntries = days.map((day, index) => ({ date: day.date, label: label(day.date, index), ...dayFields(day, timeZone) }));

  if (!content.event) {
    const id = kebabId(schedule.acronym) || kebabId(schedule.title) || 'event';
    const doc = new Document({});
    doc.set(
      id,
      doc.createNode({
        name: schedule.title,
        edition: days[0]?.date.slice(0, 4) ?? PLACEHOLDER,
        tagline: schedule.title,
        description: schedule.description && schedule.description.length >= 10 ? schedule.description : `${schedule.title}（由日程导出导入，介绍待补充）。`,
        timeZone,
        days: [],
        venue: { name: PLACEHOLDER, address: PLACEHOLDER, city: PLACEHOLDER },
        breaks: [],
      }),
    );
    doc.setIn([id, 'days'], dayNode(doc, dayEntries));
    doc.commentBefore = ' 由日程导出导入：tagline、venue 和每天的 label 是占位值，请补充。';
    writes.set('event.yaml', stringify(doc));
    report.eventCreated = true;
    return;
  }

  const { doc, id } = content.event;
  const changes = report.eventChanges;
  if (content.event.name !== schedule.title) {
    doc.setIn([id, 'name'], schedule.title);
    changes.push(`name：${content.event.name ?? '（无）'} → ${schedule.title}`);
  }
  if (content.event.timeZone !== timeZone) {
    doc.setIn([id, 'timeZone'], timeZone);
    changes.push(`timeZone：${content.event.timeZone} → ${timeZone}`);
  }
  const describe = (day: { date: string; start?: string | undefined; end?: string | undefined }) =>
    day.start || day.end ? `${day.date}（${day.start ?? '00:00'}–${day.end ?? '24:00'}）` : day.date;
  const before = content.event.days.map(describe).join('、');
  const after = dayEntries.map(describe).join('、');
  if (before !== after) {
    doc.setIn([id, 'days'], dayNode(doc, dayEntries));
    changes.push(`days：${before || '（无）'} → ${after}`);
  }
  const breaks = doc.getIn([id, 'breaks']);
  if (isSeq(breaks) && changes.length) {
    const dates = new Set(days.map((day) => day.date));
    const kept = breaks.items.filter((item) => {
      const start = isMap(item) ? String((item as YAMLMap).get('start') ?? '') : '';
      return dates.has(start.slice(0, 10));
    });
    if (kept.length < breaks.items.length) {
      changes.push(`breaks：删除 ${breaks.items.length - kept.length} 个不在新日程日内的休息时间`);
      breaks.items = kept;
    }
  }
  if (changes.length) writes.set('event.yaml', stringify(doc));
}
