import type { APIContext } from 'astro';
import { calendarResponse } from '~/data/calendar';
import { getProgram } from '~/data/program';
import { perLocale, type Locale } from '~/i18n/locales';

/** /calendar/program.ics for the whole program, /calendar/<track>.ics for one track; the same under /en/ in English. */
export async function getStaticPaths() {
  return perLocale(async (locale) => {
    const program = await getProgram(locale);
    return [{ params: { name: 'program' }, props: { locale } }, ...program.tracks.map((track) => ({ params: { name: track.id }, props: { locale } }))];
  });
}

export async function GET({ params, props, site }: APIContext<{ locale: Locale }>) {
  const program = await getProgram(props.locale);
  const track = program.tracks.find((t) => t.id === params['name']);
  const talks = track ? track.talks : program.talks;
  const name = track ? `${program.event.name} · ${track.name}` : program.event.name;
  return calendarResponse(program, talks, name, site!);
}
