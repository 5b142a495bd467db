import { layoutDay, type GridLayout } from '~/lib/program/agenda-grid';
import { slots } from '~/lib/program/schedule';
import { timeInZone } from '~/lib/program/time';
import { getProgram, type Day, type Talk } from './program.ts';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';

export type AgendaItem =
  | { kind: 'slot'; start: number; id: string }
  | { kind: 'break'; start: number; id: string; title: string; timeLabel: string }
  | { kind: 'talk'; start: number; talk: Talk; slot: string };

export interface AgendaDay {
  day: Day;
  layout: GridLayout;
  /** Time headings, breaks and talks in one chronological sequence: a list on phones, a grid on wide screens. */
  items: AgendaItem[];
  start: number;
  end: number;
}

const cached = new Map<Locale, Promise<AgendaDay[]>>();

/** Each day's agenda laid out once per edition, for its page and for the stylesheet that positions it (the same in both). */
export function getAgendaDays(locale: Locale = DEFAULT_LOCALE): Promise<AgendaDay[]> {
  let days = cached.get(locale);
  if (days) return days;
  days = (async () => {
    const program = await getProgram(locale);
    const { timeZone } = program;
    const slotId = (start: number) => `slot-${timeInZone(start, timeZone).replace(':', '')}`;
    return program.days.map((day) => {
      const breaks = program.breaks.filter((item) => item.day === day.date).map((item, index) => ({ ...item, id: `break-${day.date}-${index}` }));
      const slotStarts = slots(day.talks).map((slot) => slot.start);
      const layout = layoutDay(
        day.talks.map((talk) => ({ id: `talk-${talk.id}`, start: talk.start, end: talk.end, room: talk.room.id })),
        [...breaks, ...slotStarts.map((start) => ({ id: slotId(start), start, end: start + 1 }))],
        program.rooms.map((room) => room.id),
        timeZone,
      );
      const order = { slot: 0, break: 1, talk: 1 };
      // Same start: rooms in the program's order (the grid's columns), so the phone list reads
      // across the rooms the way the grid does.
      const roomRank = new Map(program.rooms.map((room, index) => [room.id, index]));
      const rank = (item: AgendaItem) => (item.kind === 'talk' ? roomRank.get(item.talk.room.id)! : -1);
      const items: AgendaItem[] = [
        ...slotStarts.map((start) => ({ kind: 'slot' as const, start, id: slotId(start) })),
        ...breaks.map((item) => ({ kind: 'break' as const, start: item.start, id: item.id, title: item.title, timeLabel: item.timeLabel })),
        ...day.talks.map((talk) => ({ kind: 'talk' as const, start: talk.start, talk, slot: slotId(talk.start) })),
      ].sort((a, b) => a.start - b.start || order[a.kind] - order[b.kind] || rank(a) - rank(b));
      return {
        day,
        layout,
        items,
        start: Math.min(...day.talks.map((talk) => talk.start)),
        end: Math.max(...day.talks.map((talk) => talk.end)),
      };
    });
  })();
  cached.set(locale, days);
  return days;
}
