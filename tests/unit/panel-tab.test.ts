import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelTab } from '@/components/panelTab';

const tab = (id: number, active: boolean, lastAccessed?: number) => ({ id, active, ...(lastAccessed ? { lastAccessed } : {}) }) as never;

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('the tab the sidebar works on outside a page', () => {
  it('in the side panel (no tab of its own): the active tab of its window', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(undefined as never);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ tabs: [tab(1, false), tab(2, true)] } as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    await expect(panelTab()).resolves.toBe(2);
    expect(query).not.toHaveBeenCalled();
  });

  it('shown as a tab itself: the most recently used active tab of another window, never itself', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(tab(9, true) as never);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ tabs: [tab(8, false), tab(9, true)] } as never);
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(9, true, 50), tab(3, true, 10), tab(4, true, 20)]);
    await expect(panelTab()).resolves.toBe(4);
    expect(query).toHaveBeenCalledWith({ active: true, windowType: 'normal' });
  });

  it('none when no other tab is open', async () => {
    vi.spyOn(fakeBrowser.tabs, 'getCurrent').mockResolvedValue(tab(9, true) as never);
    vi.spyOn(fakeBrowser.windows, 'getCurrent').mockResolvedValue({ tabs: [tab(9, true)] } as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(9, true)]);
    await expect(panelTab()).resolves.toBeUndefined();
  });
});
