import { describe, expect, it } from 'vitest';
import {
  isFromContentScript,
  isFromExtensionPage,
  isMessage,
  MAX_FIELDS,
  MAX_INSERT_LENGTH,
  Message,
  parseMessage,
} from '@/utils/messaging';
import { LAUNCHER_MAX_FIELDS, LAUNCHER_MAX_INSERT_LENGTH, parseLauncherMessage } from '@/utils/messaging/launcher-messages';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';

describe('message validation', () => {
  it('accepts every well-formed message and strips unknown fields', () => {
    expect(parseMessage({ type: 'data-changed', stores: ['notes', 'goals'], extra: 1 })).toEqual({
      type: 'data-changed',
      stores: ['notes', 'goals'],
    });
    expect(parseMessage({ type: 'insert-text', text: 'Hello', mode: 'caret' })).toEqual({
      type: 'insert-text',
      text: 'Hello',
      mode: 'caret',
    });
    expect(parseMessage({ type: 'get-review-data' })).toEqual({ type: 'get-review-data' });
    expect(isMessage({ type: 'set-sidebar', open: 'toggle' }, 'set-sidebar')).toBe(true);
  });

  it.each([
    ['not an object', 'insert-text'],
    ['null', null],
    ['unknown type', { type: 'drop-database' }],
    ['missing text', { type: 'insert-text', mode: 'caret' }],
    ['empty text', { type: 'insert-text', text: '', mode: 'caret' }],
    ['text too long', { type: 'insert-text', text: 'x'.repeat(MAX_INSERT_LENGTH + 1), mode: 'caret' }],
    ['bad mode', { type: 'insert-text', text: 'x', mode: 'overwrite' }],
    ['unknown store', { type: 'data-changed', stores: ['cookies'] }],
    ['open as string', { type: 'set-sidebar', open: 'yes' }],
    ['prototype pollution', JSON.parse('{"__proto__": {"type": "get-review-data"}}')],
  ])('rejects a forged or malformed message: %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeUndefined();
  });
});

describe('the launcher guard agrees with the zod schema', () => {
  const samples: unknown[] = [
    { type: 'insert-into-page', text: 'a', mode: 'caret' },
    { type: 'insert-into-page', text: 'a\nb', mode: 'replace' },
    { type: 'insert-into-page', text: 'a', mode: 'append', extra: true },
    { type: 'insert-into-page', text: '', mode: 'caret' },
    { type: 'insert-into-page', text: 'x'.repeat(MAX_INSERT_LENGTH), mode: 'caret' },
    { type: 'insert-into-page', text: 'x'.repeat(MAX_INSERT_LENGTH + 1), mode: 'caret' },
    { type: 'insert-into-page', text: 5, mode: 'caret' },
    { type: 'insert-into-page', text: 'a' },
    { type: 'insert-into-page', text: 'a', mode: 'toString' },
    { type: 'insert-into-page', text: 'a', mode: 'constructor' },
    { type: 'insert-into-page', text: 'a', mode: 'caret', field: 0 },
    { type: 'insert-into-page', text: 'a', mode: 'caret', field: 3 },
    { type: 'insert-into-page', text: 'a', mode: 'caret', field: -1 },
    { type: 'insert-into-page', text: 'a', mode: 'caret', field: 1.5 },
    { type: 'insert-into-page', text: 'a', mode: 'caret', field: 500 },
    { type: 'insert-into-page', text: 'a', mode: 'caret', field: '2' },
    { type: 'list-fields' },
    { type: 'list-fields', extra: 1 },
    { type: 'set-sidebar', open: true },
    { type: 'set-sidebar', open: false },
    { type: 'set-sidebar', open: 'toggle' },
    { type: 'set-sidebar', open: 1 },
    { type: 'set-sidebar', open: 'collapse' },
    { type: 'set-sidebar', open: 'expand' },
    { type: 'set-sidebar', open: 'shrink' },
    { type: 'set-sidebar' },
    { type: 'sidebar-place' },
    { type: 'sidebar-place', side: 'left' },
    { type: 'sidebar-place', side: 'right', extra: 1 },
    { type: 'sidebar-place', side: 'top' },
    { type: 'sidebar-place', side: 'toString' },
    { type: 'sidebar-place', side: null },
    [],
    'set-sidebar',
    null,
    undefined,
    Object.create({ type: 'set-sidebar', open: true }),
  ];

  it('uses the same limits', () => {
    expect(LAUNCHER_MAX_INSERT_LENGTH).toBe(MAX_INSERT_LENGTH);
    expect(LAUNCHER_MAX_FIELDS).toBe(MAX_FIELDS);
  });

  it.each(samples.map((sample, index) => [index, sample]))('sample %i', (_index, sample) => {
    const zod = Message.safeParse(sample);
    const expected =
      zod.success && ['insert-into-page', 'set-sidebar', 'list-fields', 'sidebar-place'].includes(zod.data.type)
        ? zod.data
        : undefined;
    expect(parseLauncherMessage(sample)).toEqual(expected);
  });
});

describe('sender checks', () => {
  it('recognises this extension’s own pages by path', () => {
    const sidebar = { id: EXT, url: `chrome-extension://${EXT}/sidebar.html`, tab: { id: 3 } };
    expect(isFromExtensionPage(sidebar, EXT, ['/sidebar.html'])).toBe(true);
    expect(isFromExtensionPage({ ...sidebar, url: `moz-extension://uuid/sidebar.html` }, EXT, ['/sidebar.html'])).toBe(true);
    expect(isFromExtensionPage(sidebar, EXT, ['/popup.html'])).toBe(false);
  });

  it('rejects content scripts, web pages and other extensions posing as the sidebar', () => {
    expect(isFromExtensionPage({ id: EXT, url: 'https://evil.example/sidebar.html', tab: { id: 3 } }, EXT, ['/sidebar.html'])).toBe(false);
    expect(isFromExtensionPage({ id: 'other', url: `chrome-extension://other/sidebar.html` }, EXT, ['/sidebar.html'])).toBe(false);
    expect(isFromExtensionPage({ id: EXT }, EXT, ['/sidebar.html'])).toBe(false);
    expect(isFromExtensionPage({ id: EXT, url: 'not a url' }, EXT, ['/sidebar.html'])).toBe(false);
  });

  it('recognises content scripts by their tab and web URL', () => {
    expect(isFromContentScript({ id: EXT, url: 'https://acme.bamboohr.com/x', tab: { id: 1 } }, EXT)).toBe(true);
    expect(isFromContentScript({ id: EXT, url: `chrome-extension://${EXT}/sidebar.html`, tab: { id: 1 } }, EXT)).toBe(false);
    expect(isFromContentScript({ id: EXT, url: 'https://acme.bamboohr.com/x' }, EXT)).toBe(false);
  });
});

describe('the messaging layer', () => {
  it('imports nothing from the database layer: the names both need live in the model', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(import.meta.dirname, '../../utils/messaging');
    const sources = readdirSync(dir).filter((name) => name.endsWith('.ts'));
    expect(sources.length).toBeGreaterThan(0);
    for (const name of sources) {
      const imports = [...readFileSync(join(dir, name), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => match[1]!);
      expect(imports.filter((path) => /(^|\/)db(\/|$)/.test(path)), name).toEqual([]);
    }
  });
});

describe('asSidebarDataReply (the sidebar\'s check of what the background validated)', () => {
  const cycle = { id: 'c1', personId: 'me', label: '2026', status: 'preparing', createdAt: 1, updatedAt: 1 };
  it('passes both kinds of reply through as they are', async () => {
    const { asSidebarDataReply } = await import('@/utils/messaging');
    const data = { cycle, goals: [], notes: [], questions: [], pinned: [] };
    expect(asSidebarDataReply(data)).toBe(data);
    const choose = { choose: { role: 'manager', candidates: [] } };
    expect(asSidebarDataReply(choose)).toBe(choose);
  });

  it('throws on anything else', async () => {
    const { asSidebarDataReply } = await import('@/utils/messaging');
    for (const raw of [undefined, null, 'data', [], {}, { cycle, goals: [], notes: [], questions: [] }, { cycle: null, goals: [], notes: [], questions: [], pinned: [] },
      { cycle, goals: 'nope', notes: [], questions: [], pinned: [] }, { choose: {} }, { choose: { candidates: 'x' } }]) {
      expect(() => asSidebarDataReply(raw), JSON.stringify(raw)).toThrow(TypeError);
    }
  });
});
