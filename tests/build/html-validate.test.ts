import { HtmlValidate } from 'html-validate';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build-site.ts';
import { Dist } from '../helpers/dist.ts';
import { sitemapPages } from '../helpers/sitemap.ts';

const dist = new Dist(join(ROOT, 'dist'));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // KaTeX positions glyphs with inline heights and offsets, and Shiki colours tokens with
    // custom properties; both are generated markup, so only these properties are allowed.
    'no-inline-style': [
      'error',
      {
        allowedProperties: ['--shiki-light', '--shiki-dark', '--shiki-light-bg', '--shiki-dark-bg', 'overflow-x', 'height', 'vertical-align', 'top', 'margin-right', 'margin-left', 'width', 'border-bottom-width', 'border-right-width', 'padding-left', 'left', 'right', 'bottom', 'position', 'min-width', 'margin-top', 'margin-bottom', 'display', 'font-size'],
      },
    ],
    // HTML5 allows ids that start with a digit; heading slugs such as "3d-并行" do.
    'valid-id': ['error', { relaxed: true }],
    // Formatting preferences of the generator, not validity: Astro writes `hidden` and void
    // elements its own way.
    'attribute-boolean-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    // Long Chinese titles plus the site name exceed the rule's 70 characters; search engines cut by width.
    'long-title': 'off',
    // The search box is the ARIA combobox pattern; there is no native element for it.
    'prefer-native-element': ['error', { exclude: ['combobox', 'listbox', 'option'] }],
  },
});

describe('valid HTML on every page of the sitemap', () => {
  const pages = [...sitemapPages(dist), '/404.html', '/offline/'];

  it('the sitemap lists the site', () => expect(pages.length).toBeGreaterThan(100));

  it.each(pages)('%s', async (path) => {
    const report = await validator.validateString(dist.text(path.endsWith('/') ? `${path}index.html` : path), path);
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`));
    expect(messages).toEqual([]);
  });
});
