import { describe, expect, it } from 'vitest';
import {
  dateInZone,
  formatDayLabel,
  isLocalDateTime,
  isTimeZone,
  isoWithOffset,
  minutesInDay,
  timeInZone,
  toEpochMs,
  utcOffsetLabel,
} from '~/lib/program/time';

const SHANGHAI = 'Asia/Shanghai';

describe('toEpochMs', () => {
  it.each([
    ['2026-12-12T09:10', SHANGHAI, '2026-12-12T01:10:00.000Z'],
    ['2026-12-12T00:30', SHANGHAI, '2026-12-11T16:30:00.000Z'],
    ['2026-07-01T09:00', 'America/Los_Angeles', '2026-07-01T16:00:00.000Z'],
    ['2026-12-01T09:00', 'America/Los_Angeles', '2026-12-01T17:00:00.000Z'],
    ['2026-12-12T09:00', 'Asia/Kolkata', '2026-12-12T03:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, utc) => {
    expect(new Date(toEpochMs(local, zone)).toISOString()).toBe(utc);
  });

  it('rejects a wall-clock time skipped by a DST change', () => {
    expect(() => toEpochMs('2026-03-08T02:30', 'America/Los_Angeles')).toThrow();
  });
});

describe('a Shanghai morning talk seen from Los Angeles', () => {
  const start = toEpochMs('2026-12-12T09:10', SHANGHAI);
  it('is the previous evening there', () => {
    expect(dateInZone(start, 'America/Los_Angeles')).toBe('2026-12-11');
    expect(timeInZone(start, 'America/Los_Angeles')).toBe('17:10');
    expect(utcOffsetLabel(start, 'America/Los_Angeles')).toBe('UTC−8');
  });
  it('is that morning in Shanghai', () => {
    expect(dateInZone(start, SHANGHAI)).toBe('2026-12-12');
    expect(timeInZone(start, SHANGHAI)).toBe('09:10');
    expect(minutesInDay(start, SHANGHAI)).toBe(9 * 60 + 10);
  });
});

describe('formatting', () => {
  const start = toEpochMs('2026-12-12T14:05', SHANGHAI);
  it('writes ISO 8601 with the zone offset', () => expect(isoWithOffset(start, SHANGHAI)).toBe('2026-12-12T14:05:00+08:00'));
  it('labels offsets', () => {
    expect(utcOffsetLabel(start, SHANGHAI)).toBe('UTC+8');
    expect(utcOffsetLabel(start, 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(utcOffsetLabel(start, 'UTC')).toBe('UTC+0');
  });
  it('names the day in Chinese', () => expect(formatDayLabel(start, SHANGHAI)).toBe('12月12日周六'));
});

describe('validation helpers', () => {
  it.each([
    ['Asia/Shanghai', true],
    ['UTC', true],
    ['America/Los_Angeles', true],
    ['Asia/Beijing', false],
    ['UTC+8', false],
  ])('isTimeZone(%s) is %s', (zone, expected) => expect(isTimeZone(zone)).toBe(expected));

  it.each([
    ['2026-12-12T09:00', true],
    ['2026-12-12 09:00', false],
    ['2026-12-12T9:00', false],
    ['2026-02-30T09:00', false],
    ['2026-12-12T24:00', false],
    ['2026-12-12T09:00+08:00', false],
  ])('isLocalDateTime(%s) is %s', (value, expected) => expect(isLocalDateTime(value)).toBe(expected));
});
