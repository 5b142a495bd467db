import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { url } from '~/lib/urls.ts';
import { ROOT } from '../../helpers/build-site.ts';

// Each builder, what it gives for an id, and the route in src/pages that serves it: a route
// renamed without its builder (or the other way round) fails here, not as a site of broken links.
const cases: [keyof typeof url, string, string][] = [
  ['article', '/articles/lora/', 'articles/[...slug].astro'],
  ['tag', '/tags/lora/', 'tags/[tag].astro'],
  ['talk', '/talks/lora/', 'talks/[id].astro'],
  ['talkCalendar', '/talks/lora.ics', 'talks/[id].ics.ts'],
  ['speaker', '/speakers/lora/', 'speakers/[id].astro'],
  ['track', '/tracks/lora/', 'tracks/[id].astro'],
  ['trackCalendar', '/calendar/lora.ics', 'calendar/[name].ics.ts'],
  ['day', '/agenda/lora/', 'agenda/[day].astro'],
  ['dayStyles', '/agenda/lora.css', 'agenda/[day].css.ts'],
];

describe('url', () => {
  it('has a case for every builder', () => expect(cases.map(([name]) => name).sort()).toEqual(Object.keys(url).sort()));

  it.each(cases)('%s → %s, served by src/pages/%s', (name, expected, route) => {
    expect(url[name]('lora')).toBe(expected);
    expect(existsSync(join(ROOT, 'src/pages', route))).toBe(true);
  });
});
