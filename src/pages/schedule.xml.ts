import type { APIContext } from 'astro';
import { getProgram } from '~/data/program';
import { toC3voc } from '~/lib/schedule-export/to-c3voc';
import { toFrabXml } from '~/lib/schedule-export/to-frab-xml';

/** The program as frab's schedule.xml, written from the same model as /schedule.json. */
export async function GET({ site }: APIContext) {
  const xml = toFrabXml(toC3voc(await getProgram(), site!));
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
