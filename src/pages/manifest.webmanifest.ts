import type { APIRoute } from 'astro';
import { SITE } from '~/lib/site';

/**
 * The web app manifest: the site installs as an app that opens on the home page (now and next
 * during the event) and works offline through the service worker. The icons are
 * public/icons/*.png, drawn by scripts/icons.mjs from the brand mark.
 */
export const GET: APIRoute = () => {
  const manifest = {
    id: '/',
    name: SITE.name,
    short_name: '开发者大会',
    description: SITE.description,
    lang: SITE.lang,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: SITE.themeColor,
    background_color: SITE.backgroundColor,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
    shortcuts: [
      { name: '议程', url: '/agenda/' },
      { name: '我的日程', url: '/my-schedule/' },
      { name: '变更记录', url: '/changes/' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
