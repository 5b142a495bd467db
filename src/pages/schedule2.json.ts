import type { APIContext } from 'astro';
import { getProgram } from '~/data/program';
import { toSchedule2 } from '~/lib/schedule-export/to-schedule2';

/** The program in c3voc's newer schedule2 JSON format (flat events, participants with roles). */
export async function GET({ site }: APIContext) {
  return new Response(JSON.stringify(toSchedule2(await getProgram(), site!), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
