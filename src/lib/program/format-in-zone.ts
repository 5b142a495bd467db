const formats = new Map<string, { time: Intl.DateTimeFormat; date: Intl.DateTimeFormat; iso: Intl.DateTimeFormat }>();

function formatsFor(zone: string) {
  let f = formats.get(zone);
  if (!f) {
    f = {
      time: new Intl.DateTimeFormat('zh-CN', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }),
      date: new Intl.DateTimeFormat('zh-CN', { month: 'long', day: 'numeric', timeZone: zone }),
      iso: new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: zone }),
    };
    formats.set(zone, f);
  }
  return f;
}

/**
 * An instant as the reader in `zone` would say it: "17:10", or "12月11日 17:10" when that is a
 * different calendar day from `eventDay` (YYYY-MM-DD), e.g. a Shanghai morning talk seen from
 * Los Angeles. Uses the browser's own time-zone data through Intl; no offset arithmetic.
 */
export function formatInZone(epochMs: number, zone: string, eventDay: string): string {
  const f = formatsFor(zone);
  const time = f.time.format(epochMs);
  return f.iso.format(epochMs) === eventDay ? time : `${f.date.format(epochMs)} ${time}`;
}
