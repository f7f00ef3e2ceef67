/**
 * Every hosted suite's fixture pages served at their real URLs in Chromium:
 * the sidebar appears on review pages (also after route changes and late
 * rendering) and not on the others; insertion into each editor reaches the
 * page's own model. Self-hosted suites are covered in sites.e2e.ts, where the
 * user enables their domain.
 */
import { describe, it } from 'vitest';
import { isHostedSuiteHost, SUITE_ADAPTERS } from '@/utils/adapters';
import { readExpected } from '../helpers/fixtures';
import { sessionPerFile } from './harness';
import { checkPage, jotNote } from './pages';

const session = sessionPerFile({ setUp: jotNote });

const hosted = SUITE_ADAPTERS.filter((adapter) => adapter.hosts.length > 0);
describe.each(hosted.map((adapter) => [adapter.id] as const))('%s in Chromium', (suite) => {
  // A suite that is also self-hosted (OrangeHRM) has pages on other domains: those are in sites.e2e.ts.
  const pages = (readExpected(suite)?.pages ?? []).filter((page) => isHostedSuiteHost(new URL(page.url)));
  it.each(pages.map((page) => [page.file, page] as const))('%s', async (_file, page) => {
    await checkPage(suite, page, session);
  });
});
