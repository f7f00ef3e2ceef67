#!/usr/bin/env node
/**
 * Runs every check: type check, build, unit and component tests (vitest,
 * happy-dom), end-to-end tests (real headless Chromium with the built
 * extension, and pages of real editors built from npm). Ends with one line
 * `N passed, N failed` over all of them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const results = join(root, '.test-results');
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
function run(label, args) {
  console.log(`\n── ${label} ──`);
  const started = Date.now();
  const { status } = spawnSync(npx, args, { cwd: root, stdio: 'inherit' });
  console.log(`── ${label}: ${status === 0 ? 'ok' : `exit ${status}`} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return status === 0;
}

/** Counts from a vitest JSON report; a missing report (crash) counts as one failure. */
function counts(file, label) {
  if (!existsSync(file)) {
    console.error(`${label}: no report was written (the runner crashed?)`);
    return { passed: 0, failed: 1 };
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  // Suites that failed to load (syntax error, missing import) have no tests but are failures.
  const brokenFiles = report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

let passed = 0;
let failed = 0;
const tally = ({ passed: p, failed: f }) => {
  passed += p;
  failed += f;
};

// Regenerates WXT's types (translation keys, auto-imports) so the type check sees the current sources.
run('prepare', ['wxt', 'prepare']);
tally(run('type check', ['tsc', '--noEmit']) ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });

const unitReport = join(results, 'unit.json');
run('unit and component tests', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`]);
tally(counts(unitReport, 'unit'));

// `wxt zip` builds, then writes the store zips (and, for Firefox, the sources zip) that tests/e2e/release.e2e.ts checks.
const built =
  run('build and zip Chrome', ['wxt', 'zip']) &&
  run('build and zip Firefox', ['wxt', 'zip', '-b', 'firefox']) &&
  // The end-to-end variant: also holds the permission for a test domain (see wxt.config.ts).
  run('build Chrome, e2e variant', ['wxt', 'build', '--mode', 'e2e']) &&
  // The real editors' test pages, from their npm packages (skipped when unchanged).
  run('build editor fixtures', ['node', 'scripts/build-editor-fixtures.mjs']);
if (built) {
  const e2eReport = join(results, 'e2e.json');
  run('end-to-end tests (headless Chromium)', [
    'vitest', 'run', '-c', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eReport}`,
  ]);
  tally(counts(e2eReport, 'e2e'));
} else {
  tally({ passed: 0, failed: 1 });
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
