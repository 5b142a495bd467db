import { installedVersion } from './package-version.ts';

// Where the vendored browser files are served (src/integrations/vendor-assets.ts copies them
// there). The installed version in each path lets a browser cache them for good.

/** Mermaid's bundle. */
export const MERMAID_PREFIX = `/mermaid/${installedVersion('mermaid')}/`;

/** KaTeX's stylesheet and fonts, under their own names. */
export const KATEX_PREFIX = `/katex/${installedVersion('katex')}/`;

/** Where pages with math link KaTeX's stylesheet (see ArticleLayout). */
export const KATEX_CSS_PATH = `${KATEX_PREFIX}katex.min.css`;
