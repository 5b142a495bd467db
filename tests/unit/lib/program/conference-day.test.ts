import { describe, expect, it } from 'vitest';
import { conferenceDayOf, dayBounds, dayProblems, isDayTime } from '~/lib/program/conference-day';
import { toEpochMs } from '~/lib/program/time';

const Z = 'Europe/Berlin';
const at = (local: string) => toEpochMs(local, Z);

describe('dayBounds', () => {
  it('is the whole calendar day without boundaries', () => {
    expect(dayBounds({ date: '2026-03-28' }, Z)).toEqual({ date: '2026-03-28', start: at('2026-03-28T00:00'), end: at('2026-03-29T00:00') });
  });

  it('reads "HH:mm" on the day’s date and a full time on the next', () => {
    expect(dayBounds({ date: '2019-08-21', start: '09:00', end: '2019-08-22T04:00' }, Z)).toEqual({ date: '2019-08-21', start: at('2019-08-21T09:00'), end: at('2019-08-22T04:00') });
  });

  it('is 23 hours long on the night clocks go forward', () => {
    const day = dayBounds({ date: '2026-03-29' }, Z);
    expect((day.end - day.start) / 3_600_000).toBe(23);
  });
});

describe('conferenceDayOf', () => {
  const camp = [dayBounds({ date: '2019-08-21', start: '09:00', end: '2019-08-22T04:00' }, Z), dayBounds({ date: '2019-08-22', start: '09:00', end: '2019-08-23T04:00' }, Z)];
  it.each([
    ['2019-08-21T09:00', '2019-08-21'],
    ['2019-08-21T23:55', '2019-08-21'],
    ['2019-08-22T00:30', '2019-08-21'],
    ['2019-08-22T03:59', '2019-08-21'],
    ['2019-08-22T09:00', '2019-08-22'],
    ['2019-08-22T04:00', undefined],
    ['2019-08-21T08:59', undefined],
  ])('%s belongs to %s', (local, date) => expect(conferenceDayOf(at(local), camp)).toBe(date));
});

describe('dayProblems', () => {
  it('accepts ordered days that do not overlap', () => {
    expect(dayProblems([{ date: '2019-08-21', start: '09:00', end: '2019-08-22T04:00' }, { date: '2019-08-22', start: '09:00' }], Z)).toEqual([]);
  });

  it('names a day that ends before it starts, with how to write a next-morning end', () => {
    expect(dayProblems([{ date: '2019-08-21', start: '09:00', end: '04:00' }], Z)).toEqual([
      { index: 0, field: 'end', message: '这一天的结束不晚于开始：09:00 → 04:00（次日凌晨结束请写完整时间，例如 2019-08-22T04:00）' },
    ]);
  });

  it('names days out of order and days that overlap', () => {
    expect(dayProblems([{ date: '2019-08-22' }, { date: '2019-08-21' }], Z)).toEqual([{ index: 1, field: 'date', message: '日期应晚于前一天 2019-08-22' }]);
    expect(dayProblems([{ date: '2019-08-21', end: '2019-08-22T10:00' }, { date: '2019-08-22', start: '09:00' }], Z)).toEqual([
      { index: 1, field: 'date', message: '与前一天 2019-08-21 的时间重叠' },
    ]);
  });

  it('names a day longer than 48 hours', () => {
    expect(dayProblems([{ date: '2019-08-21', end: '2019-08-24T00:00' }], Z)[0]!.message).toMatch(/超过 48 小时/);
  });
});

describe('isDayTime', () => {
  it.each([
    ['09:00', true],
    ['2019-08-22T04:00', true],
    ['24:00', false],
    ['9:00', false],
    ['2019-02-30T04:00', false],
  ])('%s: %s', (value, ok) => expect(isDayTime(value)).toBe(ok));
});
