import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { url, urlsIn } from '~/lib/urls.ts';
import { ROOT } from '../../helpers/build-site.ts';

type Builder = Exclude<keyof typeof url, 'home' | 'page'>;

// Each builder, what it gives for an id, and the route in src/pages that serves it: a route
// renamed without its builder (or the other way round) fails here, not as a site of broken links.
// Routes under [...lang] are built for both editions; the day's stylesheet is shared.
const cases: [Builder, string, string, string][] = [
  ['article', '/articles/lora/', '/en/articles/lora/', '[...lang]/articles/[...slug].astro'],
  ['tag', '/tags/lora/', '/en/tags/lora/', '[...lang]/tags/[tag].astro'],
  ['talk', '/talks/lora/', '/en/talks/lora/', '[...lang]/talks/[id].astro'],
  ['talkCalendar', '/talks/lora.ics', '/en/talks/lora.ics', '[...lang]/talks/[id].ics.ts'],
  ['speaker', '/speakers/lora/', '/en/speakers/lora/', '[...lang]/speakers/[id].astro'],
  ['track', '/tracks/lora/', '/en/tracks/lora/', '[...lang]/tracks/[id].astro'],
  ['trackCalendar', '/calendar/lora.ics', '/en/calendar/lora.ics', '[...lang]/calendar/[name].ics.ts'],
  ['day', '/agenda/lora/', '/en/agenda/lora/', '[...lang]/agenda/[day].astro'],
  ['dayStyles', '/agenda/lora.css', '/agenda/lora.css', 'agenda/[day].css.ts'],
];

describe('url', () => {
  it('has a case for every builder', () => expect([...cases.map(([name]) => name), 'home', 'page'].sort()).toEqual(Object.keys(url).sort()));

  it.each(cases)('%s → %s (English %s), served by src/pages/%s', (name, expected, english, route) => {
    expect(url[name]('lora')).toBe(expected);
    expect(urlsIn('en')[name]('lora')).toBe(english);
    expect(existsSync(join(ROOT, 'src/pages', route))).toBe(true);
  });

  it('puts the other pages of the English edition under /en/', () => {
    expect([url.home, urlsIn('en').home, url.page('/agenda/'), urlsIn('en').page('/agenda/')]).toEqual(['/', '/en/', '/agenda/', '/en/agenda/']);
  });
});
