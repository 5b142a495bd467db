import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildProgram, type ProgramEntries, type TalkEntryData } from '~/lib/program/build-program';

type Entries = ProgramEntries<{ id: string; data: { title: string } }>;

const read = <T>(file: string): T => parse(readFileSync(file, 'utf8')) as T;
const entries = <T>(dir: string): { id: string; data: T }[] =>
  existsSync(dir) ? readdirSync(dir).sort().map((file) => ({ id: file.replace(/\.(ya?ml|mdx?)$/, ''), data: read<T>(join(dir, file)) })) : [];
const frontmatter = (file: string) => parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!) as { title: string };

/**
 * A content directory's program as the site builds it (the library's buildProgram), read straight
 * from the YAML files without Astro: for tests on the content the importer wrote. Only the
 * schemas' defaults that the join reads are filled in here.
 */
export function loadProgram(dir: string) {
  const events = read<Record<string, Entries['events'][number]['data']>>(join(dir, 'event.yaml'));
  const list = <T>(file: string) => read<(T & { id: string })[]>(join(dir, file)).map(({ id, ...data }) => ({ id, data: data as unknown as T }));
  const articleDir = join(dir, 'articles');
  const { program } = buildProgram({
    events: Object.entries(events).map(([id, data]) => ({ id, data: { ...data, breaks: data.breaks ?? [] } })),
    rooms: list<Entries['rooms'][number]['data']>('rooms.yaml'),
    tracks: list<Entries['tracks'][number]['data']>('tracks.yaml'),
    speakers: entries<Entries['speakers'][number]['data']>(join(dir, 'speakers')),
    talks: entries<Partial<TalkEntryData>>(join(dir, 'talks')).map(({ id, data }) => ({
      id,
      data: { language: 'zh', speakers: [], moderators: [], articles: [], tags: [], ...data } as TalkEntryData,
    })),
    articles: existsSync(articleDir) ? readdirSync(articleDir).map((file) => ({ id: file.replace(/\.mdx?$/, ''), data: { title: frontmatter(join(articleDir, file)).title } })) : [],
  });
  return program;
}
