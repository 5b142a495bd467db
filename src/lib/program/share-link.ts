const PREFIX = '#share=';

/** The fragment that carries starred talk ids: "#share=a,b". A fragment never reaches the server. */
export function shareFragment(ids: Iterable<string>): string {
  return `${PREFIX}${[...ids].sort().map(encodeURIComponent).join(',')}`;
}

/**
 * The talk ids a share fragment carries, only those the program knows (a link from an older
 * program may name a talk since removed), each once; undefined when it is not a share link.
 */
export function readShareFragment(hash: string, known: ReadonlySet<string>): string[] | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  const ids = hash
    .slice(PREFIX.length)
    .split(',')
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return '';
      }
    })
    .filter((id) => known.has(id));
  return [...new Set(ids)];
}
