#!/usr/bin/env node
/**
 * `npm run release -- <major|minor|patch|x.y.z>`: sets the new version in
 * package.json (WXT writes it into both manifests; package-lock.json repeats
 * it) and turns CHANGELOG.md's Unreleased section into that version with
 * today's date (UTC), above a fresh empty Unreleased section. Commits and
 * tags nothing: check the diff, commit, then `npm run zip`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { nextVersion, releaseChangelog, setLockVersion, setPackageVersion } from './version.mjs';

const root = resolve(import.meta.dirname, '..');
const paths = {
  package: join(root, 'package.json'),
  lock: join(root, 'package-lock.json'),
  changelog: join(root, 'CHANGELOG.md'),
};

try {
  const packageJson = readFileSync(paths.package, 'utf8');
  const current = JSON.parse(packageJson).version;
  const version = nextVersion(current, process.argv[2]);
  const date = new Date().toISOString().slice(0, 10);
  // Everything is computed before anything is written: a refusal leaves every file as it was.
  const changelog = releaseChangelog(readFileSync(paths.changelog, 'utf8'), version, date);
  const lock = setLockVersion(readFileSync(paths.lock, 'utf8'), version);
  writeFileSync(paths.package, setPackageVersion(packageJson, version));
  writeFileSync(paths.lock, lock);
  writeFileSync(paths.changelog, changelog);
  console.log(`${current} → ${version} (${date}): package.json, package-lock.json and CHANGELOG.md updated.`);
  console.log('Next: check the diff, commit, then `npm run zip`.');
} catch (error) {
  console.error(`release: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
