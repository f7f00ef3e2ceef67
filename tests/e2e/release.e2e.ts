/**
 * Store readiness of the built packages: `web-ext lint` on the Firefox build,
 * the three zips of `npm run zip` (the sources zip rebuilds the same Firefox
 * files), store/permissions.md against the built manifests, and the privacy
 * policy reached from the options page.
 * Needs `npm run zip` first (scripts/test.mjs runs it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { PRIVACY_SECTIONS } from '@/entrypoints/privacy/App';
import { ROOT, sessionPerFile } from './harness';

const CHROME = join(ROOT, '.output/chrome-mv3');
const FIREFOX = join(ROOT, '.output/firefox-mv2');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const version: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

/** Every file under `dir`, as paths relative to `base` with `/` separators. */
function filesUnder(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

async function readZip(name: string): Promise<JSZip> {
  const path = join(ROOT, '.output', name);
  if (!existsSync(path)) throw new Error(`${name} is missing: run \`npm run zip\` before this test.`);
  return JSZip.loadAsync(readFileSync(path));
}

const zipFiles = (zip: JSZip) =>
  Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name)
    .sort();

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/**
 * Warnings `web-ext lint` reports in third-party code that Vite bundles into
 * our chunks. Each names the library, a marker found next to the flagged code
 * and in the library's own file, and why it is harmless.
 */
const THIRD_PARTY_WARNINGS = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    library: 'node_modules/preact/dist/preact.mjs',
    marker: 'dangerouslySetInnerHTML',
    // Preact assigns innerHTML only for the `dangerouslySetInnerHTML` prop, which our code never uses (checked below).
  },
];

/** Our own code: what the lint must find nothing in. */
const OWN_SOURCES = ['entrypoints', 'components', 'utils'];

describe('web-ext lint on the Firefox build', () => {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '-s', FIREFOX, '--output', 'json'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const report = (() => {
    try {
      return JSON.parse(run.stdout) as { errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] };
    } catch {
      throw new Error(`web-ext lint gave no JSON report (exit ${run.status}): ${run.stderr || run.stdout}`);
    }
  })();

  it('reports no error and no notice', () => {
    expect(report.errors).toEqual([]);
    expect(report.notices).toEqual([]);
  });

  it('reports warnings only in known third-party code', () => {
    for (const warning of report.warnings) {
      const where = `${warning.code} in ${warning.file}:${warning.line}:${warning.column} (${warning.message})`;
      expect(warning.file, where).toBeDefined();
      const known = THIRD_PARTY_WARNINGS.find((entry) => entry.code === warning.code);
      expect(known, `unexplained warning: ${where}`).toBeDefined();
      const line = readFileSync(join(FIREFOX, warning.file!), 'utf8').split('\n')[(warning.line ?? 1) - 1] ?? '';
      const column = warning.column ?? 0;
      const around = line.slice(Math.max(0, column - 300), column + 300);
      expect(around, `not the library's code: ${where}`).toContain(known!.marker);
      expect(readFileSync(join(ROOT, known!.library), 'utf8')).toContain(known!.marker);
    }
  });

  it('finds nothing to report in our own sources', () => {
    const unsafe = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|dangerouslySetInnerHTML/;
    for (const file of OWN_SOURCES.flatMap((dir) => filesUnder(join(ROOT, dir), ROOT))) {
      if (!/\.(ts|tsx|html)$/.test(file)) continue;
      expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(unsafe);
    }
  });
});

describe('npm run zip', () => {
  it('packs the Chrome and Firefox builds as they are', async () => {
    expect(zipFiles(await readZip(`review-companion-${version}-chrome.zip`))).toEqual(filesUnder(CHROME).sort());
    expect(zipFiles(await readZip(`review-companion-${version}-firefox.zip`))).toEqual(filesUnder(FIREFOX).sort());
    expect(manifest(CHROME).version).toBe(version);
    expect(manifest(FIREFOX).version).toBe(version);
  });

  it('packs the sources a reviewer needs, and nothing else', async () => {
    const files = zipFiles(await readZip(`review-companion-${version}-sources.zip`));
    for (const needed of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'SOURCE-BUILD.md', 'README.md']) {
      expect(files, needed).toContain(needed);
    }
    for (const dir of [...OWN_SOURCES, 'public']) {
      for (const file of filesUnder(join(ROOT, dir), ROOT)) expect(files, file).toContain(file);
    }
    const leftOut = files.filter((file) => /^(node_modules|\.output|\.wxt|tests|store)\//.test(file) || /(^|\/)\./.test(file));
    expect(leftOut).toEqual([]);
  });

  describe('the sources zip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-companion-sources-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('rebuilds the same Firefox files (with the same dependencies)', async () => {
      const zip = await readZip(`review-companion-${version}-sources.zip`);
      await Promise.all(
        Object.values(zip.files).map(async (entry) => {
          if (entry.dir) return;
          const target = join(dir, entry.name);
          mkdirSync(join(target, '..'), { recursive: true });
          writeFileSync(target, await entry.async('nodebuffer'));
        }),
      );
      // `npm ci` would install the locked versions: the same files as ours.
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'junction');
      // As from a shell: vitest's NODE_ENV=test would change what Vite bundles.
      const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', 'firefox'], {
        cwd: dir,
        env,
        encoding: 'utf8',
      });
      expect(build.status, build.stderr).toBe(0);
      const rebuilt = join(dir, '.output/firefox-mv2');
      expect(filesUnder(rebuilt).sort()).toEqual(filesUnder(FIREFOX).sort());
      for (const file of filesUnder(FIREFOX)) {
        expect(readFileSync(join(rebuilt, file)).equals(readFileSync(join(FIREFOX, file))), file).toBe(true);
      }
    }, 120_000);
  });
});

describe('store/permissions.md', () => {
  const text = readFileSync(join(ROOT, 'store/permissions.md'), 'utf8');
  /** Permissions named in a `### \`name\`` heading or in the first cell of a table row. */
  const justified = [
    ...[...text.matchAll(/^### `([^`]+)`\s*$/gm)].map((match) => match[1]!),
    ...[...text.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!),
  ];

  it('justifies every permission and host permission of the built manifests, and no other', () => {
    const chrome = manifest(CHROME);
    const firefox = manifest(FIREFOX);
    const requested = new Set<string>([
      ...chrome.permissions,
      ...(chrome.optional_permissions ?? []),
      ...(chrome.host_permissions ?? []),
      ...(chrome.optional_host_permissions ?? []),
      ...firefox.permissions,
      ...(firefox.optional_permissions ?? []),
    ]);
    expect([...new Set(justified)].sort()).toEqual([...requested].sort());
    expect(justified.length, 'a permission justified twice').toBe(new Set(justified).size);
  });

  it('lists the hosted suites as the host permissions table', () => {
    const table = [...text.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]!);
    expect(table.sort()).toEqual([...HOSTED_SUITE_MATCHES].sort());
  });

  it('gives each permission a justification', () => {
    for (const section of text.split(/^### /m).slice(1)) {
      const [heading, ...lines] = section.split('\n');
      const end = lines.findIndex((line) => line.startsWith('#'));
      const body = (end === -1 ? lines : lines.slice(0, end)).join(' ').trim();
      expect(body.length, heading).toBeGreaterThan(40);
    }
  });
});

describe('the privacy policy in the extension', () => {
  const session = sessionPerFile();

  it('opens from the options page, keyboard first, and shows every part of the policy', async () => {
    const options = await session.context.newPage();
    await options.goto(session.url('options.html'));
    const link = options.getByRole('link', { name: 'Privacy policy' });
    await link.focus();
    const [policy] = await Promise.all([session.context.waitForEvent('page'), options.keyboard.press('Enter')]);
    await policy.waitForLoadState();
    expect(new URL(policy.url()).pathname).toBe('/privacy.html');
    await expect.poll(() => policy.getByRole('heading', { level: 1 }).textContent()).toBe('Privacy policy');
    expect(await policy.getByRole('heading', { level: 2 }).count()).toBe(PRIVACY_SECTIONS.length);
    expect(await policy.title()).toBe('Privacy policy · Review Companion');
    expect(session.refusedRequests).toEqual([]);
  });
});
