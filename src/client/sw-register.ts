/**
 * Registers the offline worker (/sw.js, written by the build: src/service-worker/sw.js) once the
 * page has loaded, so its downloads never compete with the page's own. When a new build's worker
 * takes over it says so, and the 日程已更新 notice (loaded only then) appears. The only code
 * of the offline feature on every page: 160 bytes gzip in the header's module.
 */
// Built sites only (the dev server has no /sw.js). By mode, not PROD: a build started under
// NODE_ENV=test (the test suites' fixture builds) has PROD false, yet must be the site as deployed.
const container = import.meta.env.MODE === 'production' ? navigator.serviceWorker : undefined;
if (container) {
  container.addEventListener('message', (event: MessageEvent<{ type?: string } | null>) => {
    if (event.data?.type === 'devcon:updated') void import('./sw-notice.ts').then((notice) => notice.showUpdated());
  });
  container.startMessages();
  const register = () => void container.register('/sw.js').catch(() => {});
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}
