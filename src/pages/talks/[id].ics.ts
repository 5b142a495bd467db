import type { APIContext } from 'astro';
import { calendarResponse } from '~/data/calendar';
import { getProgram, type Talk } from '~/data/program';

export async function getStaticPaths() {
  const program = await getProgram();
  return program.talks.map((talk) => ({ params: { id: talk.id }, props: { talk } }));
}

export async function GET({ props, site }: APIContext<{ talk: Talk }>) {
  const program = await getProgram();
  return calendarResponse(program, [props.talk], props.talk.title, site!);
}
