import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { numericId } from '~/lib/schedule-export/guids';
import type { C3vocEvent, C3vocSchedule } from '~/lib/schedule-export/to-c3voc';
import { toFrabXml } from '~/lib/schedule-export/to-frab-xml';

const event: C3vocEvent = {
  guid: '2d64f8e2-26ee-529f-b5ab-3b3f326e31b9',
  id: 42,
  date: '2026-12-12T09:10:00+08:00',
  end: '2026-12-12T09:45:00+08:00',
  start: '09:10',
  duration: '00:35',
  room: 'A厅 & "B厅"',
  slug: 'opening',
  url: 'https://devcon.example.com/talks/opening/',
  title: '<script>alert("x")</script> & AT&T',
  subtitle: '',
  track: '主论坛',
  type: '主题演讲',
  language: 'zh',
  abstract: '第一段\u0007\n\n第二段 </abstract>',
  description: '',
  recording_license: '',
  do_not_record: false,
  persons: [{ guid: 'bbf3b9a2-58a5-54cd-9410-c010e9c5bc68', name: '林秋月', public_name: '林秋月', biography: '', url: 'https://devcon.example.com/speakers/lin/' }],
  links: [{ url: 'https://example.com/slides.pdf?a=1&b=2', title: '演示文稿', type: 'slides' }],
};

const schedule: C3vocSchedule = {
  $schema: 'https://c3voc.de/schedule/schema.json',
  schedule: {
    version: '2026-abcdef12',
    base_url: 'https://devcon.example.com/',
    conference: {
      acronym: 'devcon_2026',
      title: 'AI大模型应用开发者大会',
      description: '',
      url: 'https://devcon.example.com/',
      start: '2026-12-12',
      end: '2026-12-13',
      daysCount: 2,
      time_zone_name: 'Asia/Shanghai',
      timeslot_duration: '00:05',
      rooms: [
        { name: 'A厅 & "B厅"', slug: 'hall-a', guid: '867ee41f-40ab-5f25-a6e8-9237b97ac28c', capacity: 300 },
        { name: '主会场', slug: 'main-hall', guid: 'ab54ff8c-82e9-5a46-b88d-5248f880e67d', capacity: 1200 },
      ],
      tracks: [],
      days: [
        { index: 1, date: '2026-12-12', day_start: '2026-12-12T09:10:00+08:00', day_end: '2026-12-12T09:45:00+08:00', rooms: { 'A厅 & "B厅"': [event], 主会场: [] } },
        { index: 2, date: '2026-12-13', day_start: '2026-12-13T00:00:00+08:00', day_end: '2026-12-13T23:59:00+08:00', rooms: {} },
      ],
    },
  },
};

const xml = toFrabXml(schedule);
const LISTS = new Set(['schedule.day', 'schedule.day.room', 'schedule.day.room.event', 'schedule.day.room.event.persons.person', 'schedule.day.room.event.links.link']);
const parsed = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (_name, path) => LISTS.has(String(path)),
}).parse(xml);
const root = parsed.schedule;

describe('toFrabXml', () => {
  it('is one <schedule> document with an XML declaration', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<schedule>')).toBe(true);
    expect(Object.keys(parsed)).toEqual(['?xml', 'schedule']);
  });

  it('writes the conference the way frab does', () => {
    expect(root.version).toBe('2026-abcdef12');
    expect(root.conference).toEqual({
      acronym: 'devcon_2026',
      title: 'AI大模型应用开发者大会',
      start: '2026-12-12',
      end: '2026-12-13',
      days: '2',
      timeslot_duration: '00:05',
      base_url: 'https://devcon.example.com/',
      time_zone_name: 'Asia/Shanghai',
    });
  });

  it('nests day → room → event, with the days and rooms as attributes', () => {
    expect(root.day.map((day: Record<string, unknown>) => [day['index'], day['date'], day['start'], day['end']])).toEqual([
      ['1', '2026-12-12', '2026-12-12T09:10:00+08:00', '2026-12-12T09:45:00+08:00'],
      ['2', '2026-12-13', '2026-12-13T00:00:00+08:00', '2026-12-13T23:59:00+08:00'],
    ]);
    const [hall, main] = root.day[0].room;
    expect(hall).toMatchObject({ name: 'A厅 & "B厅"', guid: '867ee41f-40ab-5f25-a6e8-9237b97ac28c' });
    expect(main).toMatchObject({ name: '主会场', guid: 'ab54ff8c-82e9-5a46-b88d-5248f880e67d' });
    expect(main.event).toBeUndefined();
  });

  it('writes every event field, persons with ids and links with hrefs', () => {
    const written = root.day[0].room[0].event[0];
    expect(written).toMatchObject({
      guid: event.guid,
      id: '42',
      date: event.date,
      start: '09:10',
      duration: '00:35',
      room: 'A厅 & "B厅"',
      slug: 'opening',
      url: event.url,
      recording: { license: '', optout: 'false' },
      subtitle: '',
      track: '主论坛',
      type: '主题演讲',
      language: 'zh',
      description: '',
    });
    expect(written.persons.person).toEqual([{ id: String(numericId(event.persons[0]!.guid)), '#text': '林秋月' }]);
    expect(written.links.link).toEqual([{ href: 'https://example.com/slides.pdf?a=1&b=2', '#text': '演示文稿' }]);
  });

  it('escapes markup in text, so it survives as text', () => {
    const written = root.day[0].room[0].event[0];
    expect(written.title).toBe('<script>alert("x")</script> & AT&T');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
  });

  it('drops characters XML cannot carry and keeps the rest of the text', () => {
    expect(root.day[0].room[0].event[0].abstract).toBe('第一段\n\n第二段 </abstract>');
  });
});
