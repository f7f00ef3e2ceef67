/**
 * Firefox: a long import (2,500 rows) is committed in steps of one
 * transaction (the page gets turns between them), every goal arrives, the
 * options page lists them (read in pages), and one Undo takes them all back.
 */
import { describe, expect, it } from 'vitest';
import { extensionPage, firefoxPerFile, until } from './firefox-harness';

const ROWS = 2500;
// The welcome page stays: it is an extension page, the one way here to reach options.html.
const firefox = firefoxPerFile({ keepWelcome: true });

describe('Firefox import', () => {
  it('commits a long file in steps, all of it, and undoes all of it', async () => {
    const lines = ['Title;Target;Actual;Status'];
    for (let row = 1; row <= ROWS; row++) lines.push(`Goal ${row};${100 + row};${row},5;on track`);

    // Puppeteer may not navigate a tab to an extension page in Firefox: the welcome page goes there itself.
    const welcome = await extensionPage(firefox(), '/welcome.html');
    await welcome.evaluate(() => void (location.href = '/options.html'));
    const page = await extensionPage(firefox(), '/options.html');
    await page.waitForSelector('#import-file');
    // The file is chosen as a user's drop would give it (Puppeteer's uploadFile sets no file in Firefox here).
    await page.evaluate((text) => {
      const input = document.querySelector<HTMLInputElement>('#import-file')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'goals-long.csv', { type: 'text/csv' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, lines.join('\r\n'));
    const status = () => page.$eval('.import .status', (element) => element.textContent ?? '');
    const commitLabel = `Import ${ROWS} goals`;
    const hasButton = (label: string) => page.$$eval('button', (buttons, wanted) => buttons.some((button) => button.textContent === wanted), label);
    await until(() => hasButton(commitLabel), 'the commit button', 30_000);

    // Count the turns the page gets while the commit runs: it is cut in steps.
    await page.evaluate(() => {
      const state = window as unknown as { turns: number };
      state.turns = 0;
      const tick = () => {
        state.turns++;
        setTimeout(tick, 0);
      };
      setTimeout(tick, 0);
    });
    await page.$$eval('button', (buttons, label) => buttons.find((button) => button.textContent === label)!.click(), commitLabel);
    await until(async () => (await status()).includes(`Imported: ${ROWS} new, 0 updated, 0 skipped.`), 'the import', 60_000);
    expect(await page.evaluate(() => (window as unknown as { turns: number }).turns)).toBeGreaterThan(5);
    await until(async () => (await page.$$('[data-testid="goal-list"] li')).length > 0, 'the goal list');
    const stored = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('review-companion');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const count = open.result.transaction('goals').objectStore('goals').count();
            count.onsuccess = () => {
              resolve(count.result);
              open.result.close();
            };
          };
        }),
    );
    expect(stored).toBe(ROWS);

    await page.$$eval('button', (buttons) => buttons.find((button) => button.getAttribute('aria-label') === 'Undo the import of goals-long.csv')!.click());
    await until(async () => (await status()).includes('The import of goals-long.csv was undone.'), 'the undo', 30_000);
    await until(async () => (await page.$$('[data-testid="goal-list"] li')).length === 0, 'an empty goal list');
    await page.close();
  }, 120_000);
});
