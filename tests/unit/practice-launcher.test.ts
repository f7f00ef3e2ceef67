import { describe, expect, it } from 'vitest';
import { isFromBackground } from '@/entrypoints/practice/launcher';

const ID = 'abcdefghijklmnop';

describe('the practice form’s launcher', () => {
  it('takes messages from the background only (Chrome’s worker, Firefox’s background page)', () => {
    expect(isFromBackground({ id: ID, url: `chrome-extension://${ID}/background.js` }, ID)).toBe(true);
    expect(isFromBackground({ id: ID, url: `moz-extension://some-uuid/_generated_background_page.html` }, ID)).toBe(true);
  });

  it('ignores the sidebar’s and other pages’ messages, other extensions and content scripts', () => {
    expect(isFromBackground({ id: ID, url: `chrome-extension://${ID}/sidebar.html`, tab: { id: 3 } }, ID)).toBe(false);
    // The sidebar in the browser's side panel has no tab.
    expect(isFromBackground({ id: ID, url: `chrome-extension://${ID}/sidebar.html` }, ID)).toBe(false);
    expect(isFromBackground({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBe(false);
    expect(isFromBackground({ id: 'another', url: `chrome-extension://another/background.js` }, ID)).toBe(false);
    expect(isFromBackground({ id: ID, url: 'https://acme.myworkday.com/x.js', tab: { id: 3 } }, ID)).toBe(false);
    expect(isFromBackground({ id: ID }, ID)).toBe(false);
  });
});
