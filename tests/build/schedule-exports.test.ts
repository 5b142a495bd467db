import { XMLParser } from 'fast-xml-parser';
import { cp, rm } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scheduleGuid } from '~/lib/schedule-export/guids';
import type { C3vocEvent, C3vocSchedule } from '~/lib/schedule-export/to-c3voc';
import { importSchedule } from '~/schedule-import/import-schedule';
import type { Schedule2 } from '~/lib/schedule-export/to-schedule2';
import { c3vocErrors, schedule2Errors } from '../fixtures/interop/validate-c3voc.ts';
import { ROOT, buildSite } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';

interface XmlEvent {
  guid: string;
  id: string;
  slug: string;
  title: string;
  date: string;
  room: string;
  persons: { person?: { id: string; '#text': string }[] } | '';
}
interface XmlSchedule {
  schedule: {
    version: string;
    conference: { acronym: string; days: string };
    day: { index: string; date: string; room: { name: string; guid: string; event?: XmlEvent[] }[] }[];
  };
}

const LISTS = new Set(['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link']);
const xmlParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, path) => LISTS.has(String(path)),
});

function readExports(dist: Dist) {
  const json = JSON.parse(dist.text('schedule.json')) as C3vocSchedule;
  const xmlText = dist.text('schedule.xml');
  const xml = xmlParser.parse(xmlText) as XmlSchedule;
  const events = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat());
  const xmlEvents = xml.schedule.day.flatMap((day) => day.room.flatMap((room) => room.event ?? []));
  return { json, xmlText, xml, events, xmlEvents };
}

/** The real site as `npm run build` left it in dist/ (or SITE_DIST, for a build kept elsewhere). */
const dist = new Dist(process.env['SITE_DIST'] ?? join(ROOT, 'dist'));
const talksDir = join(ROOT, 'content/talks');
const talks = readdirSync(talksDir).map((file) => ({
  id: file.replace(/\.ya?ml$/, ''),
  ...(parse(readFileSync(join(talksDir, file), 'utf8')) as { title: string; start: string; speakers?: string[]; moderators?: string[] }),
}));
const days = Object.values(parse(readFileSync(join(ROOT, 'content/event.yaml'), 'utf8')) as Record<string, { days: { date: string }[] }>)[0]!.days;

describe('/schedule.json', () => {
  let json: C3vocSchedule;
  let events: C3vocEvent[];
  beforeAll(() => {
    ({ json, events } = readExports(dist));
  });

  it('is valid against the c3voc schedule schema', () => {
    expect(c3vocErrors(json)).toEqual([]);
  });

  it('lists every talk once, at its local time with the event’s offset', () => {
    expect(events.map((event) => event.slug).sort()).toEqual(talks.map((talk) => talk.id).sort());
    for (const talk of talks) {
      const event = events.find((item) => item.slug === talk.id)!;
      expect(event.title).toBe(talk.title);
      expect(event.date).toBe(`${talk.start}:00+08:00`);
      expect(event.persons).toHaveLength(new Set([...(talk.speakers ?? []), ...(talk.moderators ?? [])]).size);
    }
  });

  it('has one day per event day', () => {
    expect(json.schedule.conference.days.map((day) => day.date)).toEqual(days.map((day) => day.date));
  });

  it('gives deterministic UUID v5 guids: the talk’s own, the same in every build', () => {
    for (const event of events) {
      expect(isUuid(event.guid) && uuidVersion(event.guid)).toBe(5);
      expect(event.guid).toBe(scheduleGuid('talk', event.slug));
    }
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it('links each talk to its page on the site', () => {
    for (const event of events) {
      const url = new URL(event.url);
      expect(url.origin).toBe('https://devcon.example.com');
      expect(existsSync(join(dist.dir, url.pathname, 'index.html')), url.pathname).toBe(true);
    }
  });
});

describe('/schedule.xml', () => {
  let exports: ReturnType<typeof readExports>;
  beforeAll(() => {
    exports = readExports(dist);
  });

  it('has the frab structure: conference, days, rooms with guids, events with guids', () => {
    const { xml } = exports;
    expect(xml.schedule.conference.days).toBe(String(days.length));
    expect(xml.schedule.day.map((day) => day.date)).toEqual(days.map((day) => day.date));
    for (const day of xml.schedule.day) {
      for (const room of day.room) expect(isUuid(room.guid), room.name).toBe(true);
    }
  });

  it('carries the same talks as /schedule.json, field for field', () => {
    const { events, xmlEvents } = exports;
    const fromJson = (event: C3vocEvent) => [event.guid, String(event.id), event.slug, event.title, event.date, event.room, event.persons.map((person) => person.name)];
    const fromXml = (event: XmlEvent) => [event.guid, event.id, event.slug, event.title, event.date, event.room, event.persons === '' ? [] : (event.persons.person ?? []).map((person) => person['#text'])];
    expect(xmlEvents.map(fromXml)).toEqual(events.map(fromJson));
    expect(xmlEvents).toHaveLength(talks.length);
  });
});

describe('/schedule2.json', () => {
  it('is valid against c3voc’s schema2 and carries the same sessions as /schedule.json', () => {
    const { events } = readExports(dist);
    const schedule2 = JSON.parse(dist.text('schedule2.json')) as Schedule2;
    expect(schedule2Errors(schedule2)).toEqual([]);
    const pick = (event: { guid: string; title: string }) => [event.guid, event.title];
    expect(schedule2.schedule.events.map(pick).sort()).toEqual(events.map(pick).sort());
  });
});

/** What an export says of its sessions, from the file itself (not through our reader). */
interface ExportSession {
  guid: string;
  title: string;
  language: string;
  room: string;
  /** The conference day it is listed under, or the date of its start in the export's zone. */
  day: string;
  people: string[];
}
type RawEvent = Record<string, unknown> & { guid: string; title: string; language?: string };
function sessionsOf(file: string): ExportSession[] {
  const { schedule } = JSON.parse(readFileSync(file, 'utf8')) as {
    schedule: { conference: { days: { date: string; start?: string; end?: string; rooms?: Record<string, RawEvent[]> }[] }; events?: RawEvent[] };
  };
  const names = (list: unknown) => ((list ?? []) as { name?: string; public_name?: string }[]).map((person) => person.name ?? person.public_name ?? '');
  const nested = schedule.conference.days.flatMap((day) =>
    Object.entries(day.rooms ?? {}).flatMap(([room, events]) =>
      events.map((event) => ({ guid: event.guid, title: event.title, language: event.language ?? '', room: (event['room'] as string) || room, day: day.date, people: names(event['persons']) })),
    ),
  );
  const flat = (schedule.events ?? []).map((event) => {
    const start = Date.parse(event['start'] as string);
    const day = schedule.conference.days.find((d) => Date.parse(d.start!) <= start && start < Date.parse(d.end!))!;
    return { guid: event.guid, title: event.title, language: event.language ?? '', room: ((event['room'] as { name?: string } | null)?.name ?? ''), day: day.date, people: names(event['participants']) };
  });
  return [...nested, ...flat];
}

describe.each([
  ['pretalx', 'pretalx-sample.json'],
  ['frab', 'frab-camp-sample.json'],
  ['c3voc hub schema2', 'hub-schedule2-sample.json'],
])('a site built from a %s export (%s)', (_, file) => {
  // A fixed place, so repeated runs share one build cache; emptied first, so each run imports afresh.
  const work = join(ROOT, '.build/fixtures', `import-${file.replace('.json', '')}`);
  const source = join(ROOT, 'tests/fixtures/interop', file);
  const placeable = sessionsOf(source).filter((session) => session.room);
  let site: Dist;
  let output = '';
  let code: number | null = null;
  beforeAll(async () => {
    const content = join(work, 'content');
    await rm(content, { recursive: true, force: true });
    await cp(join(ROOT, 'tests/fixtures/basic/articles'), join(content, 'articles'), { recursive: true });
    await cp(join(ROOT, 'tests/fixtures/basic/pages'), join(content, 'pages'), { recursive: true });
    await importSchedule(source, content);
    const result = await buildSite(content, join(work, 'dist'));
    ({ output, code } = result);
    site = new Dist(result.outDir);
  });

  it('builds: the imported files pass the site’s schemas and program checks', () => {
    expect(code, output).toBe(0);
  });

  it('exports every session that has a room, valid against both c3voc schemas', () => {
    const { json, events } = readExports(site);
    expect(c3vocErrors(json)).toEqual([]);
    expect(schedule2Errors(JSON.parse(site.text('schedule2.json')))).toEqual([]);
    expect(events.map((event) => event.guid).sort()).toEqual(placeable.map((session) => session.guid).sort());
  });

  it('keeps each session’s guid, conference day, room, language and people through import → build → export', () => {
    const { json } = readExports(site);
    const exported = json.schedule.conference.days.flatMap((day) =>
      Object.values(day.rooms)
        .flat()
        .map((event) => ({ guid: event.guid, day: day.date, room: event.room, language: event.language, people: event.persons.map((person) => person.name).sort() })),
    );
    const known = (tag: string) => (tag === 'xx' ? 'en' : tag); // the hub sample's unknown tag falls back to its default language
    expect(exported.sort((a, b) => a.guid.localeCompare(b.guid))).toEqual(
      placeable
        .map((session) => ({ guid: session.guid, day: session.day, room: session.room, language: known(session.language), people: [...session.people].sort() }))
        .sort((a, b) => a.guid.localeCompare(b.guid)),
    );
  });

  it('lists every session on its day’s agenda page, past-midnight ones under the day they belong to', () => {
    for (const session of placeable) {
      const { json } = readExports(site);
      const slug = json.schedule.conference.days.flatMap((day) => Object.values(day.rooms).flat()).find((event) => event.guid === session.guid)!.slug;
      expect(site.page(`/agenda/${session.day}/`)(`article.talk-card[data-talk="${slug}"]`), `${session.title} on ${session.day}`).toHaveLength(1);
    }
  });
});

describe('untrusted text from an export, end to end', () => {
  // The site the schema2 block above built (vitest runs a file's blocks in order).
  const built = new Dist(join(ROOT, '.build/fixtures/import-hub-schedule2-sample/dist'));
  const site = () => built;
  const title = '<script>alert("x")</script> & "quotes" — \u202eevil\u202c title {{ braces }}';

  it('stays text, intact, on the talk page, the agenda, the speaker page and in search metadata', () => {
    const page = site().page('/talks/sample-hostile-markup/');
    expect(page('h1').text()).toBe(title);
    expect(page('h1 script, .prose img')).toHaveLength(0);
    expect(page('.prose').text()).toContain('Markup <img src=x onerror=alert(1)> stays text. A bell was here.');
    const agenda = site().page('/agenda/2025-12-27/');
    expect(agenda('article[data-talk="sample-hostile-markup"] .talk-title').text()).toBe(title);
    expect(site().page('/speakers/ada-b-bold-b-nakamura/')('h1').text()).toBe('Ada <b>Bold</b> Nakamura');
    // The 400-character title and 3,000-character abstract are kept whole.
    const long = site().page('/talks/sample-long-title/');
    expect(long('h1').text()).toHaveLength(JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/interop/hub-schedule2-sample.json'), 'utf8')).schedule.events[2].title.length);
    expect(long('.prose').text()).toContain('x'.repeat(3000));
  });

  it('stays intact in calendars and exports, escaped where the format needs it', () => {
    const ics = site().text('talks/sample-hostile-markup.ics');
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain(`SUMMARY;LANGUAGE=en:${title.replace(/([,;\\])/g, '\\$1')}`);
    const { events, xmlText, xmlEvents } = readExports(site());
    expect(events.find((event) => event.slug === 'sample-hostile-markup')!.title).toBe(title);
    expect(xmlEvents.find((event) => event.slug === 'sample-hostile-markup')!.title).toBe(title);
    expect(xmlText).not.toContain('<script>');
    const schedule2 = JSON.parse(site().text('schedule2.json')) as Schedule2;
    expect(schedule2.schedule.events.find((event) => event.slug === 'sample-hostile-markup')!.title).toBe(title);
  });

  it('never turns a javascript: or data: URL from the export into a link, and keeps the https and mailto ones', () => {
    const hrefs = site()
      .pages()
      .flatMap((path) => site().page(path)('a[href]').map((_, a) => a.attribs['href']!).get());
    expect(hrefs.filter((href) => /^\s*(javascript|data|vbscript):/i.test(href))).toEqual([]);
    expect(hrefs).toContain('mailto:ada@example.org');
    const talk = site().page('/talks/sample-hostile-markup/');
    expect(talk('a.button').map((_, a) => a.attribs['href']).get()).toContain('https://media.example.org/hostile-1.mp4');
  });
});
