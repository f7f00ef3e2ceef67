/**
 * Pages the extension does not trust:
 * - an attacker's page frames the sidebar page itself, by the extension's
 *   static URL and by the URL the launcher uses (which a page might learn):
 *   no data shows, and the sidebar's writes (Pin) are refused;
 * - a page that imitates a review form on a hosted suite's domain that is not
 *   a customer's suite (public object storage under `*.oraclecloud.com`) or
 *   on the vendors' own websites gets no sidebar.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isSidebarUrl, readFixture, REVIEW_URL, reviewSessionPerFile, sidebarFrame, hasSidebarHost } from './harness';
import { jotNote } from './pages';

const CANARY = `framing-canary-${Math.random().toString(36).slice(2)}`;
const ATTACKER = 'https://attacker.example/';

const session = reviewSessionPerFile();

beforeAll(async () => {
  await jotNote(session, `Private: ${CANARY}`);
});

/** The URL the launcher frames (without its token), read from a real review page. */
async function launcherSidebarUrl(): Promise<string> {
  const page = await session.context.newPage();
  await page.goto(REVIEW_URL);
  const frame = await sidebarFrame(page);
  await expect.poll(() => frame.locator('[data-testid="notes"]').innerText()).toContain(CANARY);
  const url = new URL(frame.url());
  url.hash = '';
  await page.close();
  return url.href;
}

/** An attacker's page that frames `src`, then the loaded sidebar frame (if the browser let it load). */
async function frameOnAttackerPage(src: string): Promise<{ page: Page; frame: Frame | undefined }> {
  const body = `<!doctype html><title>Win a prize</title><h1>Hello</h1><iframe id="x" src="${src}" width="400" height="600"></iframe>`;
  await session.context.route(ATTACKER, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
  const page = await session.context.newPage();
  await page.goto(ATTACKER);
  await page.waitForTimeout(1500);
  return { page, frame: page.frames().find((candidate) => isSidebarUrl(candidate.url())) };
}

/** Every record of one store of the extension's database, read in the extension's own worker. */
function readAll<T>(store: string): Promise<T[]> {
  return session.worker.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const request = indexedDB.open('review-companion');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => resolve(all.result as T[]);
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

const pinned = async () => (await readAll<{ pinned?: string[] }>('settings')).flatMap((settings) => settings.pinned ?? []);

describe('pages that frame the sidebar themselves', () => {
  it('get no data and no writes, by the static URL or the launcher\'s', async () => {
    const launcherUrl = await launcherSidebarUrl();
    const noteId = (await readAll<{ id: string }>('notes'))[0]!.id;
    for (const src of [`chrome-extension://${session.extensionId}/sidebar.html`, launcherUrl, `${launcherUrl}#${'0'.repeat(32)}`]) {
      const { page, frame } = await frameOnAttackerPage(src);
      if (frame) {
        // It loaded (the launcher's URL): the background serves it nothing.
        await expect.poll(() => frame.locator('body').innerText(), { message: `${src} says why it is empty` }).toContain(
          'only where Review Companion opened it',
        );
        expect(await frame.locator('body').innerText()).not.toContain(CANARY);
        // What the sidebar's Pin button sends, from that frame.
        const reply = await frame.evaluate(
          (id) => (globalThis as any).chrome.runtime.sendMessage({ type: 'pin', id, pinned: true }).catch((error: Error) => `refused: ${error.message}`),
          noteId,
        );
        expect(reply === undefined || String(reply).startsWith('refused')).toBe(true);
      }
      await page.close();
    }
    expect(await pinned()).not.toContain(noteId);
  });
});

describe('review-looking pages on hosted domains that are not a customer\'s suite', () => {
  const fixture = readFixture('generic/self-hosted-appraisal-en.html');
  const urls = [
    'https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/public/o/review.html',
    'https://www.bamboohr.com/blog/self-evaluation-form',
    'https://www.15five.com/reviews/self-review',
    'https://www.cultureamp.com/app/performance/self-reflections/1',
    'https://www.leapsome.com/reviews/self-assessment',
    'https://www.personio.com/performance/review',
  ];

  it('get no sidebar', async () => {
    for (const url of urls) {
      await session.context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: fixture }));
      const page = await session.context.newPage();
      await page.goto(url);
      await page.waitForTimeout(1200);
      expect(await hasSidebarHost(page), url).toBe(false);
      await page.close();
    }
  });
});
