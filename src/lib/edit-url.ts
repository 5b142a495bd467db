/**
 * The "编辑此页" address of a content file: the repository's edit URL (EDIT_BASE_URL, such as
 * https://github.com/org/site/edit/main/) joined with the file's path in the repository. None
 * when the site has no repository URL set, so the link is left out.
 */
export function editUrl(base: string | undefined, filePath: string | undefined): string | undefined {
  if (!base || !filePath) return undefined;
  let root: URL;
  try {
    root = new URL(base.endsWith('/') ? base : `${base}/`);
  } catch {
    throw new Error(`EDIT_BASE_URL is not an absolute URL: "${base}" (expected e.g. https://github.com/org/site/edit/main/)`);
  }
  return new URL(filePath.split('/').map(encodeURIComponent).join('/'), root).href;
}
