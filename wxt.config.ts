import { defineConfig } from 'wxt';
import { HOSTED_SUITE_MATCHES } from './utils/adapters/hosts';

// See DESIGN.md (architecture) and the README's architecture section.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The launcher content script must stay under 10 KB gzip: it gets the
    // browser's own `browser`/`chrome` object instead of the ~3 KB polyfill.
    // Extension pages and the background keep the polyfill.
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.some((entrypoint) => entrypoint.type === 'content-script')) return;
      const raw = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
      const alias = config.resolve?.alias;
      config.resolve ??= {};
      config.resolve.alias = Array.isArray(alias)
        ? [raw, ...alias]
        : [raw, ...Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }))];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // IndexedDB in the extension origin needs no permission. Nothing else is
    // asked for until a feature needs it.
    permissions: [],
    // The content script's static matches are the hosted suites only: no
    // script runs on any other site.
    host_permissions: [...HOSTED_SUITE_MATCHES],
    // The sidebar page is the only page a web page may embed. WXT turns this
    // into Firefox MV2's plain list; Firefox already uses a per-install UUID.
    // The matches are widened to the user's granted origins at runtime in a
    // later step; `use_dynamic_url` stops pages from fingerprinting the id.
    web_accessible_resources: [
      {
        resources: ['sidebar.html'],
        matches: [...HOSTED_SUITE_MATCHES],
        use_dynamic_url: true,
      },
    ],
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
