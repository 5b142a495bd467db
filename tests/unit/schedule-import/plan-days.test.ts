import { describe, expect, it } from 'vitest';
import { dayBounds } from '~/lib/program/conference-day';
import { toEpochMs } from '~/lib/program/time';
import { dayFields, planDays } from '~/schedule-import/plan-days';
import type { ScheduleExport, ScheduledTalk } from '~/schedule-import/read-schedule';

const Z = 'Europe/Berlin';
const at = (local: string) => toEpochMs(local, Z);
const talk = (code: string, start: string, day?: string): ScheduledTalk => ({
  code,
  guid: undefined,
  where: code,
  slug: undefined,
  title: code,
  abstract: '',
  type: undefined,
  language: undefined,
  track: undefined,
  room: 'Curie',
  day,
  start: at(start),
  end: at(start) + 1_800_000,
  persons: [],
  links: [],
});
const schedule = (days: ScheduleExport['days'], talks: ScheduledTalk[]): ScheduleExport => ({
  acronym: 'camp',
  title: 'Camp',
  description: undefined,
  timeZone: Z,
  defaultLanguage: undefined,
  days,
  rooms: [],
  tracks: [],
  talks,
  unplaceable: [],
  controlCharacters: [],
});

describe('planDays', () => {
  it('keeps declared boundaries and a session after midnight on the day it is listed under', () => {
    const plan = planDays(
      schedule([{ date: '2019-08-21', start: at('2019-08-21T09:00'), end: at('2019-08-22T04:00') }, { date: '2019-08-22', start: at('2019-08-22T09:00'), end: at('2019-08-23T04:00') }], [
        talk('late', '2019-08-22T00:30', '2019-08-21'),
        talk('next', '2019-08-22T11:00', '2019-08-22'),
      ]),
      Z,
    );
    expect(plan.dayOfTalk).toEqual(['2019-08-21', '2019-08-22']);
    expect(plan.days).toEqual([dayBounds({ date: '2019-08-21', start: '09:00', end: '2019-08-22T04:00' }, Z), dayBounds({ date: '2019-08-22', start: '09:00', end: '2019-08-23T04:00' }, Z)]);
    expect(plan.widened).toEqual([]);
  });

  it('counts pretalx’s 03:59 day end as the whole minute', () => {
    const plan = planDays(schedule([{ date: '2020-12-14', start: at('2020-12-14T04:00'), end: at('2020-12-15T03:59') }], [talk('a', '2020-12-14T10:00', '2020-12-14')]), Z);
    expect(plan.days[0]!.end).toBe(at('2020-12-15T04:00'));
  });

  it('widens a day that does not hold a session listed under it, without overlapping the next', () => {
    const plan = planDays(
      schedule([{ date: '2019-08-21', start: at('2019-08-21T09:00'), end: at('2019-08-21T23:00') }, { date: '2019-08-22', start: undefined, end: undefined }], [
        talk('late', '2019-08-22T00:30', '2019-08-21'),
        talk('morning', '2019-08-22T10:00', '2019-08-22'),
      ]),
      Z,
    );
    expect(plan.widened).toEqual(['2019-08-21']);
    expect(plan.days[0]!.end).toBeGreaterThan(at('2019-08-22T00:30'));
    expect(plan.days[1]!.start).toBeGreaterThanOrEqual(plan.days[0]!.end);
    expect(plan.days[1]!.start).toBeLessThanOrEqual(at('2019-08-22T10:00'));
  });

  it('places schema2’s flat sessions by the day whose span holds them, else by their date', () => {
    const plan = planDays(
      schedule([{ date: '2024-12-27', start: at('2024-12-27T10:30'), end: at('2024-12-28T06:00') }], [talk('a', '2024-12-28T00:15'), talk('b', '2024-12-29T12:00')]),
      Z,
    );
    expect(plan.dayOfTalk).toEqual(['2024-12-27', '2024-12-29']);
    expect(plan.days.map((day) => day.date)).toEqual(['2024-12-27', '2024-12-29']);
  });
});

describe('dayFields', () => {
  it('writes boundaries as event.yaml does: HH:mm on the date, a full time on another, nothing at midnight', () => {
    expect(dayFields(dayBounds({ date: '2019-08-21', start: '09:00', end: '2019-08-22T04:00' }, Z), Z)).toEqual({ start: '09:00', end: '2019-08-22T04:00' });
    expect(dayFields(dayBounds({ date: '2019-08-21' }, Z), Z)).toEqual({});
    expect(dayFields(dayBounds({ date: '2019-08-21', end: '22:00' }, Z), Z)).toEqual({ end: '22:00' });
  });
});
