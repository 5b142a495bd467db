import { v5 as uuidv5 } from 'uuid';

/**
 * The UUID v5 namespace of every guid in the schedule exports: uuidv5('https://devcon.example.com/',
 * uuidv5.URL). Written out rather than derived from the site URL so that moving the site to another
 * domain does not make schedule apps see every talk as new.
 */
export const GUID_NAMESPACE = '07d22348-70e6-5cb7-ae09-612b6bded16e';

export type GuidKind = 'talk' | 'room' | 'speaker';

/**
 * A stable guid for a talk, room or speaker id. Schedule apps (EventFahrplan, Giggity, the c3voc
 * tools) key on it, so a re-published schedule updates their entries instead of duplicating them.
 */
export function scheduleGuid(kind: GuidKind, id: string): string {
  return uuidv5(`${kind}/${id}`, GUID_NAMESPACE);
}

/**
 * The positive integer frab still requires beside each guid (event `id`, person `id`), taken from
 * the guid's first 32 bits so it is as stable as the guid: 1 … 2^31 − 1.
 */
export function numericId(guid: string): number {
  return (Number.parseInt(guid.slice(0, 8), 16) % 0x7fffffff) + 1;
}
