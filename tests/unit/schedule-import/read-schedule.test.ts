import { describe, expect, it } from 'vitest';
import { ImportError } from '~/schedule-import/import-error';
import { readSchedule } from '~/schedule-import/read-schedule';

const event = {
  guid: '8079583e-8321-506c-95af-fd2903a5f075',
  date: '2026-03-02T09:00:00+01:00',
  start: '09:00',
  duration: '00:30',
  room: 'Gray Room',
  slug: 'democon-25-hardware',
  url: 'https://pretalx.example.com/democon/talk/G9JGWY/',
  title: 'Focused hardware',
  type: 'Talk',
  language: 'en',
  abstract: 'Brand back-end models!',
  description: 'Station provide certain mean.',
  persons: [{ code: 'NQTF8Y', public_name: 'Brian Robinson', biography: '' }],
  links: [],
};

function exportOf(events: object[], conference: object = {}): string {
  return JSON.stringify({
    schedule: {
      version: '1.0',
      base_url: 'https://pretalx.example.com/democon/schedule/',
      conference: {
        acronym: 'democon',
        title: 'DemoCon',
        time_zone_name: 'Europe/Berlin',
        days: [{ index: 1, date: '2026-03-02', rooms: { 'Gray Room': events } }],
        ...conference,
      },
    },
  });
}

function errorOf(text: string): string {
  try {
    readSchedule(text, 'schedule.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as Error).message;
  }
  throw new Error('no error');
}

describe('readSchedule', () => {
  it('reads a talk: code from the URL, abstract and description joined, frab public_name', () => {
    const [talk] = readSchedule(exportOf([event]), 'schedule.json').talks;
    expect(talk).toEqual({
      code: 'G9JGWY',
      guid: '8079583e-8321-506c-95af-fd2903a5f075',
      where: 'days[0].rooms["Gray Room"][0]',
      slug: 'democon-25-hardware',
      title: 'Focused hardware',
      abstract: 'Brand back-end models!\n\nStation provide certain mean.',
      type: 'Talk',
      language: 'en',
      track: undefined,
      room: 'Gray Room',
      day: '2026-03-02',
      start: Date.parse('2026-03-02T08:00:00Z'),
      end: Date.parse('2026-03-02T08:30:00Z'),
      persons: [{ name: 'Brian Robinson', biography: undefined, code: 'NQTF8Y', guid: undefined, url: undefined, role: undefined, links: [] }],
      links: [],
    });
  });

  it.each([
    ['an offset', { date: '2026-03-02T09:00:00+01:00' }, '2026-03-02T08:00:00Z'],
    ['Z', { date: '2026-03-02T08:00:00Z' }, '2026-03-02T08:00:00Z'],
    ['no offset: the export’s time_zone_name', { date: '2026-03-02T09:00:00' }, '2026-03-02T08:00:00Z'],
    ['only start: the day’s date in the export’s zone', { date: undefined, start: '10:15' }, '2026-03-02T09:15:00Z'],
  ])('reads a start with %s', (_, fields, instant) => {
    expect(readSchedule(exportOf([{ ...event, ...fields }]), 'schedule.json').talks[0]!.start).toBe(Date.parse(instant));
  });

  it('prefers pretalx’s own code field to the URL', () => {
    expect(readSchedule(exportOf([{ ...event, code: 'ABCDEF' }]), 'schedule.json').talks[0]!.code).toBe('ABCDEF');
  });

  it('resolves relative attachment URLs against base_url and keeps link types, leaving the scheme check to the import', () => {
    const links = [{ url: 'https://example.com/v', title: 'Recording', type: 'media' }, { url: 'javascript:alert(1)', title: 'bad' }];
    const attachments = [{ url: '/media/slides.pdf', title: 'Slides' }];
    expect(readSchedule(exportOf([{ ...event, links, attachments }]), 'schedule.json').talks[0]!.links).toEqual([
      { url: 'https://example.com/v', title: 'Recording', type: 'media' },
      { url: 'javascript:alert(1)', title: 'bad', type: undefined },
      { url: 'https://pretalx.example.com/media/slides.pdf', title: 'Slides', type: undefined },
    ]);
  });

  it('reads an export without a valid zone, keeping times with offsets', () => {
    const schedule = readSchedule(exportOf([event], { time_zone_name: 'Mars/Olympus' }), 'schedule.json');
    expect(schedule.timeZone).toBeUndefined();
    expect(schedule.talks[0]!.start).toBe(Date.parse('2026-03-02T08:00:00Z'));
  });

  it('rejects a file that is not JSON', () => {
    expect(errorOf('{"schedule": ')).toMatch(/^schedule\.json 不是有效的 JSON：/);
  });

  it('rejects JSON that is not a schedule export, naming what is missing', () => {
    expect(errorOf('{"talks": []}')).toMatchInlineSnapshot(`
      "schedule.json 不是 c3voc 格式的日程导出（pretalx、frab 或 c3voc hub 的 schedule.json）：
        缺少 schedule（顶层应是 { "schedule": { "version": …, "conference": … } }）"
    `);
    expect(errorOf('{"schedule": {"version": "1"}}')).toMatchInlineSnapshot(`
      "schedule.json 不是 c3voc 格式的日程导出（pretalx、frab 或 c3voc hub 的 schedule.json）：
        缺少 schedule.conference"
    `);
    expect(errorOf('{"schedule": {"conference": {"acronym": "x"}}}')).toMatchInlineSnapshot(`
      "schedule.json 不是 c3voc 格式的日程导出（pretalx、frab 或 c3voc hub 的 schedule.json）：
        缺少 schedule.conference.title
        缺少 schedule.conference.days（按天排列的议程）或 schedule.events"
    `);
  });

  it('lists each session it cannot place, with its code, title and why, and reads the rest', () => {
    const broken = [{ ...event, duration: '30 min', url: undefined }, { ...event, title: '', date: 'soon', guid: undefined }];
    const schedule = readSchedule(exportOf([...broken, event]), 'schedule.json');
    expect(schedule.talks.map((talk) => talk.code)).toEqual(['G9JGWY']);
    expect(schedule.unplaceable).toEqual([
      { code: '8079583e-8321-506c-95af-fd2903a5f075', title: 'Focused hardware', where: 'days[0].rooms["Gray Room"][0]', reason: '没有时长（duration 或 end）' },
      { code: 'G9JGWY', title: '（无标题）', where: 'days[0].rooms["Gray Room"][1]', reason: '没有标题、开始时间“soon”不是带时区偏移的 ISO 时间' },
    ]);
    // The day's room key stands in for an empty `room` field; a session with neither is unplaceable.
    expect(readSchedule(exportOf([{ ...event, room: null }]), 'schedule.json').talks[0]!.room).toBe('Gray Room');
    const roomless = JSON.parse(exportOf([event])) as { schedule: { conference: { days: { rooms: Record<string, unknown> }[] } } };
    roomless.schedule.conference.days[0]!.rooms = { '': [{ ...event, room: '', code: 'NOROOM' }], 'Gray Room': [event] };
    expect(readSchedule(JSON.stringify(roomless), 'schedule.json').unplaceable).toEqual([
      { code: 'NOROOM', title: 'Focused hardware', where: 'days[0].rooms[""][0]', reason: '没有会场' },
    ]);
  });

  it('reads durations in both formats and schema2’s explicit end', () => {
    const minutes = (fields: object) => {
      const talk = readSchedule(exportOf([{ ...event, ...fields }]), 'schedule.json').talks[0]!;
      return (talk.end - talk.start) / 60_000;
    };
    expect(minutes({ duration: '01:30' })).toBe(90);
    expect(minutes({ duration: '00:45:00' })).toBe(45);
    expect(minutes({ duration: 'PT1H15M' })).toBe(75);
    expect(minutes({ duration: undefined, end: '2026-03-02T10:10:00+01:00' })).toBe(70);
  });

  it('refuses an export without talks rather than removing every imported talk', () => {
    expect(errorOf(exportOf([]))).toMatchInlineSnapshot(`"schedule.json 中没有任何可导入的议程；为避免把已导入的议程全部删除，导入已停止。"`);
  });
});
