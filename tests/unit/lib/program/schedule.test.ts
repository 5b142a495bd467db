import { describe, expect, it } from 'vitest';
import { dayBounds } from '~/lib/program/conference-day';
import { findClashes, groupByDay, nowAndNext, overlaps, roomNeighbours, slots, type Session } from '~/lib/program/schedule';
import { toEpochMs } from '~/lib/program/time';

const Z = 'Asia/Shanghai';
const talk = (id: string, start: string, end: string, room: string, people: string[] = []): Session => ({
  id,
  start: toEpochMs(start, Z),
  end: toEpochMs(end, Z),
  room,
  people,
});

describe('overlaps', () => {
  const a = { start: 0, end: 10 };
  it.each([
    [{ start: 5, end: 15 }, true],
    [{ start: 10, end: 20 }, false],
    [{ start: -5, end: 0 }, false],
    [{ start: 2, end: 3 }, true],
    [{ start: -5, end: 20 }, true],
  ])('%o', (b, expected) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});

describe('findClashes', () => {
  it('finds two talks in one room at once', () => {
    const clashes = findClashes([talk('a', '2026-12-12T14:00', '2026-12-12T14:45', 'hall-a'), talk('b', '2026-12-12T14:30', '2026-12-12T15:00', 'hall-a')]);
    expect(clashes.map((c) => [c.kind, c.subject, c.first.id, c.second.id])).toEqual([['room', 'hall-a', 'a', 'b']]);
  });

  it('finds one speaker in two overlapping talks in different rooms', () => {
    const clashes = findClashes([
      talk('a', '2026-12-12T14:00', '2026-12-12T14:45', 'hall-a', ['lin']),
      talk('b', '2026-12-12T14:40', '2026-12-12T15:00', 'hall-b', ['wang', 'lin']),
    ]);
    expect(clashes.map((c) => [c.kind, c.subject])).toEqual([['person', 'lin']]);
  });

  it('accepts back-to-back talks and the same speaker later in the day', () => {
    expect(
      findClashes([
        talk('a', '2026-12-12T14:00', '2026-12-12T14:45', 'hall-a', ['lin']),
        talk('b', '2026-12-12T14:45', '2026-12-12T15:30', 'hall-a', ['lin']),
        talk('c', '2026-12-12T16:00', '2026-12-12T16:30', 'hall-b', ['lin']),
      ]),
    ).toEqual([]);
  });

  it('finds a clash with a long talk that started earlier', () => {
    const clashes = findClashes([
      talk('workshop', '2026-12-12T13:30', '2026-12-12T15:30', 'w1'),
      talk('x', '2026-12-12T14:00', '2026-12-12T14:20', 'hall-a'),
      talk('late', '2026-12-12T15:00', '2026-12-12T15:20', 'w1'),
    ]);
    expect(clashes.map((c) => [c.first.id, c.second.id])).toEqual([['workshop', 'late']]);
  });
});

describe('groupByDay', () => {
  it('groups by the calendar date in the event zone, not in UTC', () => {
    const early = talk('early', '2026-12-13T07:00', '2026-12-13T07:30', 'r'); // 12-12 23:00 UTC
    const days = groupByDay([talk('b', '2026-12-12T10:00', '2026-12-12T11:00', 'r'), early, talk('a', '2026-12-12T09:00', '2026-12-12T09:30', 'r')], [
      dayBounds({ date: '2026-12-12' }, Z),
      dayBounds({ date: '2026-12-13' }, Z),
    ]);
    expect([...days.keys()]).toEqual(['2026-12-12', '2026-12-13']);
    expect(days.get('2026-12-12')!.map((s) => s.id)).toEqual(['a', 'b']);
    expect(days.get('2026-12-13')!.map((s) => s.id)).toEqual(['early']);
  });

  it('keeps a session past midnight on the conference day that holds its start, and lists days without sessions', () => {
    const camp = [dayBounds({ date: '2019-08-22', start: '09:00', end: '2019-08-23T04:00' }, Z), dayBounds({ date: '2019-08-23', start: '09:00', end: '2019-08-24T04:00' }, Z)];
    const days = groupByDay([talk('late', '2019-08-23T00:15', '2019-08-23T01:30', 'r'), talk('evening', '2019-08-22T23:00', '2019-08-23T00:30', 'r')], camp);
    expect([...days].map(([date, list]) => [date, list.map((s) => s.id)])).toEqual([
      ['2019-08-22', ['evening', 'late']],
      ['2019-08-23', []],
    ]);
  });
});

describe('slots', () => {
  it('lists distinct start times with their talks', () => {
    const result = slots([
      talk('b', '2026-12-12T10:00', '2026-12-12T11:00', 'r1'),
      talk('a', '2026-12-12T09:00', '2026-12-12T09:30', 'r1'),
      talk('c', '2026-12-12T09:00', '2026-12-12T10:30', 'r2'),
    ]);
    expect(result.map((slot) => slot.sessions.map((s) => s.id))).toEqual([['a', 'c'], ['b']]);
  });
});

describe('roomNeighbours', () => {
  const sessions = [
    talk('a', '2026-12-12T09:00', '2026-12-12T09:30', 'r1'),
    talk('x', '2026-12-12T09:40', '2026-12-12T10:00', 'r2'),
    talk('b', '2026-12-12T10:00', '2026-12-12T10:30', 'r1'),
    talk('c', '2026-12-12T11:00', '2026-12-12T11:30', 'r1'),
  ];
  it.each([
    ['a', undefined, 'b'],
    ['b', 'a', 'c'],
    ['c', 'b', undefined],
    ['x', undefined, undefined],
  ])('%s', (id, before, after) => {
    const result = roomNeighbours(sessions, id, (s) => s.room);
    expect(result.before?.id).toBe(before);
    expect(result.after?.id).toBe(after);
  });
});

describe('nowAndNext', () => {
  const sessions = [
    talk('a', '2026-12-12T09:00', '2026-12-12T10:00', 'r1'),
    talk('b', '2026-12-12T09:30', '2026-12-12T10:30', 'r2'),
    talk('c', '2026-12-12T10:30', '2026-12-12T11:00', 'r1'),
    talk('d', '2026-12-12T10:30', '2026-12-12T11:00', 'r2'),
  ];
  it('gives the running talks and the next start', () => {
    const result = nowAndNext(sessions, toEpochMs('2026-12-12T09:45', Z));
    expect(result.current.map((s) => s.id)).toEqual(['a', 'b']);
    expect(result.next.map((s) => s.id)).toEqual(['c', 'd']);
  });
  it('gives nothing after the last talk', () => {
    expect(nowAndNext(sessions, toEpochMs('2026-12-12T12:00', Z))).toEqual({ current: [], next: [] });
  });
});
