import { dayBounds } from '~/lib/program/conference-day';
import { describe, expect, it } from 'vitest';
import { toEpochMs } from '~/lib/program/time';
import { numericId, scheduleGuid } from '~/lib/schedule-export/guids';
import { formatDuration, toC3voc, type ExportProgram, type ExportTalk } from '~/lib/schedule-export/to-c3voc';
import { c3vocErrors } from '../../../fixtures/interop/validate-c3voc.ts';

const site = new URL('https://devcon.example.com');
const zone = 'Asia/Shanghai';
const at = (local: string) => toEpochMs(local, zone);

const lin = { id: 'lin-qiuyue', name: '林秋月', bio: '林秋月专注于推理系统与长上下文。\n', url: '/speakers/lin-qiuyue/' };
const elena = { id: 'elena-varga', name: 'Elena Varga', bio: 'Research director working on evaluation.', url: '/speakers/elena-varga/' };
const mainHall = { id: 'main-hall', name: '主会场', capacity: 1200 };
const hallA = { id: 'hall-a', name: 'A厅', capacity: 300 };
const workshop = { id: 'workshop-1', name: '工作坊室 1', capacity: 60 };

function talk(fields: Partial<ExportTalk> & { id: string }): ExportTalk {
  return {
    url: `/talks/${fields.id}/`,
    title: '标题',
    abstract: '这是一段足够长的议程简介。',
    format: '技术研讨',
    language: 'zh',
    start: at('2026-12-12T10:00'),
    end: at('2026-12-12T10:40'),
    room: hallA,
    track: { name: '推理与工程' },
    speakers: [lin],
    moderators: [],
    articles: [],
    ...fields,
  };
}

const keynote = talk({
  id: 'opening',
  title: '开幕演讲：下一个五年',
  abstract: '从演示到生产的五类问题。\n',
  format: '主题演讲',
  start: at('2026-12-12T09:10'),
  end: at('2026-12-12T09:45'),
  room: mainHall,
  track: { name: '主论坛' },
  slides: 'https://example.com/slides/opening.pdf',
  video: 'https://example.com/video/opening',
  articles: [{ id: 'scaling-laws', data: { title: '规模定律' } }],
});
const panel = talk({
  id: 'panel',
  title: '圆桌：开源与闭源',
  format: '圆桌讨论',
  start: at('2026-12-12T14:00'),
  end: at('2026-12-12T15:05'),
  speakers: [lin, elena],
  moderators: [elena],
});
const imported = talk({
  id: 'rag-eval',
  title: '评估 <script>alert("x")</script> & RAG',
  language: 'en',
  start: at('2026-12-13T09:30'),
  end: at('2026-12-13T10:15'),
  pretalx: 'G9JGWY',
});

const program: ExportProgram = {
  event: { id: 'devcon-2026', name: 'AI大模型应用开发者大会', edition: '2026', description: '一场虚构的开发者大会。', timeZone: zone },
  days: [dayBounds({ date: '2026-12-12' }, zone), dayBounds({ date: '2026-12-13' }, zone)],
  rooms: [mainHall, hallA, workshop],
  tracks: [
    { id: 'keynote', name: '主论坛', color: '#b4233c' },
    { id: 'engineering', name: '推理与工程', color: '#0f7b54' },
  ],
  // Out of order on purpose: the export sorts.
  talks: [panel, imported, keynote],
};
const schedule = toC3voc(program, site);
const { conference } = schedule.schedule;
const events = conference.days.flatMap((day) => Object.values(day.rooms).flat());
const eventOf = (slug: string) => events.find((event) => event.slug === slug)!;

describe('toC3voc', () => {
  it('is valid against the c3voc schedule schema', () => {
    expect(c3vocErrors(schedule)).toEqual([]);
  });

  it('describes the conference', () => {
    expect(schedule.schedule.base_url).toBe('https://devcon.example.com/');
    expect(conference).toMatchObject({
      acronym: 'devcon_2026',
      title: 'AI大模型应用开发者大会',
      start: '2026-12-12',
      end: '2026-12-13',
      daysCount: 2,
      time_zone_name: 'Asia/Shanghai',
      timeslot_duration: '00:05',
      tracks: [
        { name: '主论坛', slug: 'keynote', color: '#b4233c' },
        { name: '推理与工程', slug: 'engineering', color: '#0f7b54' },
      ],
    });
    expect(conference.rooms).toEqual([
      { name: '主会场', slug: 'main-hall', guid: scheduleGuid('room', 'main-hall'), capacity: 1200 },
      { name: 'A厅', slug: 'hall-a', guid: scheduleGuid('room', 'hall-a'), capacity: 300 },
      { name: '工作坊室 1', slug: 'workshop-1', guid: scheduleGuid('room', 'workshop-1'), capacity: 60 },
    ]);
  });

  it('groups talks by day and room, in time order, listing every room', () => {
    const outline = conference.days.map((day) => ({
      ...day,
      rooms: Object.fromEntries(Object.entries(day.rooms).map(([room, list]) => [room, list.map((event) => event.slug)])),
    }));
    expect(outline).toEqual([
      {
        index: 1,
        date: '2026-12-12',
        day_start: '2026-12-12T09:10:00+08:00',
        day_end: '2026-12-12T15:05:00+08:00',
        rooms: { 主会场: ['opening'], A厅: ['panel'], '工作坊室 1': [] },
      },
      {
        index: 2,
        date: '2026-12-13',
        day_start: '2026-12-13T09:30:00+08:00',
        day_end: '2026-12-13T10:15:00+08:00',
        rooms: { 主会场: [], A厅: ['rag-eval'], '工作坊室 1': [] },
      },
    ]);
  });

  it('writes a talk with its times in the event zone, absolute URLs and its links', () => {
    const guid = scheduleGuid('talk', 'opening');
    expect(eventOf('opening')).toEqual({
      guid,
      id: numericId(guid),
      date: '2026-12-12T09:10:00+08:00',
      end: '2026-12-12T09:45:00+08:00',
      start: '09:10',
      duration: '00:35',
      room: '主会场',
      slug: 'opening',
      url: 'https://devcon.example.com/talks/opening/',
      title: '开幕演讲：下一个五年',
      subtitle: '',
      track: '主论坛',
      type: '主题演讲',
      language: 'zh',
      abstract: '从演示到生产的五类问题。',
      description: '',
      recording_license: '',
      do_not_record: false,
      persons: [
        {
          guid: scheduleGuid('speaker', 'lin-qiuyue'),
          name: '林秋月',
          public_name: '林秋月',
          biography: '林秋月专注于推理系统与长上下文。',
          url: 'https://devcon.example.com/speakers/lin-qiuyue/',
        },
      ],
      links: [
        { url: 'https://example.com/slides/opening.pdf', title: '演示文稿', type: 'slides' },
        { url: 'https://example.com/video/opening', title: '录像', type: 'media' },
        { url: 'https://devcon.example.com/articles/scaling-laws/', title: '规模定律', type: 'article' },
      ],
    });
  });

  it('lists each person once, speakers before moderators', () => {
    expect(eventOf('panel').persons.map((person) => person.name)).toEqual(['林秋月', 'Elena Varga']);
    expect(eventOf('panel').duration).toBe('01:05');
  });

  it('carries the pretalx code of an imported talk, and only a real one', () => {
    expect(eventOf('rag-eval').code).toBe('G9JGWY');
    expect(eventOf('opening')).not.toHaveProperty('code');
    const lowerCase = toC3voc({ ...program, talks: [{ ...imported, pretalx: 'rag-eval' }] }, site);
    expect(lowerCase.schedule.conference.days[1]!.rooms['A厅']![0]).not.toHaveProperty('code');
  });

  it('gives identical output, guids included, when built twice', () => {
    expect(toC3voc(program, site)).toEqual(schedule);
    expect(new Set(events.map((event) => event.guid)).size).toBe(events.length);
  });

  it('changes the version exactly when the program changes', () => {
    expect(schedule.schedule.version).toMatch(/^2026-[0-9a-f]{8}$/);
    const retitled = toC3voc({ ...program, talks: [panel, imported, { ...keynote, title: '新标题' }] }, site);
    expect(retitled.schedule.version).not.toBe(schedule.schedule.version);
  });

  it('gives an event id too short for the schema’s acronym its edition', () => {
    const short = toC3voc({ ...program, event: { ...program.event, id: 'big' } }, site);
    expect(short.schedule.conference.acronym).toBe('big_2026');
    expect(c3vocErrors(short)).toEqual([]);
  });

  it('spans a day without talks from midnight to 23:59', () => {
    const empty = toC3voc({ ...program, days: [...program.days, dayBounds({ date: '2026-12-14' }, zone)] }, site);
    expect(empty.schedule.conference.days[2]).toMatchObject({ day_start: '2026-12-14T00:00:00+08:00', day_end: '2026-12-14T23:59:00+08:00' });
  });
});

describe('formatDuration', () => {
  it.each([
    [5, '00:05'],
    [45, '00:45'],
    [65, '01:05'],
    [600, '10:00'],
  ])('%i minutes → %s', (minutes, text) => {
    expect(formatDuration(minutes)).toBe(text);
  });
});
