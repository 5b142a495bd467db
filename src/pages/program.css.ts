import { getProgram } from '~/data/program';

/**
 * The tracks' colours, from content. They live in a stylesheet rather than in <style> elements
 * or style attributes so the strict CSP needs no exception for them; pages that show talks link
 * it (TrackStyles.astro). Each day's grid positions are in /agenda/<day>.css.
 */
export async function GET() {
  const program = await getProgram();
  const css = program.tracks.map((track) => `.track-${track.id}{--track:${track.color}}`).join('\n');
  return new Response(`${css}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
