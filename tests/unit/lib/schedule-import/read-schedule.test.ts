import { describe, expect, it } from 'vitest';
import { ImportError } from '~/lib/schedule-import/import-error';
import { readSchedule } from '~/lib/schedule-import/read-schedule';

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
      where: 'days[0].rooms["Gray Room"][0]',
      slug: 'democon-25-hardware',
      title: 'Focused hardware',
      abstract: 'Brand back-end models!\n\nStation provide certain mean.',
      type: 'Talk',
      language: 'en',
      track: undefined,
      room: 'Gray Room',
      start: Date.parse('2026-03-02T08:00:00Z'),
      minutes: 30,
      persons: [{ name: 'Brian Robinson', biography: undefined, code: 'NQTF8Y', url: undefined }],
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

  it('resolves relative attachment URLs against base_url and keeps link types', () => {
    const links = [{ url: 'https://example.com/v', title: 'Recording', type: 'media' }, { url: 'javascript:alert(1)', title: 'bad' }];
    const attachments = [{ url: '/media/slides.pdf', title: 'Slides' }];
    expect(readSchedule(exportOf([{ ...event, links, attachments }]), 'schedule.json').talks[0]!.links).toEqual([
      { url: 'https://example.com/v', title: 'Recording', type: 'media' },
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
      "schedule.json 不是 pretalx 导出的日程（c3voc schedule JSON，…/schedule/export/schedule.json）：
        缺少 schedule（顶层应是 { "schedule": { "version": …, "conference": … } }）"
    `);
    expect(errorOf('{"schedule": {"version": "1"}}')).toMatchInlineSnapshot(`
      "schedule.json 不是 pretalx 导出的日程（c3voc schedule JSON，…/schedule/export/schedule.json）：
        缺少 schedule.conference"
    `);
    expect(errorOf('{"schedule": {"conference": {"acronym": "x"}}}')).toMatchInlineSnapshot(`
      "schedule.json 不是 pretalx 导出的日程（c3voc schedule JSON，…/schedule/export/schedule.json）：
        缺少 schedule.conference.title
        缺少 schedule.conference.days（按天排列的议程）"
    `);
  });

  it('names each talk that lacks what an import needs', () => {
    const broken = [{ ...event, duration: '30 min', url: undefined }, { ...event, title: '', date: 'soon' }];
    expect(errorOf(exportOf(broken))).toMatchInlineSnapshot(`
      "schedule.json 不是 pretalx 导出的日程（c3voc schedule JSON，…/schedule/export/schedule.json）：
        days[0].rooms["Gray Room"][0]（Focused hardware）: 缺少 url（或 code）、duration（HH:MM）
        days[0].rooms["Gray Room"][1]: 缺少 title、date（“soon”不是带时区偏移的 ISO 时间）"
    `);
  });

  it('refuses an export without talks rather than removing every imported talk', () => {
    expect(errorOf(exportOf([]))).toMatchInlineSnapshot(`"schedule.json 中没有任何议程；为避免把已导入的议程全部删除，导入已停止。"`);
  });
});
