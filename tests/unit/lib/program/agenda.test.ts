import { describe, expect, it } from 'vitest';
import { layoutDay } from '~/lib/program/agenda-grid';
import { matchesFilters, parseFilters, serializeFilters } from '~/lib/program/agenda-filter';
import { formatInZone } from '~/lib/program/format-in-zone';
import { talkEventLd } from '~/lib/program/json-ld';
import { toEpochMs } from '~/lib/program/time';

const Z = 'Asia/Shanghai';
const at = (local: string) => toEpochMs(local, Z);

describe('layoutDay', () => {
  it('places talks by room column and 5-minute rows from the first start', () => {
    const layout = layoutDay(
      [
        { id: 'a', start: at('2026-12-12T09:10'), end: at('2026-12-12T09:45'), room: 'main' },
        { id: 'b', start: at('2026-12-12T13:30'), end: at('2026-12-12T15:30'), room: 'w1' },
      ],
      [{ id: 'lunch', start: at('2026-12-12T12:00'), end: at('2026-12-12T13:30') }],
      ['main', 'hall-a', 'w1'],
      Z,
    );
    expect(layout.rooms).toEqual(['main', 'w1']);
    expect(layout.placements).toEqual([
      { id: 'a', rowStart: 2, rowEnd: 9, column: 2 },
      { id: 'b', rowStart: 54, rowEnd: 78, column: 3 },
      { id: 'lunch', rowStart: 36, rowEnd: 54 },
    ]);
    expect(layout.rows).toBe(76);
  });

  it('is empty for a day without talks', () => expect(layoutDay([], [], ['main'], Z)).toEqual({ rooms: [], rows: 0, placements: [] }));
});

describe('agenda filters', () => {
  const talk = { track: 'models', format: '技术研讨', level: '进阶', tags: ['architecture', 'math'] };
  it.each([
    [{}, true],
    [{ track: 'models' }, true],
    [{ track: 'models', format: '技术研讨', level: '进阶', tag: 'math' }, true],
    [{ track: 'models', format: '圆桌讨论' }, false],
    [{ tag: 'rag' }, false],
    [{ level: '入门' }, false],
  ])('%o matches: %s', (filters, expected) => expect(matchesFilters(talk, filters)).toBe(expected));

  it('round-trips through the URL in a stable order and drops unknown keys', () => {
    const filters = parseFilters('?tag=math&utm=x&track=models&format=%E6%8A%80%E6%9C%AF%E7%A0%94%E8%AE%A8&level=');
    expect(filters).toEqual({ track: 'models', format: '技术研讨', tag: 'math' });
    expect(serializeFilters(filters)).toBe('track=models&format=%E6%8A%80%E6%9C%AF%E7%A0%94%E8%AE%A8&tag=math');
    expect(parseFilters(`?${serializeFilters(filters)}`)).toEqual(filters);
  });
});

describe('formatInZone', () => {
  const start = at('2026-12-12T09:10');
  it('shows a Shanghai morning talk as the previous evening in Los Angeles, with the date', () => {
    expect(formatInZone(start, 'America/Los_Angeles', '2026-12-12')).toBe('12月11日 17:10');
  });
  it('shows only the time when the day is the same', () => {
    expect(formatInZone(start, 'Asia/Tokyo', '2026-12-12')).toBe('10:10');
    expect(formatInZone(start, Z, '2026-12-12')).toBe('09:10');
  });
});

describe('talkEventLd', () => {
  it('describes the talk as a schema.org Event with offsets, place and performers', () => {
    const ld = talkEventLd({
      title: '长上下文',
      abstract: ' 摘要 ',
      startIso: '2026-12-12T14:00:00+08:00',
      endIso: '2026-12-12T14:45:00+08:00',
      url: 'https://devcon.example.com/talks/x/',
      room: 'A厅',
      venue: { name: '会议中心', address: '示例路 1 号', city: '上海' },
      performers: [{ name: '林秋月', organisation: '实验室（示例）' }],
      language: 'zh-CN',
    });
    expect(ld).toMatchObject({
      '@type': 'Event',
      name: '长上下文',
      description: '摘要',
      startDate: '2026-12-12T14:00:00+08:00',
      endDate: '2026-12-12T14:45:00+08:00',
      location: { '@type': 'Place', name: 'A厅，会议中心', address: { addressLocality: '上海' } },
      performer: [{ '@type': 'Person', name: '林秋月', affiliation: { name: '实验室（示例）' } }],
    });
  });
});
