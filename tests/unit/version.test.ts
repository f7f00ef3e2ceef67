/** The release logic behind `npm run release` (scripts/version.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nextVersion, releaseChangelog, setLockVersion, setPackageVersion } from '../../scripts/version.mjs';

const ROOT = join(import.meta.dirname, '../..');

describe('nextVersion', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.9', 'patch', '0.1.10'],
    ['0.1.3', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
    ['1.2.3', '1.10.0', '1.10.0'],
    ['1.2.3', '2.0.0', '2.0.0'],
  ])('%s with %s is %s', (current, step, expected) => {
    expect(nextVersion(current, step)).toBe(expected);
  });

  it('refuses a missing or unknown step, a version that is not x.y.z, and a version that is not after the current one', () => {
    expect(() => nextVersion('1.2.3', undefined)).toThrow(/major, minor, patch/);
    expect(() => nextVersion('1.2.3', 'next')).toThrow(/major, minor, patch/);
    expect(() => nextVersion('1.2.3', '1.3')).toThrow(/major, minor, patch/);
    expect(() => nextVersion('1.2.3', 'v1.3.0')).toThrow(/major, minor, patch/);
    expect(() => nextVersion('1.2.3', '1.2.3')).toThrow(/not after/);
    expect(() => nextVersion('1.2.3', '1.1.9')).toThrow(/not after/);
    expect(() => nextVersion('1.2.3', '01.3.0')).toThrow();
    expect(() => nextVersion('1.2', 'patch')).toThrow(/not a version/);
  });
});

const CHANGELOG = `# Changelog

Intro.

## [Unreleased]

### Added

- A welcome page.

### Fixed

- A crash.

## [0.1.0] - 2026-12-04

### Added

- Everything.
`;

describe('releaseChangelog', () => {
  it('turns Unreleased into the version with its date, under a fresh empty Unreleased', () => {
    expect(releaseChangelog(CHANGELOG, '0.2.0', '2026-12-24')).toBe(`# Changelog

Intro.

## [Unreleased]

## [0.2.0] - 2026-12-24

### Added

- A welcome page.

### Fixed

- A crash.

## [0.1.0] - 2026-12-04

### Added

- Everything.
`);
  });

  it('moves the comparison links along when there are some', () => {
    const linked = `${CHANGELOG}\n[Unreleased]: https://example.org/rc/compare/v0.1.0...HEAD\n[0.1.0]: https://example.org/rc/releases/tag/v0.1.0\n`;
    const released = releaseChangelog(linked, '0.1.1', '2027-01-05');
    expect(released).toContain('[Unreleased]: https://example.org/rc/compare/v0.1.1...HEAD\n[0.1.1]: https://example.org/rc/compare/v0.1.0...v0.1.1\n[0.1.0]:');
  });

  it('refuses an empty Unreleased section, a version already listed, a missing heading and a malformed date', () => {
    const empty = releaseChangelog(CHANGELOG, '0.2.0', '2026-12-24');
    expect(() => releaseChangelog(empty, '0.3.0', '2026-12-25')).toThrow(/Nothing to release/);
    expect(() => releaseChangelog(CHANGELOG, '0.1.0', '2026-12-24')).toThrow(/already has a section for 0.1.0/);
    expect(() => releaseChangelog(CHANGELOG.replace('## [Unreleased]', '## Next'), '0.2.0', '2026-12-24')).toThrow(/no "## \[Unreleased\]"/);
    expect(() => releaseChangelog(CHANGELOG, '0.2.0', '24/12/2026')).toThrow(/not a date/);
  });

  it('accepts the project’s own changelog, which has an Unreleased section and a 0.1.0 section', () => {
    const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(changelog).toMatch(new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
    const released = releaseChangelog(changelog, nextVersion(version, 'patch'), '2027-01-05');
    expect(released.match(/^## \[Unreleased\]$/gm)).toHaveLength(1);
    expect(released).toContain(`## [Unreleased]\n\n## [${nextVersion(version, 'patch')}] - 2027-01-05\n`);
  });
});

describe('the version in package.json', () => {
  const packageJson = readFileSync(join(ROOT, 'package.json'), 'utf8');
  const packageLock = readFileSync(join(ROOT, 'package-lock.json'), 'utf8');

  it('is set without touching the rest of the file', () => {
    const bumped = setPackageVersion(packageJson, '7.8.9');
    expect(JSON.parse(bumped).version).toBe('7.8.9');
    expect(bumped.split('\n').filter((line, index) => line !== packageJson.split('\n')[index])).toEqual(['  "version": "7.8.9",']);
  });

  it('is repeated in package-lock.json at the top and for the project itself, and nowhere else', () => {
    const bumped = JSON.parse(setLockVersion(packageLock, '7.8.9'));
    expect(bumped.version).toBe('7.8.9');
    expect(bumped.packages[''].version).toBe('7.8.9');
    const before = JSON.parse(packageLock);
    expect(bumped.packages['node_modules/wxt'].version).toBe(before.packages['node_modules/wxt'].version);
    // Setting the current version changes nothing: npm's own formatting is kept.
    expect(setLockVersion(packageLock, before.version)).toBe(packageLock);
    expect(before.version).toBe(JSON.parse(packageJson).version);
  });
});
