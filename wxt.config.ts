import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { E2E_CUSTOM_SITE, HOSTED_SUITE_EXCLUDES, HOSTED_SUITE_MATCHES } from './utils/adapters/hosts';

/**
 * The launcher (entrypoints/launcher): an unlisted script, see its header for
 * why. The manifest's content script is its gate (entrypoints/launcher-gate),
 * which asks for it where the address may be a review page.
 */
const LAUNCHER = 'launcher';
const LAUNCHER_GATE = 'launcher-gate';

/**
 * Pages that must be usable before their modules load (the popup: its note
 * box is in its HTML, focused by a classic start script). Measured with
 * `npm run bench -- --only popup` and a trace of the page's renderer:
 * - their stylesheets are written into the HTML (3 KB, no `url()`): a classic
 *   script waits for the page's stylesheets, and linked they came back from
 *   the browser together with the module and its chunks;
 * - their HTML lists no module preloads: each request the parser starts cost
 *   about 1 ms before the box could take the focus. The entry's imports load
 *   as soon as it is parsed.
 */
const FAST_START = ['entrypoints/popup/'];
const isFastStart = (path: string) => FAST_START.some((folder) => path.replaceAll('\\', '/').includes(folder));

function inlineStyles(): Plugin {
  return {
    name: 'review-companion:inline-styles',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        if (!bundle || !isFastStart(filename)) return html;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string' || asset.source.includes('url(')) return link;
          return `<style>${asset.source.trim()}</style>`;
        });
      },
    },
  };
}

// See DESIGN.md (architecture) and the README's architecture section.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [inlineStyles()],
    build: {
      // See FAST_START.
      modulePreload: {
        resolveDependencies: (_file: string, deps: string[], { hostType, hostId }: { hostType: 'html' | 'js'; hostId: string }) =>
          hostType === 'html' && isFastStart(hostId) ? [] : deps,
      },
    },
  }),
  // `npm run zip`: the Firefox run also writes the sources zip that
  // addons.mozilla.org asks for: what a reviewer needs to rebuild the add-on
  // (SOURCE-BUILD.md), without the tests, their fixtures and the store folder.
  // WXT already leaves out node_modules, dot-folders and .output.
  zip: { excludeSources: ['tests/**', 'store/**', 'stats.html', '*.log'] },
  hooks: {
    // The launcher must stay under 10 KB gzip: it gets the browser's own
    // `browser`/`chrome` object instead of the ~3 KB polyfill. Extension pages
    // and the background keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.name === LAUNCHER || entrypoint.name === LAUNCHER_GATE)) return;
      const raw = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      config.resolve ??= {};
      config.resolve.alias = Array.isArray(alias)
        ? [raw, ...alias]
        : [raw, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB in the extension origin needs no permission. `activeTab` lets
    // the toolbar button and the shortcut open the sidebar on the current page
    // once; `scripting` injects the launcher there and registers it on the
    // domains the user enables.
    // `alarms`: the optional review reminder (asks nothing of the user).
    // The e2e build holds `notifications` too: no prompt can be answered there.
    // `sidePanel` (Chrome): the sidebar page can also live in the browser's own
    // side panel; it shows no warning at install.
    // `storage`: `storage.session`, the in-memory list of the sidebar frames
    // each tab's launcher mounted (entrypoints/background/frames.ts), and one
    // flag in `storage.local`: the welcome page was shown at install.
    // `unlimitedStorage`: the database is never evicted under storage pressure.
    permissions: [
      'activeTab',
      'scripting',
      'alarms',
      'storage',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel' as const]),
      ...(mode === 'e2e' ? ['notifications' as const] : []),
    ],
    // The content script's static matches are the hosted suites only: no
    // script runs on any other site until the user enables it. The end-to-end
    // build (`--mode e2e`) also holds a test domain standing for a user's
    // self-hosted suite, since nothing can answer a permission prompt there.
    host_permissions: [...HOSTED_SUITE_MATCHES, ...(mode === 'e2e' ? [E2E_CUSTOM_SITE] : [])],
    content_scripts: [
      {
        matches: [...HOSTED_SUITE_MATCHES],
        // The vendors' own websites and help centres are not suites.
        exclude_matches: [...HOSTED_SUITE_EXCLUDES],
        js: [`${LAUNCHER_GATE}.js`],
        run_at: 'document_idle',
      },
    ],
    // Custom and self-hosted domains, asked for one origin at a time.
    // `notifications` only once the user turns a reminder on.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'http://*/*', 'notifications'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'], optional_permissions: ['notifications'] }),
    // The sidebar page is the only page a web page may embed, on any site the
    // launcher may run on (hosted suites, custom domains, activeTab pages).
    // `use_dynamic_url`: pages cannot load it by the extension's fixed id, so
    // they cannot probe for it. WXT turns this into Firefox MV2's plain list;
    // Firefox uses a per-install UUID anyway.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: ['https://*/*', 'http://*/*'],
        use_dynamic_url: true,
      },
    ],
    // The same sidebar page in the browser's own panel, for those who prefer
    // it to the one on the page (Settings › Sidebar).
    ...(browser === 'firefox'
      ? { sidebar_action: { default_panel: 'sidebar.html', default_title: '__MSG_extName__', open_at_install: false } }
      : { side_panel: { default_path: 'sidebar.html' } }),
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleSidebar__',
      },
      // Firefox's own command for the browser sidebar: no default key (the
      // user picks one under Manage Extension Shortcuts).
      ...(browser === 'firefox' && { _execute_sidebar_action: {} }),
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'review-companion@example.org',
          // data_collection_permissions needs Firefox 140 (the current ESR line).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
