import { XMLParser } from 'fast-xml-parser';
import { cp, rm } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validate as isUuid, version as uuidVersion } from 'uuid';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scheduleGuid } from '~/lib/schedule-export/guids';
import type { C3vocEvent, C3vocSchedule } from '~/lib/schedule-export/to-c3voc';
import { importSchedule } from '~/lib/schedule-import/import-schedule';
import { c3vocErrors } from '../fixtures/interop/validate-c3voc';
import { ROOT, buildSite } from '../helpers/build-site';
import { Dist } from '../helpers/dist';

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

describe('a site built from a pretalx import', () => {
  // A fixed place, so repeated runs share one build cache; emptied first, so each run imports afresh.
  const work = join(ROOT, '.build/fixtures/pretalx-import');
  let site: Dist;
  let output = '';
  let code: number | null = null;
  beforeAll(async () => {
    const content = join(work, 'content');
    await rm(content, { recursive: true, force: true });
    await cp(join(ROOT, 'tests/fixtures/basic/articles'), join(content, 'articles'), { recursive: true });
    await cp(join(ROOT, 'tests/fixtures/basic/pages'), join(content, 'pages'), { recursive: true });
    await importSchedule(join(ROOT, 'tests/fixtures/interop/pretalx-sample.json'), content);
    const result = await buildSite(content, join(work, 'dist'));
    ({ output, code } = result);
    site = new Dist(result.outDir);
  });

  it('builds: the imported files pass the site’s schemas and program checks', () => {
    expect(code, output).toBe(0);
  });

  it('exports the imported talks with their pretalx codes', () => {
    const { events } = readExports(site);
    expect(events.map((event) => event.code).sort()).toEqual(['ABC7KX', 'DMO3SH', 'FTN8LR', 'LNG9ZH', 'PNL4RT', 'RAG5EV', 'WKS2EV', 'MTP1UP'].sort());
  });

  it('keeps <script>-like text in a title as text in the XML', () => {
    const { xmlText, xmlEvents } = readExports(site);
    const title = 'Product demo: a model gateway that stops <script> injection & prompt leaks';
    expect(xmlEvents.map((event) => event.title)).toContain(title);
    expect(xmlText).not.toContain('<script>');
    expect(xmlText).toContain('stops &lt;script&gt; injection &amp; prompt leaks');
  });
});
