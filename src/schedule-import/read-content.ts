import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { Document, isMap, isSeq, parseDocument } from 'yaml';
import { ImportError } from './import-error.ts';

/** A YAML file of the content directory, parsed keeping its comments and styles for rewriting. */
export interface ContentFile {
  /** Path relative to the content directory: talks/opening.yaml */
  path: string;
  doc: Document;
  /** The file's data as plain values. */
  data: Record<string, unknown>;
}

/** The program part of a content directory, as the importer needs it. */
export interface ContentSnapshot {
  /** event.yaml: its document (rewritten in place, keeping comments and what the export does not carry) and the fields the import compares. */
  event: { id: string; doc: Document; timeZone: string; name: string | undefined; days: { date: string; label: string | undefined; start: string | undefined; end: string | undefined }[] } | undefined;
  /** rooms.yaml / tracks.yaml: the document (undefined when the file is absent) and its entries. */
  rooms: { doc: Document | undefined; items: { id: string; name: string }[] };
  tracks: { doc: Document | undefined; items: { id: string; name: string }[] };
  /** By id. */
  speakers: Map<string, ContentFile>;
  talks: Map<string, ContentFile>;
}

async function readYaml(dir: string, path: string): Promise<ContentFile> {
  const doc = parseDocument(await readFile(join(dir, path), 'utf8'));
  if (doc.errors.length) throw new ImportError(`${path}: YAML 无法解析：${doc.errors[0]!.message.split('\n')[0]}`);
  const data: unknown = doc.toJS();
  return { path, doc, data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {} };
}

async function readEntries(dir: string, folder: string): Promise<Map<string, ContentFile>> {
  const entries = new Map<string, ContentFile>();
  if (!existsSync(join(dir, folder))) return entries;
  // Recursive like the collections' glob loader, whose ids keep the sub-folder: day-1/opening.
  for (const name of (await readdir(join(dir, folder), { recursive: true })).sort()) {
    const path = name.split(sep).join('/');
    const match = /^(.+)\.ya?ml$/.exec(path);
    if (match) entries.set(match[1]!.toLowerCase(), await readYaml(dir, `${folder}/${path}`));
  }
  return entries;
}

async function readList(dir: string, path: string): Promise<ContentSnapshot['rooms']> {
  if (!existsSync(join(dir, path))) return { doc: undefined, items: [] };
  const file = await readYaml(dir, path);
  if (file.doc.contents !== null && !isSeq(file.doc.contents)) throw new ImportError(`${path}: 应是一个列表（- { id: …, name: … }）`);
  const items = (file.doc.toJS() as unknown[] | null) ?? [];
  return {
    doc: file.doc,
    items: items.flatMap((item) => {
      const { id, name } = (item ?? {}) as { id?: unknown; name?: unknown };
      return typeof id === 'string' && typeof name === 'string' ? [{ id, name }] : [];
    }),
  };
}

async function readEvent(dir: string): Promise<ContentSnapshot['event']> {
  if (!existsSync(join(dir, 'event.yaml'))) return undefined;
  const file = await readYaml(dir, 'event.yaml');
  const [id, data] = isMap(file.doc.contents) ? Object.entries(file.data)[0] ?? [] : [];
  const event = (data ?? {}) as { timeZone?: unknown; name?: unknown; days?: { date?: unknown; label?: unknown; start?: unknown; end?: unknown }[] };
  if (!id || typeof event.timeZone !== 'string') throw new ImportError('event.yaml: 缺少 timeZone（导入需要知道把时间换算到哪个时区）');
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    id,
    doc: file.doc,
    timeZone: event.timeZone,
    name: text(event.name),
    days: (Array.isArray(event.days) ? event.days : []).map((day) => ({ date: String(day?.date), label: text(day?.label), start: text(day?.start), end: text(day?.end) })),
  };
}

/** Reads event.yaml, rooms.yaml, tracks.yaml, speakers/ and talks/ of a content directory. */
export async function readContent(dir: string): Promise<ContentSnapshot> {
  const [event, rooms, tracks, speakers, talks] = await Promise.all([
    readEvent(dir),
    readList(dir, 'rooms.yaml'),
    readList(dir, 'tracks.yaml'),
    readEntries(dir, 'speakers'),
    readEntries(dir, 'talks'),
  ]);
  return { event, rooms, tracks, speakers, talks };
}
