import { formatDayLabel, formatInZone, isoDateInZone } from './format-in-zone.ts';

/** A session as two published schedules are compared: matched by guid, placed by time and room. */
export interface ComparedSession {
  guid: string;
  title: string;
  /** Epoch milliseconds. */
  start: number;
  end: number;
  room: string;
}

export interface Placement {
  start: number;
  end: number;
  room: string;
}

export type ScheduleChange =
  | { kind: 'moved'; guid: string; title: string; before: Placement; after: Placement; timeChanged: boolean; roomChanged: boolean }
  | { kind: 'cancelled'; guid: string; title: string; before: Placement }
  | { kind: 'added'; guid: string; title: string; after: Placement };

const KIND_ORDER = { moved: 0, cancelled: 1, added: 2 } as const;

function placement(session: ComparedSession): Placement {
  return { start: session.start, end: session.end, room: session.room };
}

/**
 * What changed from a published schedule (`before`) to this build's (`after`): sessions moved in
 * time or to another room, cancelled (in `before`, gone now) and new. A session is the same one
 * when its guid is, as schedule apps match them; a retitled session is not a change here.
 * Sorted moved, cancelled, added, each by when it (now) starts.
 */
export function diffSchedules(before: readonly ComparedSession[], after: readonly ComparedSession[]): ScheduleChange[] {
  const old = new Map(before.map((session) => [session.guid, session]));
  const now = new Map(after.map((session) => [session.guid, session]));
  const changes: ScheduleChange[] = [];
  for (const session of after) {
    const previous = old.get(session.guid);
    if (!previous) {
      changes.push({ kind: 'added', guid: session.guid, title: session.title, after: placement(session) });
      continue;
    }
    const timeChanged = previous.start !== session.start || previous.end !== session.end;
    const roomChanged = previous.room !== session.room;
    if (timeChanged || roomChanged) {
      changes.push({ kind: 'moved', guid: session.guid, title: session.title, before: placement(previous), after: placement(session), timeChanged, roomChanged });
    }
  }
  for (const session of before) {
    if (!now.has(session.guid)) changes.push({ kind: 'cancelled', guid: session.guid, title: session.title, before: placement(session) });
  }
  const startOf = (change: ScheduleChange) => (change.kind === 'cancelled' ? change.before.start : change.after.start);
  return changes.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || startOf(a) - startOf(b) || a.guid.localeCompare(b.guid));
}

/** "12月12日周六 14:00–14:45 · A厅" in the event's zone. */
export function describePlacement(place: Placement, timeZone: string, lang = 'zh-CN'): string {
  const day = isoDateInZone(place.start, timeZone);
  return `${formatDayLabel(place.start, timeZone, lang)} ${formatInZone(place.start, timeZone, day, false, lang)}–${formatInZone(place.end, timeZone, day, false, lang)} · ${place.room}`;
}

/** One line a reader can act on: "改期并换会场：原定 … ，现为 …", "已取消（原定 …）", "新增：…". */
export function describeChange(change: ScheduleChange, timeZone: string, lang = 'zh-CN'): string {
  if (lang === 'en') {
    const at = (place: Placement) => describePlacement(place, timeZone, lang);
    if (change.kind === 'cancelled') return `Cancelled (was ${at(change.before)})`;
    if (change.kind === 'added') return `New: ${at(change.after)}`;
    const what = change.timeChanged && change.roomChanged ? 'New time and room' : change.timeChanged ? 'New time' : 'New room';
    return `${what}: was ${at(change.before)}, now ${at(change.after)}`;
  }
  if (change.kind === 'cancelled') return `已取消（原定 ${describePlacement(change.before, timeZone)}）`;
  if (change.kind === 'added') return `新增：${describePlacement(change.after, timeZone)}`;
  const what = change.timeChanged && change.roomChanged ? '改期并更换会场' : change.timeChanged ? '时间调整' : '更换会场';
  return `${what}：原定 ${describePlacement(change.before, timeZone)}，现为 ${describePlacement(change.after, timeZone)}`;
}
