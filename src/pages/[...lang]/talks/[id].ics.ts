import type { APIContext } from 'astro';
import { calendarResponse } from '~/data/calendar';
import { getProgram, type Talk } from '~/data/program';
import { perLocale, type Locale } from '~/i18n/locales';

export async function getStaticPaths() {
  return perLocale(async (locale) => (await getProgram(locale)).talks.map((talk) => ({ params: { id: talk.id }, props: { talk, locale } })));
}

export async function GET({ props, site }: APIContext<{ talk: Talk; locale: Locale }>) {
  const program = await getProgram(props.locale);
  return calendarResponse(program, [props.talk], props.talk.title, site!);
}
