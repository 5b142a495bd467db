import { Temporal } from 'temporal-polyfill';
import type { DayBounds } from '../lib/program/conference-day.ts';
import type { ScheduleExport } from './read-schedule.ts';

const MINUTE = 60_000;

function midnight(date: string, timeZone: string, plusDays = 0): number {
  return Temporal.PlainDate.from(date).add({ days: plusDays }).toZonedDateTime({ timeZone }).epochMilliseconds;
}

function calendarDate(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export interface PlannedDays {
  /** The conference days, in order, each holding the start of every session placed on it. */
  days: DayBounds[];
  /** The day each session (by its index in `schedule.talks`) belongs to. */
  dayOfTalk: string[];
  /** Days whose span the export's own boundaries did not cover, widened to hold their sessions. */
  widened: string[];
}

/**
 * The conference days an export describes: each day's declared `day_start` / `day_end` (a camp's
 * day runs from 09:00 to 04:00 the next morning), else the whole calendar day. Every session
 * belongs to the day the export lists it under (the classic format nests sessions in days), or to
 * the day whose span holds its start (schema2's flat list), or to its calendar date. A day is
 * widened to hold a session the export lists under it but outside its declared span, and days
 * never overlap: real exports disagree with themselves, and a session is not skipped for it.
 */
export function planDays(schedule: ScheduleExport, timeZone: string): PlannedDays {
  const declared = new Map<string, { start: number; end: number }>();
  for (const day of schedule.days) {
    if (declared.has(day.date)) continue;
    const start = day.start ?? midnight(day.date, timeZone);
    const end = day.end ?? midnight(day.date, timeZone, 1);
    // pretalx ends a day at 03:59: the minute itself belongs to the day.
    const lastMinute = Temporal.Instant.fromEpochMilliseconds(end).toZonedDateTimeISO(timeZone).minute === 59;
    declared.set(day.date, { start, end: end > start ? end + (lastMinute ? MINUTE : 0) : midnight(day.date, timeZone, 1) });
  }
  const spans = [...declared].map(([date, span]) => ({ date, ...span }));
  const dayOfTalk = schedule.talks.map((talk) => {
    if (talk.day && declared.has(talk.day)) return talk.day;
    const holding = spans.find((day) => day.start <= talk.start && talk.start < day.end);
    return holding?.date ?? calendarDate(talk.start, timeZone);
  });

  const bounds = new Map(spans.map((day) => [day.date, { ...day }]));
  const widened = new Set<string>();
  schedule.talks.forEach((talk, index) => {
    const date = dayOfTalk[index]!;
    let day = bounds.get(date);
    if (!day) {
      day = { date, start: midnight(date, timeZone), end: midnight(date, timeZone, 1) };
      bounds.set(date, day);
    }
    if (talk.start < day.start) {
      day.start = talk.start;
      widened.add(date);
    }
    if (talk.start >= day.end) {
      day.end = talk.start + MINUTE;
      widened.add(date);
    }
  });

  const days = [...bounds.values()].sort((a, b) => a.date.localeCompare(b.date));
  // Where a widened day now reaches into the next, the next starts when it ends: its own sessions
  // all start later, or they would have been placed on it.
  for (let i = 1; i < days.length; i++) {
    const before = days[i - 1]!;
    const day = days[i]!;
    if (day.start < before.end) day.start = Math.min(before.end, day.end - MINUTE);
    if (day.start < before.end) before.end = day.start;
  }
  return { days, dayOfTalk, widened: [...widened] };
}

/**
 * A day's boundaries as event.yaml writes them: "09:00" on its own date, a full wall-clock time
 * on another date, nothing for midnight at either end (the default).
 */
export function dayFields(day: DayBounds, timeZone: string): { start?: string; end?: string } {
  const local = (epochMs: number) => Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' });
  const field = (epochMs: number) => {
    const text = local(epochMs);
    return text.startsWith(`${day.date}T`) ? text.slice(11) : text;
  };
  const fields: { start?: string; end?: string } = {};
  if (day.start !== midnight(day.date, timeZone)) fields.start = field(day.start);
  if (day.end !== midnight(day.date, timeZone, 1)) fields.end = field(day.end);
  return fields;
}
