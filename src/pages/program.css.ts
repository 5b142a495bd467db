import { getAgendaDays } from '~/data/agenda';
import { getProgram } from '~/data/program';

/**
 * The program's data-driven styles: track colours and each day's grid positions. They live in a
 * stylesheet rather than in <style> elements or style attributes so the strict CSP needs no
 * exception for them; pages that show talks link it.
 */
export async function GET() {
  const program = await getProgram();
  const days = await getAgendaDays();
  const tracks = program.tracks.map((track) => `.track-${track.id}{--track:${track.color}}`).join('\n');
  const grids = days.map(({ day, layout }) => {
    const scope = `.agenda[data-day="${day.date}"]`;
    return [
      `${scope}{grid-template-columns:4rem repeat(${layout.rooms.length},minmax(9rem,1fr));grid-template-rows:auto repeat(${layout.rows},minmax(0.55rem,auto))}`,
      ...layout.rooms.map((_, index) => `${scope}>.room-head:nth-child(${index + 1}){grid-column:${index + 2}}`),
      ...layout.placements.map((p) => `${scope}>#${p.id}{grid-row:${p.rowStart}/${p.rowEnd}${p.column ? `;grid-column:${p.column}` : ''}}`),
    ].join('\n');
  });
  const css = `${tracks}\n@media (min-width:64rem){\n${grids.join('\n')}\n}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
