/** Types of scripts/version.mjs (plain JavaScript, so that Node runs it without a build). */
export function nextVersion(current: string, step: string | undefined): string;
export function releaseChangelog(changelog: string, version: string, date: string): string;
export function setPackageVersion(packageJson: string, version: string): string;
export function setLockVersion(packageLock: string, version: string): string;
