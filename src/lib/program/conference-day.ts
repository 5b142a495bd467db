import { Temporal } from 'temporal-polyfill';
import { isLocalDateTime, toEpochMs } from './time.ts';

/** A day boundary as written in event.yaml: "09:00" on the day's own date, or a full wall-clock time. */
export const DAY_TIME = /^(?:\d{4}-\d{2}-\d{2}T)?\d{2}:\d{2}$/;

/** A conference day as authors write it: its date and, optionally, when it starts and ends. */
export interface DayInput {
  /** YYYY-MM-DD: the day the agenda lists its sessions under. */
  date: string;
  /** "09:00" or "2026-12-12T09:00"; default the start of the calendar day. */
  start?: string | undefined;
  /** "23:00", or "2026-12-13T04:00" for a day that runs into the next morning; default the end of the calendar day. */
  end?: string | undefined;
}

/** A conference day with its boundaries as instants. */
export interface DayBounds {
  date: string;
  /** Epoch milliseconds, inclusive. */
  start: number;
  /** Epoch milliseconds, exclusive. */
  end: number;
}

/** "09:00" → "2026-12-12T09:00" on the day's date; a full wall-clock time stays as it is. */
export function localDayTime(date: string, time: string): string {
  return time.includes('T') ? time : `${date}T${time}`;
}

/** True when a day boundary is "HH:mm" or a full wall-clock time that exists. */
export function isDayTime(value: string): boolean {
  return DAY_TIME.test(value) && isLocalDateTime(localDayTime('2000-01-01', value));
}

/**
 * A conference day's start and end in a zone. Real events define their days by `day_start` /
 * `day_end` (a camp's day runs 09:00 to 04:00 the next morning), so the end may fall on the next
 * calendar date; without boundaries the day is the whole calendar day.
 */
export function dayBounds(day: DayInput, timeZone: string): DayBounds {
  const midnight = (date: string) => Temporal.PlainDate.from(date).toZonedDateTime({ timeZone }).epochMilliseconds;
  const start = day.start ? toEpochMs(localDayTime(day.date, day.start), timeZone) : midnight(day.date);
  const end = day.end ? toEpochMs(localDayTime(day.date, day.end), timeZone) : midnight(Temporal.PlainDate.from(day.date).add({ days: 1 }).toString());
  return { date: day.date, start, end };
}

/** The conference day an instant belongs to (the one whose span holds it), or undefined. */
export function conferenceDayOf(epochMs: number, days: readonly DayBounds[]): string | undefined {
  return days.find((day) => day.start <= epochMs && epochMs < day.end)?.date;
}

/**
 * What is wrong with a list of days, in words an author can act on (field path → message):
 * an end not after its start, a day longer than 48 hours, days out of order or overlapping.
 */
export function dayProblems(days: readonly DayInput[], timeZone: string): { index: number; field: 'date' | 'end'; message: string }[] {
  const problems: { index: number; field: 'date' | 'end'; message: string }[] = [];
  const bounds: (DayBounds | undefined)[] = days.map((day) => {
    try {
      return dayBounds(day, timeZone);
    } catch {
      return undefined;
    }
  });
  bounds.forEach((day, index) => {
    const input = days[index]!;
    if (!day) {
      problems.push({ index, field: 'date', message: `${input.start ?? ''}–${input.end ?? ''} 在 ${timeZone} 不是存在的时刻（夏令时切换）` });
      return;
    }
    const span = `${input.start ?? '00:00'} → ${input.end ?? '24:00'}`;
    if (day.end <= day.start) problems.push({ index, field: 'end', message: `这一天的结束不晚于开始：${span}（次日凌晨结束请写完整时间，例如 ${nextDate(input.date)}T04:00）` });
    else if (day.end - day.start > 48 * 3_600_000) problems.push({ index, field: 'end', message: `这一天超过 48 小时：${span}` });
    const before = bounds[index - 1];
    if (before && days[index - 1]!.date >= input.date) problems.push({ index, field: 'date', message: `日期应晚于前一天 ${days[index - 1]!.date}` });
    else if (before && day.start < before.end) problems.push({ index, field: 'date', message: `与前一天 ${before.date} 的时间重叠` });
  });
  return problems;
}

function nextDate(date: string): string {
  try {
    return Temporal.PlainDate.from(date).add({ days: 1 }).toString();
  } catch {
    return date;
  }
}
