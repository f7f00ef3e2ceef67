import { afterEach, describe, expect, it, vi } from 'vitest';
import { canTrackVisibility, createClickGuard } from '@/components/clickGuard';

afterEach(() => vi.unstubAllGlobals());

describe('click guard', () => {
  it('knows whether the browser reports occlusion (IntersectionObserver v2)', () => {
    expect(canTrackVisibility({ IntersectionObserverEntry: class {} } as unknown as Window)).toBe(false);
    class WithVisibility {}
    Object.defineProperty(WithVisibility.prototype, 'isVisible', { get: () => true });
    expect(canTrackVisibility({ IntersectionObserverEntry: WithVisibility } as unknown as Window)).toBe(true);
    expect(canTrackVisibility({} as Window)).toBe(false);
  });

  it('without occlusion reports, asks the user with the text and the target, and refuses when declined', async () => {
    const confirmWrite = vi.fn().mockReturnValueOnce(false).mockReturnValueOnce(true);
    const guard = createClickGuard(document, confirmWrite);
    const request = { text: 'Ask for a raise', target: 'Overall comment' };
    await expect(guard.allow(performance.now(), request)).resolves.toEqual({ ok: false, reason: 'declined' });
    await expect(guard.allow(performance.now(), request)).resolves.toEqual({ ok: true });
    expect(confirmWrite).toHaveBeenNthCalledWith(1, request);
    // Nothing was added to the page for a tracker it cannot use.
    expect(document.body.children.length).toBe(0);
    guard.dispose();
  });

  describe('with occlusion reports', () => {
    /** A stand-in for the browser's IntersectionObserver v2: the test says what it reports, and when. */
    function fakeObserver() {
      const observers = new Set<{ report: (visible: boolean) => void }>();
      let visible = true;
      class Entry {}
      Object.defineProperty(Entry.prototype, 'isVisible', { get: () => visible });
      class Observer {
        constructor(private callback: (entries: object[]) => void) {}
        observe() {
          const self = { report: (now: boolean) => this.callback([{ isVisible: now, isIntersecting: true, time: performance.now() }]) };
          observers.add(self);
          this.disconnect = () => observers.delete(self);
          setTimeout(() => self.report(visible), 5);
        }
        disconnect = () => undefined as unknown;
      }
      vi.stubGlobal('IntersectionObserverEntry', Entry);
      vi.stubGlobal('IntersectionObserver', Observer);
      return {
        set(now: boolean) {
          visible = now;
          for (const observer of observers) observer.report(now);
        },
        /** What an observer created from now on first reports, without telling the running ones. */
        setForNewObservers(now: boolean) {
          visible = now;
        },
      };
    }

    it('lets a click through when the sidebar has been visible since it appeared', async () => {
      fakeObserver();
      const guard = createClickGuard(document, () => false);
      await expect(guard.allow(performance.now(), { text: 'x', target: 'y' })).resolves.toEqual({ ok: true });
      guard.dispose();
      expect(document.body.children.length).toBe(0);
    });

    it('refuses a click while hidden, and one right after the page showed it again', async () => {
      const browser = fakeObserver();
      const guard = createClickGuard(document, () => true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      browser.set(false);
      await expect(guard.allow(performance.now(), { text: 'x', target: 'y' })).resolves.toEqual({ ok: false, reason: 'hidden' });
      browser.set(true);
      await expect(guard.allow(performance.now(), { text: 'x', target: 'y' })).resolves.toEqual({ ok: false, reason: 'hidden' });
      guard.dispose();
    });

    it('refuses a click when a fresh look after it finds the sidebar hidden', async () => {
      const browser = fakeObserver();
      const guard = createClickGuard(document, () => true);
      await new Promise((resolve) => setTimeout(resolve, 20));
      const clickedAt = performance.now();
      const verdict = guard.allow(clickedAt, { text: 'x', target: 'y' });
      // The running observer has not reported a change; the look taken after the click sees it hidden.
      browser.setForNewObservers(false);
      await expect(verdict).resolves.toEqual({ ok: false, reason: 'hidden' });
      guard.dispose();
    });
  });
});
