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
