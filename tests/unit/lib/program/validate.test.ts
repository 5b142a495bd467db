import { describe, expect, it } from 'vitest';
import { dayBounds } from '~/lib/program/conference-day';
import { toEpochMs } from '~/lib/program/time';
import { programWarnings, validateProgram, type ProgramToCheck, type TalkToCheck } from '~/lib/program/validate';

const Z = 'Asia/Shanghai';
const talk = (id: string, start: string, end: string, extra: Partial<TalkToCheck> = {}): TalkToCheck => ({
  id,
  file: `content/talks/${id}.yaml`,
  start: toEpochMs(start, Z),
  end: toEpochMs(end, Z),
  room: 'hall-a',
  track: 'models',
  speakers: ['lin'],
  moderators: [],
  articles: ['lora'],
  ...extra,
});

function program(talks: TalkToCheck[]): ProgramToCheck {
  return {
    timeZone: Z,
    days: [dayBounds({ date: '2026-12-12' }, Z), dayBounds({ date: '2026-12-13', start: '09:00', end: '2026-12-14T02:00' }, Z)],
    breaks: [{ title: '午餐', start: toEpochMs('2026-12-12T12:00', Z), end: toEpochMs('2026-12-12T13:30', Z) }],
    talks,
    known: { rooms: new Set(['hall-a', 'hall-b']), tracks: new Set(['models']), speakers: new Set(['lin', 'wang']), articles: new Set(['lora']) },
    names: { rooms: new Map([['hall-a', 'A厅']]), speakers: new Map([['lin', '林秋月']]) },
  };
}

describe('validateProgram', () => {
  it('accepts a sound program', () => {
    expect(
      validateProgram(
        program([talk('a', '2026-12-12T09:00', '2026-12-12T09:45'), talk('b', '2026-12-12T10:00', '2026-12-12T10:45', { room: 'hall-b', speakers: ['wang'] })]),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an unknown speaker', { speakers: ['nobody'] }, 'content/talks/a.yaml: speakers 引用了不存在的嘉宾“nobody”（content/speakers/ 中没有这个 id）'],
    ['an unknown moderator', { moderators: ['ghost'] }, 'content/talks/a.yaml: moderators 引用了不存在的嘉宾“ghost”（content/speakers/ 中没有这个 id）'],
    ['an unknown article', { articles: ['lora', 'qlora'] }, 'content/talks/a.yaml: articles 引用了不存在的文章“qlora”（content/articles/ 中没有这个 id）'],
    ['an unknown room', { room: 'hall-z' }, 'content/talks/a.yaml: room 引用了不存在的会场“hall-z”（content/rooms.yaml 中没有这个 id）'],
    ['an unknown track', { track: 'infra' }, 'content/talks/a.yaml: track 引用了不存在的分论坛“infra”（content/tracks.yaml 中没有这个 id）'],
  ])('names %s', (_, extra, message) => {
    expect(validateProgram(program([talk('a', '2026-12-12T09:00', '2026-12-12T09:45', extra)]))).toEqual([message]);
  });

  it('names a talk outside every conference day, with the days’ spans', () => {
    expect(validateProgram(program([talk('a', '2026-12-14T09:00', '2026-12-14T09:45')]))).toEqual([
      'content/talks/a.yaml: start 2026-12-14T09:00 不在任何一个大会日内（event.yaml 的 days：2026-12-12T00:00 – 2026-12-13T00:00、2026-12-13T09:00 – 2026-12-14T02:00）',
    ]);
    // Before the second day starts, though on its date.
    expect(validateProgram(program([talk('b', '2026-12-13T08:00', '2026-12-13T08:45')]))).toHaveLength(1);
  });

  it('accepts a session past midnight inside its conference day', () => {
    expect(validateProgram(program([talk('a', '2026-12-13T23:30', '2026-12-14T00:45'), talk('b', '2026-12-14T01:00', '2026-12-14T01:45')]))).toEqual([]);
  });

  it('names a talk during a break', () => {
    expect(validateProgram(program([talk('a', '2026-12-12T11:30', '2026-12-12T12:15')]))).toEqual([
      'content/talks/a.yaml: 时间 11:30–12:15 与休息时间“午餐”（12:00–13:30）重叠',
    ]);
  });

  it('names two talks in one room at once', () => {
    const errors = validateProgram(
      program([talk('a', '2026-12-12T09:00', '2026-12-12T09:45'), talk('b', '2026-12-12T09:30', '2026-12-12T10:00', { speakers: ['wang'] })]),
    );
    expect(errors).toEqual(['content/talks/b.yaml: 与 content/talks/a.yaml 在同一会场“A厅”时间重叠（09:30–10:00 与 09:00–09:45）']);
  });

  it('warns of, but accepts, a speaker in two overlapping talks (real exports have them)', () => {
    const both = program([talk('a', '2026-12-12T09:00', '2026-12-12T09:45'), talk('b', '2026-12-12T09:30', '2026-12-12T10:00', { room: 'hall-b', moderators: ['lin'], speakers: [] })]);
    expect(validateProgram(both)).toEqual([]);
    expect(programWarnings(both)).toEqual(['content/talks/b.yaml: 嘉宾“林秋月”（lin）同时出现在时间重叠的 content/talks/a.yaml 中（09:30–10:00 与 09:00–09:45）']);
  });
});
