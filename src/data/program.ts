import { getCollection } from 'astro:content';
import { relative } from 'node:path';
import { getArticles, type Article } from './articles.ts';
import * as lib from '~/lib/program/build-program';

export type { EventInfo, Room } from '~/lib/program/build-program';
export type Track = lib.Track<Article>;
export type Speaker = lib.Speaker<Article>;
export type Talk = lib.Talk<Article>;
export type Day = lib.Day<Article>;
export type Program = lib.Program<Article>;

let cached: Promise<Program> | undefined;

/**
 * The whole program, resolved and checked once per build (src/lib/program/build-program.ts). An
 * impossible program stops the build with every problem listed; warnings go to the build log.
 */
export function getProgram(): Promise<Program> {
  cached ??= loadProgram();
  return cached;
}

async function loadProgram(): Promise<Program> {
  const [events, rooms, tracks, speakers, talks, articles] = await Promise.all([
    getCollection('event'),
    getCollection('rooms'),
    getCollection('tracks'),
    getCollection('speakers'),
    getCollection('talks'),
    getArticles(),
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
    articles,
  });
  if (warnings.length) console.warn(`议程有 ${warnings.length} 处需要核对（构建继续）：\n  ${warnings.join('\n  ')}`);
  return program;
}

/** A collection entry as the library reads it: id, data and the file relative to the project. */
function plain<D>(entry: { id: string; data: D; filePath?: string | undefined }): lib.Entry<D> {
  return { id: entry.id, data: entry.data, file: entry.filePath ? relative(process.cwd(), entry.filePath) : undefined };
}
