#!/usr/bin/env node
// The one test command (npm test): type check, unit tests, build-output tests and browser tests.
// It installs Debian's Chromium when it is missing and builds the site when dist/ is absent.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules/.bin', name);
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function run(title, command, args, options = {}) {
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env, ...options });
  return result.status === 0;
}

function ensureChromium() {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${chromium}. Install Debian's package: sudo apt-get install -y chromium fonts-noto-cjk`);
    process.exit(1);
  }
  const apt = { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
  if (!run('Installing Chromium (apt-get)', 'apt-get', ['update', '-qq'], apt) ||
      !run('Installing Chromium (apt-get)', 'apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], apt)) {
    console.error('Could not install Chromium with apt-get.');
    process.exit(1);
  }
}

ensureChromium();
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
