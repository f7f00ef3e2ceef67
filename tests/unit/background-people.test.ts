/**
 * The sidebar framed on a review page gets the data of the person the page
 * is about, resolved in the background from its launcher's registration and
 * the user's answer; never another person's, whatever its request says.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { resetSidebarFrames } from '@/entrypoints/background/frames';
import { addNote, closeDb, ensureCurrentCycle, people, reviewTargets } from '@/utils/db';
import { ME } from '@/utils/model';

const ID = fakeBrowser.runtime.id;
const PAGE = 'https://hr.acme-corp.example/web/index.php/performance/reviewEvaluateByAdmin/14';
const SIDEBAR = { id: ID, url: `chrome-extension://${ID}/sidebar.html`, tab: { id: 7 }, frameId: 3 };
const CONTENT_SCRIPT = { id: ID, url: `${PAGE}#kpi`, tab: { id: 7 }, frameId: 0 };
const TOKEN = 'a'.repeat(32);

async function deliver(message: unknown, sender: object): Promise<unknown> {
  const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
  return replies.find((reply) => reply !== undefined);
}
const fromSidebar = (message: object) => deliver({ ...message, frameToken: TOKEN }, SIDEBAR);
const register = (review?: object) => deliver({ type: 'register-sidebar', token: TOKEN, ...(review && { review }) }, CONTENT_SCRIPT);
type Reply = { notes?: { text: string }[]; person?: { id: string; name: string }; choose?: { role: string; candidates: { name: string }[] } };
const data = async (message: object = {}) => (await fromSidebar({ type: 'get-review-data', ...message })) as Reply;
const texts = (reply: Reply) => reply.notes?.map((note) => note.text);

async function seedPerson(id: string, name: string, note: string) {
  await people.put({ id, name, aliases: [], createdAt: 1, updatedAt: 1 });
  const cycle = await ensureCurrentCycle(new Date(), id);
  await addNote(cycle.id, { part: 'results', text: note });
}

beforeEach(async () => {
  await closeDb();
  globalThis.indexedDB = new IDBFactory();
  vi.restoreAllMocks();
  fakeBrowser.reset();
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved, fakeBrowser.commands.onCommand, fakeBrowser.alarms.onAlarm, fakeBrowser.notifications.onClicked]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
  }
  resetSidebarFrames();
  background.main();
  const mine = await ensureCurrentCycle();
  await addNote(mine.id, { part: 'results', text: 'My own note' });
  await seedPerson('p-jane', 'Jane Doe', 'About Jane');
  await seedPerson('p-omar', 'Omar Haddad', 'About Omar');
});

describe('whose data the framed sidebar gets', () => {
  it('a manager page about Jane: Jane’s data only, whatever person the request names', async () => {
    await expect(register({ role: 'manager', subject: { name: 'Doe, Jane' } })).resolves.toBe(true);
    const reply = await data();
    expect(texts(reply)).toEqual(['About Jane']);
    expect(reply.person).toEqual({ id: 'p-jane', name: 'Jane Doe' });
    expect(texts(await data({ personId: 'p-omar' }))).toEqual(['About Jane']);
    expect(texts(await data({ personId: ME }))).toEqual(['About Jane']);
  });

  it('a self page: mine, without a person', async () => {
    await register({ role: 'self', subject: { name: 'Jordan Example' } });
    const reply = await data({ personId: 'p-jane' });
    expect(texts(reply)).toEqual(['My own note']);
    expect(reply.person).toBeUndefined();
  });

  it('a colleague’s feedback: no data until the user chooses, then remembered for the address', async () => {
    await register({ role: 'peer', subject: { name: 'Jane Doe' } });
    const first = await data();
    expect(first).toEqual({ choose: { role: 'peer', subject: { name: 'Jane Doe' }, candidates: [{ id: 'p-jane', name: 'Jane Doe' }] } });
    expect(JSON.stringify(first)).not.toContain('My own note');
    // Only the sidebar framed on the page chooses; not the page's content script, not an unregistered frame.
    await expect(deliver({ type: 'choose-review-person', personId: ME }, CONTENT_SCRIPT)).resolves.toBeUndefined();
    await expect(deliver({ type: 'choose-review-person', personId: ME, frameToken: 'b'.repeat(32) }, SIDEBAR)).resolves.toBeUndefined();
    await expect(fromSidebar({ type: 'choose-review-person', personId: 'p-nobody' })).resolves.toBe(false);
    await expect(fromSidebar({ type: 'choose-review-person', personId: 'p-omar' })).resolves.toBe(true);
    expect(texts(await data())).toEqual(['About Omar']);
    expect(await reviewTargets.get(PAGE)).toMatchObject({ key: PAGE, personId: 'p-omar' });
    // The page reloaded: a new frame, the same address.
    await register({ role: 'peer', subject: { name: 'Jane Doe' } });
    expect(texts(await data())).toEqual(['About Omar']);
  });

  it('a page that names no one: the user creates the person, who is remembered', async () => {
    await register({ role: 'unknown' });
    expect((await data()).choose?.candidates.map((person) => person.name)).toEqual(['Jane Doe', 'Omar Haddad']);
    await expect(fromSidebar({ type: 'choose-review-person', newPerson: 'Camille Martin' })).resolves.toBe(true);
    const reply = await data();
    expect(reply.person?.name).toBe('Camille Martin');
    expect(reply.notes).toEqual([]);
    expect((await people.list()).map((person) => person.name)).toContain('Camille Martin');
  });

  it('a sidebar opened on a page that is no review: mine, as before', async () => {
    await register();
    expect(texts(await data())).toEqual(['My own note']);
    await expect(fromSidebar({ type: 'choose-review-person', personId: 'p-jane' })).resolves.toBe(false);
  });
});
