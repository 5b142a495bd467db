#!/usr/bin/env node
// The one test command (npm test): type check, unit tests, build-output tests and browser tests.
// It installs Debian's Chromium and nginx when they are missing and builds the site when dist/ is
// absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const NGINX_BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  return result.status === 0;
}

/**
 * Debian's Chromium (the browser tests) and nginx with its brotli_static module (the tests of
 * deploy/nginx.conf), installed with apt-get when missing.
 */
function ensureDebianPackages() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  const missing = [];
  if (!existsSync(chromium)) missing.push('chromium', 'fonts-noto-cjk');
  if (!existsSync('/usr/sbin/nginx') || !existsSync(NGINX_BROTLI_MODULE)) missing.push('nginx', 'libnginx-mod-http-brotli-static');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`Missing for the browser and server tests: ${missing.join(', ')}. Install Debian's packages: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  const apt = { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
  const title = `Installing ${missing.join(', ')} (apt-get)`;
  if (!run(title, 'apt-get', ['update', '-qq'], apt) || !run(title, 'apt-get', ['install', '-y', '-qq', ...missing], apt)) {
    console.error(`Could not install ${missing.join(', ')} with apt-get.`);
    process.exit(1);
  }
}

ensureDebianPackages();
if (!existsSync(join(root, 'dist/index.html')) && !run('Building the site (dist/ is missing)', process.execPath, ['scripts/build.mjs'])) process.exit(1);

const report = join(root, '.build/vitest-report.json');
rmSync(report, { force: true });
const checked = run('Type check (astro check)', process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'check']);
run('Tests (vitest: unit, build, e2e)', process.execPath, [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const results = JSON.parse(readFileSync(report, 'utf8'));
  passed = results.numPassedTests;
  // A test file that failed without a failing test could not run at all (an import or syntax
  // error, a failed setup): it counts once.
  const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
  failed = results.numFailedTests + brokenFiles + (results.success || results.numFailedTests + brokenFiles > 0 ? 0 : 1);
  skipped = results.numPendingTests + results.numTodoTests;
} else {
  failed = 1;
}
if (!checked) failed += 1;
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
