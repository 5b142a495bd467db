import type { APIContext } from 'astro';
import { getProgram } from '~/data/program';
import { toC3voc } from '~/lib/schedule-export/to-c3voc';

/** The program in the c3voc schedule JSON format that pretalx and frab publish, for schedule apps. */
export async function GET({ site }: APIContext) {
  const schedule = toC3voc(await getProgram(), site!);
  return new Response(JSON.stringify(schedule, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
