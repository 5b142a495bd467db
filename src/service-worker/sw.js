/*
 * The site's service worker: the program offline after one visit, and the articles the reader
 * opened. Hand-written (about 200 lines, no library): see README, "Offline".
 *
 * The build (scripts/lib/service-worker.mjs) writes dist/sw.js as two constants followed by this
 * file:
 *   VERSION   a hash of PRECACHE, so the worker's bytes (and so the browser's update) change
 *             exactly when a file it keeps ahead of time changes;
 *   PRECACHE  [path, revision] of every file kept ahead of time: the program's pages (home,
 *             agenda, talks, speakers, tracks, 我的日程, 变更记录, the 离线 page) with the
 *             stylesheets, scripts, images and icons they use; the revision is a hash of the
 *             file's bytes.
 *
 * Policy:
 *   pages and other files without a hash in their name: the network first; its answer is kept,
 *     and the kept copy is used when the network fails or takes over NETWORK_TIMEOUT_MS (the
 *     answer still updates the copy when it comes). So a reader online always sees the newest
 *     build, offline the last one they had; a page never opened, offline, gets the 离线 page.
 *   files with a hash or a version in their name (/_astro/, /katex/<v>/, /mermaid/<v>/): from a
 *     cache when there, else from the network and kept, since their bytes never change. This
 *     keeps an opened article's KaTeX stylesheet and fonts, its scripts and Mermaid.
 *   anything else (search index, calendars, feeds, exports): the network, as without a worker.
 *
 * A new build's worker installs at once (skipWaiting), copying from the previous version's cache
 * every file whose revision is unchanged, so a program change costs the changed pages only. On
 * activation it deletes the old caches and, when it replaces another version, tells open pages,
 * which show 日程已更新 (src/client/sw-notice.ts).
 */

const PREFIX = 'devcon-';
const PRECACHE_NAME = `${PREFIX}precache-${VERSION}`;
/** Pages opened that are not kept ahead of time (articles, tags …): kept across versions. */
const PAGES = `${PREFIX}pages`;
/** Hashed files fetched on a visit, and those of the last version that opened pages may still need. */
const ASSETS = `${PREFIX}assets`;
/** The version last activated, to tell an update from a first install. */
const META = `${PREFIX}meta`;
const OFFLINE_PAGE = '/offline/';
/** Where a file's name carries its hash or version (IMMUTABLE_PATH in scripts/lib/precompress.mjs, without Pagefind's). */
const HASHED = /^\/(_astro\/|mermaid\/[^/]+\/|katex\/[^/]+\/)/;
/** On a slow network, how long a page waits for it before the kept copy is shown. */
const NETWORK_TIMEOUT_MS = 3000;
const MAX_PAGES = 60;
const MAX_ASSETS = 300;
/** The revision a precached copy was fetched for. */
const REVISION = 'x-devcon-revision';
/** Files fetched at once while installing: a browser's connections to one host. */
const PARALLEL = 6;

const revisions = new Map(PRECACHE);

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(activate());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(page(event, pageKey(url.pathname)));
  } else if (HASHED.test(url.pathname)) {
    event.respondWith(hashed(event));
  } else if (revisions.has(url.pathname)) {
    event.respondWith(networkFirst(event, url.pathname, PRECACHE_NAME));
  }
});

/** Fetches this version's files, taking unchanged ones from the caches of earlier attempts and versions. */
async function precache() {
  const cache = await caches.open(PRECACHE_NAME);
  const older = await Promise.all(
    (await caches.keys()).filter((name) => name.startsWith(`${PREFIX}precache-`) && name !== PRECACHE_NAME).map((name) => caches.open(name)),
  );
  const queue = [...revisions];
  const work = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const [path, revision] = item;
      // Kept by an earlier, interrupted install of this version (a phone on bad Wi-Fi resumes).
      if (await withRevision(cache, path, revision)) continue;
      let copy;
      for (const old of older) if (!copy) copy = await withRevision(old, path, revision);
      await cache.put(path, copy ?? (await download(path, revision)));
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, work));
}

/** The cached response for `path` when it was fetched for `revision`. */
async function withRevision(cache, path, revision) {
  const response = await cache.match(path, { ignoreVary: true });
  return response?.headers.get(REVISION) === revision ? response : undefined;
}

async function download(path, revision) {
  // Revalidated (a 304 when unchanged), not taken unchecked from the HTTP cache.
  const response = await fetch(path, { cache: HASHED.test(path) ? 'default' : 'no-cache' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  const headers = new Headers(response.headers);
  headers.set(REVISION, revision);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function activate() {
  await self.registration.navigationPreload?.enable();
  const names = await caches.keys();
  const old = names.filter((name) => name.startsWith(`${PREFIX}precache-`) && name !== PRECACHE_NAME);
  const pages = await caches.open(PAGES);
  const assets = await caches.open(ASSETS);
  // Pages kept from before (articles) link the scripts and stylesheets of their build; when a
  // new build renamed those, the old copies move to the hashed files' cache.
  const keep = (await pages.keys()).length > 0;
  for (const name of old) {
    if (keep) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const path = new URL(request.url).pathname;
        if (HASHED.test(path) && !revisions.has(path) && !(await assets.match(request))) {
          const response = await cache.match(request);
          if (response) await assets.put(request, response);
        }
      }
    }
    await caches.delete(name);
  }
  await trim(assets, MAX_ASSETS);
  const meta = await caches.open(META);
  const before = await (await meta.match('/version'))?.text();
  await meta.put('/version', new Response(VERSION));
  await self.clients.claim();
  if (before && before !== VERSION) {
    for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
      client.postMessage({ type: 'devcon:updated', version: VERSION });
    }
  }
}

/** /agenda → /agenda/ (the site's pages all end in a slash; files keep their names). */
function pageKey(path) {
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

/** A page: the network first, else the kept copy, else the 离线 page. */
async function page(event, path) {
  const kept = revisions.has(path) ? PRECACHE_NAME : PAGES;
  const response = await networkFirst(event, path, kept, true);
  if (response) return response;
  return (await caches.match(OFFLINE_PAGE, { cacheName: PRECACHE_NAME, ignoreVary: true })) ?? Response.error();
}

/**
 * The network's answer, kept in `cacheName` under `path` when it is a good one. The kept copy
 * instead when the network fails, answers with a server error, or is slower than
 * NETWORK_TIMEOUT_MS (the answer, when it comes, still replaces the copy). Resolves with
 * undefined when neither has it (for a page: the 离线 page comes next), else throws.
 */
async function networkFirst(event, path, cacheName, isPage = false) {
  const network = (async () => (isPage && (await event.preloadResponse)) || fetch(event.request))();
  event.waitUntil(
    network
      .then((response) => {
        // Cloned now, before the page starts reading the body.
        const copy = response.clone();
        const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
        if (response.ok && response.type === 'basic' && !response.redirected && html === isPage) return keep(cacheName, path, copy);
        return undefined;
      })
      .catch(() => {}),
  );
  const kept = () => cached(path, cacheName);
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, NETWORK_TIMEOUT_MS, 'late')));
  try {
    const first = await Promise.race([network, late]);
    if (first !== 'late') {
      if (first.status < 500) return first;
      return (await kept()) ?? first;
    }
    // Slow: the copy if there is one, else keep waiting for the network.
    return (await kept()) ?? (await network);
  } catch (error) {
    const copy = await kept();
    if (copy || isPage) return copy;
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function cached(path, cacheName) {
  const cache = await caches.open(cacheName);
  return (await cache.match(path, { ignoreVary: true })) ?? (cacheName === PAGES ? undefined : (await caches.open(PAGES)).match(path, { ignoreVary: true }));
}

async function keep(cacheName, path, response) {
  const cache = await caches.open(cacheName);
  await cache.put(path, response);
  if (cacheName === PAGES) await trim(cache, MAX_PAGES);
}

/** A file whose name carries its hash: any cache that has it, else the network (and kept). */
async function hashed(event) {
  const { request } = event;
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') {
    const copy = response.clone();
    event.waitUntil(
      caches
        .open(ASSETS)
        .then(async (assets) => {
          await assets.put(request, copy);
          await trim(assets, MAX_ASSETS);
        })
        .catch(() => {}),
    );
  }
  return response;
}

/** Drops the oldest entries past `max` (a cache lists entries in the order they were put). */
async function trim(cache, max) {
  const keys = await cache.keys();
  for (const request of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(request);
}
