import { XMLBuilder } from 'fast-xml-parser';
import { numericId } from './guids.ts';
import type { C3vocEvent, C3vocSchedule } from './to-c3voc.ts';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });

// XML 1.0 has no way to write these, escaped or not; a stray one pasted into an abstract would make
// the whole file unreadable to every parser.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function eventElement(event: C3vocEvent) {
  return {
    '@_guid': event.guid,
    '@_id': event.id,
    date: event.date,
    start: event.start,
    duration: event.duration,
    room: event.room,
    slug: event.slug,
    url: event.url,
    recording: { license: event.recording_license, optout: event.do_not_record },
    title: event.title,
    subtitle: event.subtitle,
    track: event.track,
    type: event.type,
    language: event.language,
    abstract: event.abstract,
    description: event.description,
    persons: { person: event.persons.map((person) => ({ '@_id': numericId(person.guid), '#text': person.name })) },
    links: { link: event.links.map((link) => ({ '@_href': link.url, '#text': link.title })) },
  };
}

/**
 * The same schedule as frab's schedule.xml (validator/xsd/schedule.xml.xsd in voc/schedule), for
 * the apps and recording tools that read only the XML. Written from the c3voc object, so the two
 * exports cannot disagree; the builder escapes every text and attribute.
 */
export function toFrabXml(schedule: C3vocSchedule): string {
  const { version, base_url: baseUrl, conference } = schedule.schedule;
  const roomGuids = new Map(conference.rooms.map((room) => [room.name, room.guid]));
  const xml = builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    schedule: {
      version,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        days: conference.daysCount,
        timeslot_duration: conference.timeslot_duration,
        base_url: baseUrl,
        time_zone_name: conference.time_zone_name,
      },
      day: conference.days.map((day) => ({
        '@_index': day.index,
        '@_date': day.date,
        '@_start': day.day_start,
        '@_end': day.day_end,
        room: Object.entries(day.rooms).map(([name, events]) => {
          const guid = roomGuids.get(name);
          return { '@_name': name, ...(guid ? { '@_guid': guid } : {}), event: events.map(eventElement) };
        }),
      })),
    },
  });
  return xml.replace(NOT_XML, '');
}
