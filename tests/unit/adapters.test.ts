/**
 * Every suite adapter against its URL list and its fixture pages, plus the
 * conventions: registered, documented, URLs and fixtures present, and no
 * adapter claims another suite's URLs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectReviewPage, mayBeReviewPage, SUITE_ADAPTERS } from '@/utils/adapters';
import { HOSTED_SUITE_MATCHES } from '@/utils/adapters/hosts';
import { SUITE_ADDRESSES } from '@/utils/adapters/addresses';
import type { Adapter, SuiteAddress, SuiteUrls } from '@/utils/adapters/types';
import { parsePage, readExpected } from '../helpers/fixtures';

const modules = import.meta.glob<{ adapter: Adapter; address: SuiteAddress; urls: SuiteUrls }>('../../utils/adapters/suites/*.ts', { eager: true });
const suites = Object.entries(modules).map(([path, module]) => ({ file: path.split('/').pop()!, ...module }));
const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** The suite's first static review fixture: its markup is what the suite's review pages have. */
function reviewDocument(adapter: Adapter): Document {
  const page = readExpected(adapter.id)?.pages.find((candidate) => candidate.review && !candidate.e2eOnly);
  if (!page) throw new Error(`${adapter.id}: no static review fixture`);
  return parsePage(adapter.id, page.file);
}

describe('adapter conventions', () => {
  it('every suite file is registered once, under its file name', () => {
    expect(suites.length).toBeGreaterThanOrEqual(16);
    for (const { file, adapter } of suites) {
      expect(adapter.id, file).toBe(file.replace(/\.ts$/, ''));
      expect(SUITE_ADAPTERS.filter((registered) => registered === adapter), adapter.id).toHaveLength(1);
    }
    expect(new Set(SUITE_ADAPTERS.map((adapter) => adapter.id)).size).toBe(SUITE_ADAPTERS.length);
  });

  it.each(suites.map(({ adapter, urls }) => [adapter.id, adapter, urls] as const))(
    '%s has URLs, fixtures (a review page and another page) and a README row',
    (_id, adapter, urls) => {
      expect(urls.review.length).toBeGreaterThan(0);
      expect(urls.other.length).toBeGreaterThan(0);
      const pages = readExpected(adapter.id)?.pages ?? [];
      expect(pages.some((page) => page.review && !page.e2eOnly)).toBe(true);
      expect(pages.some((page) => !page.review)).toBe(true);
      expect(README).toMatch(new RegExp(`^\\| ${adapter.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`, 'm'));
    },
  );

  it('the manifest matches exactly the hosted suites’ domains', () => {
    const hosts = new Set(SUITE_ADAPTERS.flatMap((adapter) => adapter.hosts));
    expect([...hosts].sort()).toEqual([...HOSTED_SUITE_MATCHES].sort());
  });
});

describe.each(suites.map(({ adapter, urls }) => [adapter.id, adapter, urls] as const))('%s', (_id, adapter, urls) => {
  it('recognises its review URLs and none of its other pages (given its review markup)', () => {
    const doc = reviewDocument(adapter);
    for (const url of urls.review) expect(adapter.isReviewPage(new URL(url), doc), url).toBe(true);
    for (const url of urls.other) expect(adapter.isReviewPage(new URL(url), doc), url).toBe(false);
  });

  it('claims no other suite’s review URL, even with its own review markup', () => {
    const doc = reviewDocument(adapter);
    for (const other of suites) {
      if (other.adapter === adapter) continue;
      for (const url of other.urls.review) expect(adapter.isReviewPage(new URL(url), doc), url).toBe(false);
    }
  });

  const pages = (readExpected(adapter.id)?.pages ?? []).filter((page) => !page.e2eOnly);
  it.each(pages.map((page) => [page.file, page] as const))('fixture %s', (_file, page) => {
    const match = detectReviewPage(new URL(page.url), parsePage(adapter.id, page.file));
    if (!page.review) {
      expect(match).toBeNull();
      return;
    }
    expect(match?.adapterId).toBe(page.adapter ?? adapter.id);
    expect(match?.fields.map(({ kind, label }) => ({ kind, label }))).toEqual(page.fields ?? []);
  });
});

describe('mayBeReviewPage (the launcher reads no DOM where it says no)', () => {
  it('allows every suite’s review URLs and review fixtures', () => {
    for (const { adapter, urls } of suites) {
      for (const url of urls.review) expect(mayBeReviewPage(new URL(url)), url).toBe(true);
      // Pages reached by steps (a single-page app's route change) start elsewhere.
      for (const page of readExpected(adapter.id)?.pages ?? []) if (page.review && !page.steps) expect(mayBeReviewPage(new URL(page.url)), page.url).toBe(true);
    }
  });

  it('reads every registered suite’s address, the one its adapter decides with (the gate reads nothing else)', () => {
    expect(SUITE_ADDRESSES).toHaveLength(SUITE_ADAPTERS.length);
    SUITE_ADAPTERS.forEach((adapter, index) => {
      const suite = suites.find((candidate) => candidate.adapter === adapter)!;
      expect(SUITE_ADDRESSES[index], adapter.id).toBe(suite.address);
      expect(adapter.hosts).toBe(suite.address.hosts);
      for (const url of [...suite.urls.review, ...suite.urls.other]) {
        expect(adapter.mayBeReviewUrl?.(new URL(url)), url).toBe(mayBeReviewPage(new URL(url)) && adapter.mayBeReviewUrl?.(new URL(url)));
      }
    });
  });

  it('rules out a hosted suite’s pages whose address is no review page, and never a custom domain', () => {
    expect(mayBeReviewPage(new URL('https://acme.bamboohr.com/feed'))).toBe(false);
    expect(mayBeReviewPage(new URL('https://acme.bamboohr.com/goals'))).toBe(false);
    expect(mayBeReviewPage(new URL('https://wd5.myworkday.com/acme/login.htmld'))).toBe(false);
    expect(mayBeReviewPage(new URL('https://hr.example.org/anything'))).toBe(true);
  });

  it('says no only where detectReviewPage finds nothing, whatever the DOM', () => {
    let ruledOut = 0;
    for (const { adapter, urls } of suites) {
      const doc = reviewDocument(adapter);
      for (const { urls: other } of suites) {
        for (const url of [...other.review, ...other.other]) {
          if (mayBeReviewPage(new URL(url))) continue;
          ruledOut++;
          expect(detectReviewPage(new URL(url), doc), `${url} with ${adapter.id}'s markup`).toBeNull();
        }
      }
    }
    expect(ruledOut).toBeGreaterThan(0);
  });
});
