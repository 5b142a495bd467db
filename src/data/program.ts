import { getCollection } from 'astro:content';
import { relative } from 'node:path';
import { getArticles, type Article } from './articles.ts';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';
import * as lib from '~/lib/program/build-program';

export type { EventInfo, Room } from '~/lib/program/build-program';
export type Track = lib.Track<Article>;
export type Speaker = lib.Speaker<Article>;
export type Talk = lib.Talk<Article>;
export type Day = lib.Day<Article>;
export type Program = lib.Program<Article>;

const cached = new Map<Locale, Promise<Program>>();

/**
 * The whole program, resolved and checked once per build and edition (src/lib/program/build-program.ts).
 * An impossible program stops the build with every problem listed; warnings go to the build log
 * (once: the English edition is the same program).
 */
export function getProgram(locale: Locale = DEFAULT_LOCALE): Promise<Program> {
  let program = cached.get(locale);
  if (!program) {
    program = loadProgram(locale);
    cached.set(locale, program);
  }
  return program;
}

async function loadProgram(locale: Locale): Promise<Program> {
  const [events, rooms, tracks, speakers, talks] = await Promise.all([
    getCollection('event'),
    getCollection('rooms'),
    getCollection('tracks'),
    getCollection('speakers'),
    getCollection('talks'),
  ]);
  const { program, warnings } = lib.buildProgram({
    events: events.map(plain),
    rooms: rooms.map(plain),
    tracks: tracks.map(plain),
    speakers: speakers.map(plain),
    talks: talks.map((entry) => {
      const { track, room, speakers, moderators, articles, ...data } = entry.data;
      const ids = (refs: { id: string }[]) => refs.map((ref) => ref.id);
      return { ...plain(entry), data: { ...data, track: track.id, room: room.id, speakers: ids(speakers), moderators: ids(moderators), articles: ids(articles) } };
    }),
    articles: await getArticles(locale),
  }, locale);
  if (warnings.length && locale === DEFAULT_LOCALE) console.warn(`议程有 ${warnings.length} 处需要核对（构建继续）：\n  ${warnings.join('\n  ')}`);
  return program;
}

/** A collection entry as the library reads it: id, data and the file relative to the project. */
function plain<D>(entry: { id: string; data: D; filePath?: string | undefined }): lib.Entry<D> {
  return { id: entry.id, data: entry.data, file: entry.filePath ? relative(process.cwd(), entry.filePath) : undefined };
}
