/** What schema.org Event markup needs of a talk. */
export interface EventLdInput {
  title: string;
  abstract: string;
  startIso: string;
  endIso: string;
  url: string;
  room: string;
  venue: { name: string; address: string; city: string };
  performers: readonly { name: string; organisation: string }[];
  language: string;
  superEvent?: { name: string; url: string };
}

/** schema.org Event for a talk page (times with their offset, the room within the venue). */
export function talkEventLd(talk: EventLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: talk.title,
    description: talk.abstract.trim(),
    startDate: talk.startIso,
    endDate: talk.endIso,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    inLanguage: talk.language,
    url: talk.url,
    location: {
      '@type': 'Place',
      name: `${talk.room}，${talk.venue.name}`,
      address: { '@type': 'PostalAddress', streetAddress: talk.venue.address, addressLocality: talk.venue.city, addressCountry: 'CN' },
    },
    performer: talk.performers.map((person) => ({ '@type': 'Person', name: person.name, affiliation: { '@type': 'Organization', name: person.organisation } })),
    ...(talk.superEvent ? { superEvent: { '@type': 'Event', name: talk.superEvent.name, url: talk.superEvent.url } } : {}),
  };
}

/** What schema.org Event markup needs of the conference as a whole. */
export interface ConferenceLdInput {
  name: string;
  description: string;
  /** First and last day, YYYY-MM-DD. */
  startDate: string;
  endDate: string;
  url: string;
  venue: { name: string; address: string; city: string };
  /** Sessions listed as sub-events (the home page lists the keynotes), with absolute URLs. */
  subEvents: readonly { title: string; startIso: string; endIso: string; url: string }[];
}

/** schema.org Event for the conference (the home page). */
export function conferenceEventLd(event: ConferenceLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    description: event.description,
    startDate: event.startDate,
    endDate: event.endDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    url: event.url,
    location: { '@type': 'Place', name: event.venue.name, address: { '@type': 'PostalAddress', streetAddress: event.venue.address, addressLocality: event.venue.city, addressCountry: 'CN' } },
    subEvent: event.subEvents.map((talk) => ({ '@type': 'Event', name: talk.title, startDate: talk.startIso, endDate: talk.endIso, url: talk.url })),
  };
}
