/** Checks on the built extension: permissions, exposure, content-script weight. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { E2E_CUSTOM_SITE, HOSTED_SUITE_EXCLUDES, HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { ROOT } from './harness';

const CHROME = join(ROOT, '.output/chrome-mv3');
const FIREFOX = join(ROOT, '.output/firefox-mv2');
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
const CONTENT_BUDGET_GZIP = 10 * 1024;
const GATE_BUDGET_GZIP = 2.5 * 1024;

describe('built extension', () => {
  it('runs its content script only on the hosted suites, asks for everything else at runtime', () => {
    const chrome = manifest(CHROME);
    expect(chrome.content_scripts).toHaveLength(1);
    const [script] = chrome.content_scripts;
    // The gate (entrypoints/launcher-gate): the launcher itself is injected where the address may be a review page.
    expect(script.js).toEqual(['launcher-gate.js']);
    expect([...script.matches].sort()).toEqual([...HOSTED_SUITE_MATCHES].sort());
    // The vendors' own websites and help centres under those patterns are left out.
    expect([...script.exclude_matches].sort()).toEqual([...HOSTED_SUITE_EXCLUDES].sort());
    expect(script.exclude_matches).toContain('https://www.bamboohr.com/*');
    expect([...chrome.host_permissions].sort()).toEqual([...HOSTED_SUITE_MATCHES].sort());
    for (const pattern of [...script.matches, ...script.exclude_matches, ...chrome.host_permissions]) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\.[a-z]+\/([a-z]+\/)?\*$/);
    }
    expect(JSON.stringify(chrome)).not.toContain('<all_urls>');
    // `sidePanel` adds no install warning; it lets the sidebar page live in Chrome's own side panel.
    // `storage` for storage.session only (the sidebar frames' tokens); `unlimitedStorage`: no eviction. Neither warns.
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'alarms', 'storage', 'unlimitedStorage', 'sidePanel']);
    expect(chrome.side_panel).toEqual({ default_path: 'sidebar.html' });
    expect(chrome.optional_permissions).toEqual(['notifications']);
    expect(chrome.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    // The test domain exists only in the end-to-end variant.
    expect(JSON.stringify(chrome)).not.toContain(E2E_CUSTOM_SITE);
    expect(manifest(join(ROOT, '.output/chrome-mv3-e2e')).host_permissions).toContain(E2E_CUSTOM_SITE);
  });

  it('puts test hooks only into the test build', () => {
    // The toolbar toggle, reachable for end-to-end tests (tests/e2e/harness.ts).
    for (const dir of [CHROME, FIREFOX]) expect(readFileSync(join(dir, 'background.js'), 'utf8')).not.toContain('reviewCompanionTest');
    expect(readFileSync(join(ROOT, '.output/chrome-mv3-e2e/background.js'), 'utf8')).toContain('reviewCompanionTest');
  });

  it('exposes only the sidebar page to web pages, behind a dynamic URL', () => {
    const chrome = manifest(CHROME);
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['sidebar.html'], matches: ['https://*/*', 'http://*/*'], use_dynamic_url: true },
    ]);
    expect(manifest(FIREFOX).web_accessible_resources).toEqual(['sidebar.html']);
  });

  it('keeps the content scripts small and free of database and UI framework code', () => {
    // Unlisted scripts (entrypoints/launcher-gate, launcher, launcher-kit), not WXT content scripts.
    expect(existsSync(join(CHROME, 'content-scripts'))).toBe(false);
    const gate = readFileSync(join(CHROME, 'launcher-gate.js'), 'utf8');
    const launcher = readFileSync(join(CHROME, 'launcher.js'), 'utf8');
    // What every page of a hosted suite gets: the address check only.
    expect(gzipSync(gate).length).toBeLessThan(GATE_BUDGET_GZIP);
    expect(gzipSync(launcher).length).toBeLessThan(CONTENT_BUDGET_GZIP);
    for (const code of [gate, launcher, readFileSync(join(CHROME, 'launcher-kit.js'), 'utf8')]) {
      // Nothing that talks to the page: WXT's start announcement posted the extension id to it.
      for (const forbidden of ['indexedDB', 'IDBDatabase', 'webextension-polyfill', 'preact', 'localStorage', 'postMessage', 'content-script-started', 'wxt:locationchange']) {
        expect(code, forbidden).not.toContain(forbidden);
      }
    }
    // The gate holds no detection, no insertion and no listener the page's messages could reach.
    for (const absent of ['querySelector', 'onMessage', 'execCommand', 'attachShadow']) expect(gate, absent).not.toContain(absent);
  });

  it('starts the sidebar data request before the style sheets and modules, and loads no database code in the sidebar', () => {
    const html = readFileSync(join(CHROME, 'sidebar.html'), 'utf8');
    const start = html.indexOf('<script src="/sidebar-start.js">');
    expect(start).toBeGreaterThan(0);
    // A classic script waits for the style sheets above it; the modules only run once all are fetched.
    expect(start).toBeLessThan(html.indexOf('rel="stylesheet"'));
    expect(start).toBeLessThan(html.indexOf('<script type="module"'));
    const scripts = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      const code = readFileSync(join(CHROME, script), 'utf8');
      // The sidebar asks the background for everything; WXT's storage module is not used by any page.
      for (const forbidden of ['indexedDB', 'IDBKeyRange', "add the 'storage' permission"]) expect(code, `${script}: ${forbidden}`).not.toContain(forbidden);
    }
  });

  it('builds for Firefox with an add-on id and no data collection', () => {
    expect(existsSync(join(FIREFOX, 'manifest.json'))).toBe(true);
    const firefox = manifest(FIREFOX);
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    // data_collection_permissions is understood from Firefox 140 (desktop) and 142 (Android); older versions refuse it.
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(Number.parseFloat(firefox.browser_specific_settings.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
    // Only Firefox reads browser_specific_settings.
    expect(manifest(CHROME).browser_specific_settings).toBeUndefined();
    // The same sidebar page in Firefox's own sidebar; no `sidePanel` permission there.
    expect(firefox.sidebar_action).toMatchObject({ default_panel: 'sidebar.html', open_at_install: false });
    expect(firefox.permissions).not.toContain('sidePanel');
  });

  it('loads nothing from the web in its pages', () => {
    for (const page of ['sidebar.html', 'popup.html', 'options.html']) {
      const html = readFileSync(join(CHROME, page), 'utf8');
      expect(html, page).not.toMatch(/(src|href)=["']https?:/);
    }
  });

  it('gives the popup a note box that needs none of its modules: in the HTML, its styles inline, its start script before the modules, no preloads', () => {
    for (const dir of [CHROME, FIREFOX]) {
      const html = readFileSync(join(dir, 'popup.html'), 'utf8');
      expect(html).toMatch(/<textarea id="note-text"[^>]*autofocus/);
      expect(html).not.toMatch(/rel="stylesheet"/);
      expect(html).toMatch(/<style>[^<]*\.popup/);
      expect(html).not.toMatch(/rel="modulepreload"/);
      expect(html.indexOf('href="/popup-start.js"')).toBeLessThan(html.indexOf('type="module"'));
      expect(existsSync(join(dir, 'popup-start.js'))).toBe(true);
      // The options page starts its read of the goals before its modules.
      const options = readFileSync(join(dir, 'options.html'), 'utf8');
      expect(options.indexOf('src="/options-start.js" async')).toBeGreaterThan(-1);
      expect(options.indexOf('src="/options-start.js"')).toBeLessThan(options.indexOf('type="module"'));
    }
  });
});

