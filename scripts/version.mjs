/**
 * Pure release logic for `npm run release` (scripts/bump-version.mjs): the
 * next version number, the changelog's new heading, and the version fields of
 * package.json and package-lock.json. No file access here (tests/unit/version.test.ts).
 *
 * The version lives in package.json only: WXT writes it into both manifests,
 * and package-lock.json merely repeats it.
 */

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const UNRELEASED = /^## \[Unreleased\][^\n]*$/m;

/** `1.2.3` as numbers, or an error naming what is wrong. */
function parseVersion(version) {
  const match = SEMVER.exec(version);
  if (!match) throw new Error(`"${version}" is not a version of the form major.minor.patch (e.g. 1.4.0).`);
  return match.slice(1, 4).map(Number);
}

function compareVersions(a, b) {
  const [x, y] = [parseVersion(a), parseVersion(b)];
  for (let index = 0; index < 3; index += 1) if (x[index] !== y[index]) return x[index] - y[index];
  return 0;
}

/**
 * The version after `current`: `major`, `minor` or `patch` steps it, an
 * explicit `x.y.z` must be greater than `current`.
 */
export function nextVersion(current, step) {
  const [major, minor, patch] = parseVersion(current);
  if (step === 'major') return `${major + 1}.0.0`;
  if (step === 'minor') return `${major}.${minor + 1}.0`;
  if (step === 'patch') return `${major}.${minor}.${patch + 1}`;
  if (typeof step !== 'string' || !SEMVER.test(step)) {
    throw new Error(`Say which version to release: major, minor, patch or a version such as 1.4.0 (got "${step ?? ''}").`);
  }
  if (compareVersions(step, current) <= 0) throw new Error(`${step} is not after the current version ${current}.`);
  return step;
}

/**
 * The changelog with its Unreleased section turned into `## [version] - date`
 * and a fresh, empty Unreleased section above it. Comparison links at the
 * bottom (`[Unreleased]: …/compare/v1.0.0...HEAD`), if any, follow.
 * Refuses an empty Unreleased section and a version already listed.
 */
export function releaseChangelog(changelog, version, date) {
  parseVersion(version);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`"${date}" is not a date of the form YYYY-MM-DD.`);
  const heading = UNRELEASED.exec(changelog);
  if (!heading) throw new Error('The changelog has no "## [Unreleased]" heading.');
  if (new RegExp(`^## \\[${version.replaceAll('.', '\\.')}\\]`, 'm').test(changelog)) {
    throw new Error(`The changelog already has a section for ${version}.`);
  }
  const bodyStart = heading.index + heading[0].length;
  const nextHeading = changelog.slice(bodyStart).search(/^## |^\[[^\]]+\]: /m);
  const body = changelog.slice(bodyStart, nextHeading === -1 ? undefined : bodyStart + nextHeading);
  if (!/^\s*[-*] \S/m.test(body)) throw new Error('Nothing to release: the Unreleased section lists no change.');

  let released = `${changelog.slice(0, heading.index)}## [Unreleased]\n\n## [${version}] - ${date}${changelog.slice(bodyStart)}`;
  const link = /^\[Unreleased\]: (\S+)\/compare\/v(\S+)\.\.\.HEAD$/m.exec(released);
  if (link) {
    const [line, base, previous] = link;
    released = released.replace(line, `[Unreleased]: ${base}/compare/v${version}...HEAD\n[${version}]: ${base}/compare/v${previous}...v${version}`);
  }
  return released;
}

/** package.json's text with its `version` set, the rest of the file as it was. */
export function setPackageVersion(packageJson, version) {
  parseVersion(version);
  const data = JSON.parse(packageJson);
  if (typeof data.version !== 'string') throw new Error('package.json has no version.');
  return replaceFirstVersion(packageJson, version);
}

/** package-lock.json's text with the project's own version (top level and `packages[""]`) set. */
export function setLockVersion(packageLock, version) {
  parseVersion(version);
  const data = JSON.parse(packageLock);
  data.version = version;
  if (data.packages?.['']) data.packages[''].version = version;
  return `${JSON.stringify(data, null, 2)}\n`;
}

function replaceFirstVersion(text, version) {
  // The top-level field is the first `"version"` of package.json; keeping the text keeps its formatting.
  const replaced = text.replace(/^(\s*"version":\s*)"[^"]*"/m, `$1"${version}"`);
  if (JSON.parse(replaced).version !== version) throw new Error('Could not set the version in package.json.');
  return replaced;
}
