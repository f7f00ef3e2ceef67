/**
 * The host page must never read prep data. A unique canary is stored as a
 * note and typed into the sidebar; the HR page's own scripts (main world)
 * then try every way we know to read it.
 */
import { describe, expect, it } from 'vitest';
import { sidebarFrame, REVIEW_URL, reviewSessionPerFile } from './harness';

const CANARY = `canary-${Math.random().toString(36).slice(2)}-${Date.now()}`;

/** Runs in the host page before its own scripts: records everything it can observe. */
function installSpies() {
  const seen: string[] = [];
  (window as any).__seen = seen;
  const record = (event: Event) => {
    const anyEvent = event as any;
    seen.push(
      [event.type, anyEvent.key, anyEvent.data, typeof anyEvent.data === 'object' ? JSON.stringify(anyEvent.data) : '', (event.target as any)?.value, (event.composedPath?.() ?? []).map((node: any) => node?.textContent ?? '').join('|')]
        .filter((part) => typeof part === 'string')
        .join(' '),
    );
  };
  for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput', 'textInput', 'compositionend', 'paste', 'copy', 'focusin', 'message', 'storage']) {
    window.addEventListener(type, record, true);
    document.addEventListener(type, record, true);
  }
  new MutationObserver((records) => {
    for (const mutation of records) {
      for (const node of mutation.addedNodes) seen.push(`added ${(node as Element).outerHTML ?? node.textContent ?? ''}`);
    }
  }).observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  // A page could also hook attachShadow to keep a reference to closed roots.
  const originalAttach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    const root = originalAttach.call(this, init);
    (window as any).__roots = [...((window as any).__roots ?? []), root];
    return root;
  };
}

/** Runs in the host page after the canary was typed: every read it can try. */
async function probe(): Promise<string[]> {
  const found: string[] = [];
  const push = (label: string, value: unknown) => found.push(`${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  push('innerText', document.body.innerText);
  push('outerHTML', document.documentElement.outerHTML);
  const walk = (node: Node, depth: number) => {
    if (depth > 50) return;
    push('node', (node as Element).outerHTML ?? node.textContent);
    const element = node as Element;
    if (element.shadowRoot) walk(element.shadowRoot, depth + 1);
    if (element instanceof HTMLIFrameElement) {
      try {
        push('iframe.contentDocument', element.contentDocument?.documentElement?.outerHTML ?? 'null');
      } catch (error) {
        push('iframe.contentDocument threw', String(error));
      }
    }
    for (const child of Array.from(node.childNodes)) walk(child, depth + 1);
  };
  walk(document, 0);
  const host = document.querySelector('review-companion-sidebar');
  push('host exists', !!host);
  push('host.shadowRoot', host?.shadowRoot ? host.shadowRoot.innerHTML : 'null');
  for (const root of (window as any).__roots ?? []) {
    push('hooked root', (root as ShadowRoot).innerHTML);
    for (const frame of Array.from((root as ShadowRoot).querySelectorAll('iframe'))) {
      try {
        push('hooked iframe document', frame.contentDocument?.documentElement?.outerHTML ?? 'null');
      } catch (error) {
        push('hooked iframe threw', String(error));
      }
      try {
        push('hooked iframe window', (frame.contentWindow as any)?.document?.body?.innerText ?? 'null');
      } catch (error) {
        push('hooked window threw', String(error));
      }
    }
  }
  for (let i = 0; i < window.frames.length; i++) {
    try {
      push('frames[i]', (window.frames[i] as any).document.body.innerText);
    } catch (error) {
      push('frames[i] threw', String(error));
    }
  }
  push('seen', (window as any).__seen);
  push('localStorage', JSON.stringify({ ...localStorage }));
  push('sessionStorage', JSON.stringify({ ...sessionStorage }));
  const databases = (await indexedDB.databases?.()) ?? [];
  push('indexedDB.databases', databases);
  for (const info of databases) {
    if (!info.name) continue;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(info.name!);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    for (const store of Array.from(db.objectStoreNames)) {
      const all = await new Promise((resolve) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result);
      });
      push(`idb ${info.name}/${store}`, all);
    }
  }
  push('performance', performance.getEntries().map((entry) => entry.name));
  push('cookie', document.cookie);
  return found;
}

const session = reviewSessionPerFile();

describe('confidentiality', () => {
  it('keeps a canary note and what is typed in the sidebar away from the host page', async () => {
    const popup = await session.context.newPage();
    await popup.goto(session.url('popup.html'));
    await popup.locator('#note-text').fill(`Secret plan ${CANARY}`);
    await popup.locator('#note-text').press('Control+Enter');
    await expect.poll(() => popup.locator('[data-testid="latest-notes"]').innerText(), { message: 'the popup lists the canary note' }).toContain(CANARY);
    await popup.close();

    const page = await session.context.newPage();
    await page.addInitScript(installSpies);
    await page.goto(REVIEW_URL);
    const sidebar = await sidebarFrame(page);
    // The sidebar really holds the canary (the test would prove nothing otherwise).
    await expect.poll(() => sidebar.locator('[data-testid="notes"]').innerText(), { message: 'the sidebar shows the canary note' }).toContain(CANARY);

    // Control: what is typed in the page itself is seen by the spies.
    await page.locator('#goals-comment').click();
    await page.keyboard.type('visible-to-page');

    await sidebar.locator('#search').click();
    await page.keyboard.type(CANARY.slice(0, 20));
    await sidebar.locator('#search').pressSequentially(CANARY.slice(20));
    await expect.poll(() => sidebar.locator('#search').inputValue(), { message: 'the canary was typed into the sidebar' }).toBe(CANARY);
    await sidebar.locator('#search').press('Enter');

    const observations = await page.evaluate(probe);
    expect(observations.length).toBeGreaterThan(10);
    expect(observations.some((line) => line === 'host exists: true')).toBe(true);
    expect(observations.some((line) => line.startsWith('seen') && line.includes('visible-to-page'))).toBe(true);
    const leaks = observations.filter((line) => line.includes(CANARY) || line.includes(CANARY.slice(0, 14)));
    expect(leaks).toEqual([]);
    // Nothing the page sees names the extension (its id would tell it which
    // extension is installed and let it forge its events), nor gives away the
    // sidebar frame's token (which would let it frame the sidebar with data).
    const token = new URL(sidebar.url()).hash.slice(1);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const named = observations.filter((line) => line.includes(session.extensionId) || line.includes(token));
    expect(named).toEqual([]);
    // And nothing tried to reach the network (pages are served by the test; anything else is refused).
    expect(session.refusedRequests).toEqual([]);
    await page.close();
  });
});
