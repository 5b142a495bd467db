/** Where the reader's choice of time zone is kept, shared by every page that shows times. */
export const ZONE_KEY = 'devcon:zone';
/** Dispatched on document when the reader switches zones, for lists that render their own times. */
export const ZONE_CHANGE = 'zone-change';

export function readerZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone this reader wants times in: their own if they chose it and it differs from the event's. */
export function chosenZone(eventZone: string): string {
  const mine = readerZone();
  return localStorage.getItem(ZONE_KEY) === 'local' && mine !== eventZone ? mine : eventZone;
}
