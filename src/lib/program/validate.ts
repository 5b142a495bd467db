import { conferenceDayOf, type DayBounds } from './conference-day';
import { findClashes, overlaps } from './schedule';
import { isoWithOffset, timeInZone } from './time';

export interface TalkToCheck {
  id: string;
  /** Where the author edits it, for messages: content/talks/x.yaml */
  file: string;
  start: number;
  end: number;
  room: string;
  track: string;
  speakers: readonly string[];
  moderators: readonly string[];
  articles: readonly string[];
}

export interface ProgramToCheck {
  timeZone: string;
  /** The conference days with their boundaries. */
  days: readonly DayBounds[];
  breaks: readonly { title: string; start: number; end: number }[];
  talks: readonly TalkToCheck[];
  known: { rooms: ReadonlySet<string>; tracks: ReadonlySet<string>; speakers: ReadonlySet<string>; articles: ReadonlySet<string> };
  /** Display names for messages. */
  names: { rooms: ReadonlyMap<string, string>; speakers: ReadonlyMap<string, string> };
}

const REFERENCE = {
  room: ['rooms', '会场', 'content/rooms.yaml'],
  track: ['tracks', '分论坛', 'content/tracks.yaml'],
  speakers: ['speakers', '嘉宾', 'content/speakers/'],
  moderators: ['speakers', '嘉宾', 'content/speakers/'],
  articles: ['articles', '文章', 'content/articles/'],
} as const;

/**
 * Everything that makes a program impossible, one message per problem, each naming the talk
 * file, the field and what is wrong in words an author can act on.
 */
export function validateProgram(program: ProgramToCheck): string[] {
  const errors: string[] = [];
  const span = (t: { start: number; end: number }) => `${timeInZone(t.start, program.timeZone)}–${timeInZone(t.end, program.timeZone)}`;

  for (const talk of program.talks) {
    for (const [field, [collection, noun, where]] of Object.entries(REFERENCE)) {
      const value = talk[field as keyof typeof REFERENCE];
      for (const id of typeof value === 'string' ? [value] : value) {
        if (!program.known[collection].has(id)) errors.push(`${talk.file}: ${field} 引用了不存在的${noun}“${id}”（${where} 中没有这个 id）`);
      }
    }
    if (!conferenceDayOf(talk.start, program.days)) {
      const local = (epochMs: number) => isoWithOffset(epochMs, program.timeZone).slice(0, 16);
      const days = program.days.map((day) => `${local(day.start)} – ${local(day.end)}`).join('、');
      errors.push(`${talk.file}: start ${local(talk.start)} 不在任何一个大会日内（event.yaml 的 days：${days}）`);
    }
    for (const pause of program.breaks) {
      if (overlaps(talk, pause)) errors.push(`${talk.file}: 时间 ${span(talk)} 与休息时间“${pause.title}”（${span(pause)}）重叠`);
    }
  }

  const sessions = program.talks.map((talk) => ({ ...talk, people: [...talk.speakers, ...talk.moderators] }));
  for (const clash of findClashes(sessions)) {
    const { first, second } = clash;
    if (clash.kind === 'room') {
      const room = program.names.rooms.get(clash.subject) ?? clash.subject;
      errors.push(`${second.file}: 与 ${first.file} 在同一会场“${room}”时间重叠（${span(second)} 与 ${span(first)}）`);
    } else {
      const person = program.names.speakers.get(clash.subject) ?? clash.subject;
      errors.push(`${second.file}: 嘉宾“${person}”（${clash.subject}）同时出现在时间重叠的 ${first.file} 中（${span(second)} 与 ${span(first)}）`);
    }
  }
  return errors;
}
