import { Temporal } from 'temporal-polyfill';

/** A wall-clock time in the event's zone as authors write it: 2026-12-12T09:10 (no offset). */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** True when `zone` is an IANA time-zone name the runtime knows (Asia/Shanghai, UTC …). */
export function isTimeZone(zone: string): boolean {
  try {
    Temporal.Now.instant().toZonedDateTimeISO(zone);
    return true;
  } catch {
    return false;
  }
}

/** True when `value` is a real wall-clock time (rejects 2026-02-30T10:00 and 25:00). */
export function isLocalDateTime(value: string): boolean {
  if (!LOCAL_DATE_TIME.test(value)) return false;
  try {
    Temporal.PlainDateTime.from(value, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant (epoch milliseconds) of a wall-clock time in a zone. Times that fall in a DST gap
 * or overlap are rejected rather than silently shifted.
 */
export function toEpochMs(local: string, timeZone: string): number {
  return Temporal.PlainDateTime.from(local, { overflow: 'reject' })
    .toZonedDateTime(timeZone, { disambiguation: 'reject' })
    .epochMilliseconds;
}

/** ISO 8601 with the zone's offset, for <time datetime> and JSON-LD: 2026-12-12T09:10:00+08:00 */
export function isoWithOffset(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never' });
}

/** The calendar date (YYYY-MM-DD) of an instant in a zone. */
export function dateInZone(epochMs: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

/** HH:mm of an instant in a zone. */
export function timeInZone(epochMs: number, timeZone: string): string {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  return `${String(zoned.hour).padStart(2, '0')}:${String(zoned.minute).padStart(2, '0')}`;
}

/** Minutes since local midnight of an instant in a zone. */
export function minutesInDay(epochMs: number, timeZone: string): number {
  const zoned = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone);
  return zoned.hour * 60 + zoned.minute;
}

// Intl-only, so the browser can use them without Temporal; re-exported for the build's callers.
export { formatDayLabel, utcOffsetLabel } from './format-in-zone.ts';
