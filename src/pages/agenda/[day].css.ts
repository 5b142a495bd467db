import type { APIContext } from 'astro';
import { getAgendaDays } from '~/data/agenda';
import { getProgram } from '~/data/program';

export async function getStaticPaths() {
  const program = await getProgram();
  return program.days.map((day) => ({ params: { day: day.date } }));
}

/**
 * One day's room × time grid on wide screens: where each talk, break and time line sits. Only
 * that day's agenda page links it, so no other page carries the positions of every talk (a
 * program of 1,000 talks would add 5 KB gzip to every page that shows one).
 */
export async function GET({ params }: APIContext) {
  const agenda = (await getAgendaDays()).find((entry) => entry.day.date === params['day'])!;
  const { day, layout } = agenda;
  const scope = `.agenda[data-day="${day.date}"]`;
  const rules = [
    // The filter narrows these through --agenda-columns / --agenda-rows (src/client/agenda-filter.ts).
    `${scope}{grid-template-columns:var(--agenda-columns,4rem repeat(${layout.rooms.length},minmax(9rem,1fr)));grid-template-rows:var(--agenda-rows,auto repeat(${layout.rows},minmax(0.9rem,auto)))}`,
    ...layout.rooms.map((_, index) => `${scope}>.room-head:nth-child(${index + 1}){grid-column:${index + 2}}`),
    ...layout.placements.map((p) => `${scope}>#${p.id}{grid-row:${p.rowStart}/${p.rowEnd}${p.column ? `;grid-column:${p.column}` : ''}}`),
  ];
  return new Response(`@media (min-width:64rem){\n${rules.join('\n')}\n}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
