import { minutesInDay } from './time.ts';

/** Minutes per grid row on wide screens. */
export const ROW_MINUTES = 5;

export interface GridItem {
  id: string;
  start: number;
  end: number;
  room?: string;
}

export interface Placement {
  id: string;
  /** CSS grid lines: row 1 is the room header row, column 1 the time column. */
  rowStart: number;
  rowEnd: number;
  /** Absent for items spanning all rooms (breaks). */
  column?: number;
}

export interface GridLayout {
  /** Rooms in use that day, in the order given, one column each. */
  rooms: string[];
  rows: number;
  placements: Placement[];
}

/**
 * Places a day's talks on a grid of rooms × 5-minute rows, starting at the day's first start.
 * Rows count elapsed time from there, not minutes since midnight, so a session at 00:30 in a day
 * that runs past midnight sits below the evening's. Rooms with no talk that day get no column.
 */
export function layoutDay(talks: readonly GridItem[], breaks: readonly GridItem[], roomOrder: readonly string[], timeZone: string): GridLayout {
  const all = [...talks, ...breaks];
  if (all.length === 0) return { rooms: [], rows: 0, placements: [] };
  const first = Math.min(...all.map((item) => item.start));
  const origin = first - (minutesInDay(first, timeZone) % ROW_MINUTES) * 60_000;
  const row = (epochMs: number) => Math.round((epochMs - origin) / (ROW_MINUTES * 60_000)) + 2;
  const used = new Set(talks.map((talk) => talk.room));
  const rooms = roomOrder.filter((room) => used.has(room));
  const placements: Placement[] = all.map((item) => {
    const placement: Placement = { id: item.id, rowStart: row(item.start), rowEnd: Math.max(row(item.end), row(item.start) + 1) };
    if (item.room) placement.column = rooms.indexOf(item.room) + 2;
    return placement;
  });
  return { rooms, rows: Math.max(...placements.map((p) => p.rowEnd)) - 2, placements };
}
