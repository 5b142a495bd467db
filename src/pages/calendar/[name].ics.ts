import type { APIContext } from 'astro';
import { calendarResponse } from '~/data/calendar';
import { getProgram } from '~/data/program';

/** /calendar/program.ics for the whole program, /calendar/<track>.ics for one track. */
export async function getStaticPaths() {
  const program = await getProgram();
  return [{ params: { name: 'program' } }, ...program.tracks.map((track) => ({ params: { name: track.id } }))];
}

export async function GET({ params, site }: APIContext) {
  const program = await getProgram();
  const track = program.tracks.find((t) => t.id === params['name']);
  const talks = track ? track.talks : program.talks;
  const name = track ? `${program.event.name} · ${track.name}` : program.event.name;
  return calendarResponse(program, talks, name, site!);
}
