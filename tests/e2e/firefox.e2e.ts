/**
 * Firefox: the built MV2 extension installs, its launcher recognises an
 * appraisal page served at its real URL, and the sidebar iframe gets its data
 * from the background (IndexedDB in the extension origin). Against a hostile
 * page: Insert asks in the browser's own dialog (Firefox has no
 * IntersectionObserver v2), and a page that frames the sidebar gets nothing.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { firefoxPerFile, UUID } from './firefox-harness';
import { readFixture, REVIEW_URL } from './harness';

const firefox = firefoxPerFile();

/** A tab showing the review fixture at its real URL; nothing else reaches the network. */
async function servedReviewPage(): Promise<Page> {
  const page = await firefox().newPage();
  const fixture = readFixture('generic/workday-self-evaluation.html');
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith('https://wd5.myworkday.com/')) {
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: fixture });
    } else if (/^https?:/.test(request.url())) {
      void request.abort(); // no network
    } else {
      void request.continue(); // the extension's own pages
    }
  });
  await page.goto(REVIEW_URL);
  return page;
}

describe('Firefox', () => {
  it('recognises an appraisal page, mounts the sidebar and fills it from the background', async () => {
    const page = await servedReviewPage();
    await page.waitForSelector('review-companion-sidebar', { timeout: 10_000 });
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline && !text.includes('No notes yet')) {
      // Puppeteer reports extension frames as about:blank in Firefox: ask each frame where it is.
      for (const frame of page.frames()) {
        const seen = await frame
          .evaluate(() => (location.protocol === 'moz-extension:' ? document.body.innerText : ''))
          .catch(() => '');
        if (seen) text = seen;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toContain('Review Companion');
    expect(text).toContain('No notes yet');
  });

  it('the sidebar page on its own (as in the browser sidebar) lists the review fields of the tab it works on', async () => {
    const review = await servedReviewPage();
    await review.waitForSelector('#goals-comment');
    // Firefox lets no test navigate to an extension page; the sidebar page is
    // the one a page may open (web-accessible), in a window of its own.
    const opened = new Promise<Page | null>((resolve) => firefox().once('targetcreated', (target) => resolve(target.page())));
    await review.evaluate((url) => void window.open(url, '_blank', 'popup'), `moz-extension://${UUID}/sidebar.html`);
    const panel = (await opened)!;
    await panel.waitForFunction(() => document.querySelector('.sidebar')?.textContent?.includes('No notes yet'), { timeout: 10_000 });
    // The field list comes from the launcher in the review tab, through the background.
    await panel.focus('#insert-target');
    await panel.waitForFunction(
      () => [...document.querySelectorAll<HTMLOptionElement>('#insert-target option')].some((option) => option.text === 'Goals – Comment'),
      { timeout: 10_000 },
    );
    await panel.close();
    await review.close();
  });
});

/** Puppeteer sees Firefox's extension frames as about:blank: the page's sidebar frame, found by asking each frame. */
async function sidebarFrameOf(page: Page) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const ours = await frame.evaluate(() => location.protocol === 'moz-extension:' && !!document.querySelector('.sidebar')).catch(() => false);
      if (ours) return frame;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('No sidebar frame');
}

describe('Firefox against a hostile page', () => {
  it('asks before inserting, in the browser\'s own dialog with the text and the target, and inserts only when confirmed', async () => {
    // Seed a note from the extension's own origin (the sidebar page in a window of its own), as the popup would store it.
    const review = await servedReviewPage();
    const opened = new Promise<Page | null>((resolve) => firefox().once('targetcreated', (target) => resolve(target.page())));
    await review.evaluate((url) => void window.open(url, '_blank', 'popup'), `moz-extension://${UUID}/sidebar.html`);
    const own = (await opened)!;
    await own.waitForFunction(() => !!document.querySelector('.sidebar h1'), { timeout: 10_000 });
    const NOTE = 'Firefox canary: ask for a course';
    await own.evaluate(
      (text) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('review-companion');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction(['cycles', 'notes'], 'readwrite');
            const cycles = tx.objectStore('cycles').getAll();
            cycles.onsuccess = () => {
              const cycle = cycles.result[0];
              const now = Date.now();
              tx.objectStore('notes').put({ id: `note-ff-${now}`, cycleId: cycle.id, part: 'training', text, createdAt: now, updatedAt: now });
            };
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
      NOTE,
    );
    await own.close();
    await review.reload();
    const sidebar = await sidebarFrameOf(review);
    await sidebar.waitForFunction((text) => document.body.innerText.includes(text), { timeout: 10_000 }, NOTE);
    await review.focus('#goals-comment');

    const dialogs: string[] = [];
    let accept = false;
    review.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void (accept ? dialog.accept() : dialog.dismiss());
    });
    const clickInsert = () =>
      sidebar.evaluate((text) => {
        const button = [...document.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => candidate.getAttribute('aria-label') === `Insert into the form: ${text}`);
        button!.click();
      }, NOTE);
    const status = () => sidebar.evaluate(() => document.querySelector('p.status')?.textContent ?? '');
    const waitFor = async (check: () => Promise<boolean>) => {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline && !(await check())) await new Promise((resolve) => setTimeout(resolve, 100));
    };

    await clickInsert();
    await waitFor(async () => (await status()).includes('you did not confirm'));
    expect(await status()).toContain('you did not confirm');
    expect(dialogs[0]).toContain(NOTE);
    expect(dialogs[0]).toContain('Where my cursor was');
    expect(await review.$eval('#goals-comment', (field) => (field as HTMLTextAreaElement).value)).not.toContain(NOTE);

    accept = true;
    await clickInsert();
    await waitFor(async () => (await review.$eval('#goals-comment', (field) => (field as HTMLTextAreaElement).value)).includes(NOTE));
    expect(await review.$eval('#goals-comment', (field) => (field as HTMLTextAreaElement).value)).toContain(NOTE);
    await review.close();
  });
});

describe('Firefox: a page that frames the sidebar itself', () => {
  it('gets no data: Firefox\'s per-install address never rotates, so the token is what protects it', async () => {
    const page = await firefox().newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.url() === 'https://attacker.example/') {
        void request.respond({ status: 200, contentType: 'text/html', body: `<!doctype html><iframe src="moz-extension://${UUID}/sidebar.html" width="400" height="600"></iframe>` });
      } else if (/^https?:/.test(request.url())) {
        void request.abort();
      } else {
        void request.continue();
      }
    });
    await page.goto('https://attacker.example/');
    const deadline = Date.now() + 10_000;
    let text = '';
    while (Date.now() < deadline && !text.includes('only where Review Companion opened it')) {
      for (const frame of page.frames()) {
        const seen = await frame.evaluate(() => (location.protocol === 'moz-extension:' ? document.body.innerText : '')).catch(() => '');
        if (seen) text = seen;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(text).toContain('only where Review Companion opened it');
    expect(text).not.toContain('Firefox canary');
    await page.close();
  });
});
