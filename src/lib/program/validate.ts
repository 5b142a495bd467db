import { conferenceDayOf, type DayBounds } from './conference-day.ts';
import { findClashes, overlaps } from './schedule.ts';
import { isoWithOffset, timeInZone } from './time.ts';

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
 * file, the field and what is wrong in words an author can act on. (A person in two sessions at
 * once is possible, if odd: programWarnings.)
 */
export function validateProgram(program: ProgramToCheck): string[] {
  const errors: string[] = [];

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
      if (overlaps(talk, pause)) errors.push(`${talk.file}: 时间 ${span(program, talk)} 与休息时间“${pause.title}”（${span(program, pause)}）重叠`);
    }
  }

  for (const clash of clashes(program)) {
    if (clash.kind !== 'room') continue;
    const { first, second } = clash;
    const room = program.names.rooms.get(clash.subject) ?? clash.subject;
    errors.push(`${second.file}: 与 ${first.file} 在同一会场“${room}”时间重叠（${span(program, second)} 与 ${span(program, first)}）`);
  }
  return errors;
}

/**
 * What is odd but real: one person in two overlapping sessions. pretalx and frab publish such
 * programs (a speaker who also moderates, a demo that overlaps a panel, or simply an error the
 * organisers have not fixed yet), so the build says so and goes on.
 */
export function programWarnings(program: ProgramToCheck): string[] {
  return clashes(program)
    .filter((clash) => clash.kind === 'person')
    .map(({ first, second, subject }) => {
      const person = program.names.speakers.get(subject) ?? subject;
      return `${second.file}: 嘉宾“${person}”（${subject}）同时出现在时间重叠的 ${first.file} 中（${span(program, second)} 与 ${span(program, first)}）`;
    });
}

function span(program: ProgramToCheck, t: { start: number; end: number }): string {
  return `${timeInZone(t.start, program.timeZone)}–${timeInZone(t.end, program.timeZone)}`;
}

function clashes(program: ProgramToCheck) {
  return findClashes(program.talks.map((talk) => ({ ...talk, people: [...talk.speakers, ...talk.moderators] })));
}
