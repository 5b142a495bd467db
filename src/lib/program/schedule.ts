import { conferenceDayOf, type DayBounds } from './conference-day.ts';

/** When a talk happens: what ordering and grouping need. */
export interface Timed {
  id: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
}

/** What clash detection needs of a talk. */
export interface Session {
  id: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  room: string;
  /** Speakers and moderators. */
  people: readonly string[];
}

export interface Clash<T extends Session> {
  kind: 'room' | 'person';
  /** The room id, or the person id who is double-booked. */
  subject: string;
  first: T;
  second: T;
}

/** Half-open intervals: a talk ending at 10:00 and one starting at 10:00 do not overlap. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Chronological order: by start, then end, then id, so the order is stable between builds. */
export function byTime<T extends Timed>(a: T, b: T): number {
  return a.start - b.start || a.end - b.end || a.id.localeCompare(b.id);
}

/**
 * Every pair of talks that share a room, or a speaker or moderator, at overlapping times.
 * Sorting by start lets each talk be compared only with those that start before it ends.
 */
export function findClashes<T extends Session>(sessions: readonly T[]): Clash<T>[] {
  const sorted = [...sessions].sort(byTime);
  const clashes: Clash<T>[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.start < first.end; j++) {
      const second = sorted[j]!;
      if (first.room === second.room) clashes.push({ kind: 'room', subject: first.room, first, second });
      for (const person of first.people) {
        if (second.people.includes(person)) clashes.push({ kind: 'person', subject: person, first, second });
      }
    }
  }
  return clashes;
}

/**
 * Talks grouped by the conference day that holds their start (a session at 00:30 belongs to the
 * day that runs until 04:00, not to the next date), days and talks in order. Talks outside every
 * day are left out; validateProgram reports them.
 */
export function groupByDay<T extends Timed>(sessions: readonly T[], conferenceDays: readonly DayBounds[]): Map<string, T[]> {
  const days = new Map<string, T[]>(conferenceDays.map((day) => [day.date, []]));
  for (const session of [...sessions].sort(byTime)) {
    const day = conferenceDayOf(session.start, conferenceDays);
    if (day) days.get(day)!.push(session);
  }
  return days;
}

/** Distinct start times, in order: the rows of a day's agenda. */
export function slots<T extends Timed>(sessions: readonly T[]): { start: number; sessions: T[] }[] {
  const byStart = new Map<number, T[]>();
  for (const session of [...sessions].sort(byTime)) {
    const list = byStart.get(session.start) ?? [];
    list.push(session);
    byStart.set(session.start, list);
  }
  return [...byStart].map(([start, list]) => ({ start, sessions: list }));
}

/** The talks before and after one in the same room, in time order. */
export function roomNeighbours<T extends Timed>(sessions: readonly T[], id: string, roomOf: (session: T) => string): { before?: T; after?: T } {
  const self = sessions.find((session) => session.id === id);
  if (!self) return {};
  const inRoom = sessions.filter((session) => roomOf(session) === roomOf(self)).sort(byTime);
  const index = inRoom.indexOf(self);
  const result: { before?: T; after?: T } = {};
  if (index > 0) result.before = inRoom[index - 1]!;
  if (index < inRoom.length - 1) result.after = inRoom[index + 1]!;
  return result;
}

/** Talks running at `now`, and the next start time after it (for "now and next"). */
export function nowAndNext<T extends Timed>(sessions: readonly T[], now: number): { current: T[]; next: T[] } {
  const current = sessions.filter((session) => session.start <= now && now < session.end);
  const upcoming = sessions.filter((session) => session.start > now).sort(byTime);
  const nextStart = upcoming[0]?.start;
  return { current, next: upcoming.filter((session) => session.start === nextStart) };
}
