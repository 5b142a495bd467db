import { describe, expect, it } from 'vitest';
import { formatInZone, isoDateInZone } from '~/lib/program/format-in-zone';
import { zoneLabel } from '~/lib/program/zone-label';

const WINTER = Date.parse('2026-12-12T01:10:00Z'); // 09:10 in Shanghai, 17:10 the day before in Los Angeles
const SUMMER = Date.parse('2026-07-01T16:00:00Z');

describe('zoneLabel', () => {
  it.each([
    ['Asia/Shanghai', WINTER, '上海时间（UTC+8）'],
    ['America/Los_Angeles', WINTER, '洛杉矶时间（UTC−8）'],
    ['America/Los_Angeles', SUMMER, '洛杉矶时间（UTC−7）'],
    ['Europe/Berlin', WINTER, '柏林时间（UTC+1）'],
    ['Asia/Kolkata', WINTER, '印度时间（UTC+5:30）'],
    // Not in the table: the zone's generic Chinese name from Intl.
    ['America/Boise', WINTER, '北美山区时间（UTC−7）'],
    ['UTC', WINTER, '协调世界时（UTC+0）'],
  ])('%s at %s is %s', (zone, at, label) => expect(zoneLabel(zone, at)).toBe(label));
});

describe('formatInZone', () => {
  it('adds the date only when the day differs from the event day', () => {
    expect(formatInZone(WINTER, 'Asia/Shanghai', '2026-12-12')).toBe('09:10');
    expect(formatInZone(WINTER, 'America/Los_Angeles', '2026-12-12')).toBe('12月11日 17:10');
  });

  it('puts the date on a short line of its own for the grid’s time column', () => {
    expect(formatInZone(WINTER, 'America/Los_Angeles', '2026-12-12', true)).toBe('12/11\n17:10');
  });

  it('gives the calendar date in the zone', () => {
    expect(isoDateInZone(WINTER, 'America/Los_Angeles')).toBe('2026-12-11');
    expect(isoDateInZone(WINTER, 'Asia/Shanghai')).toBe('2026-12-12');
  });
});
