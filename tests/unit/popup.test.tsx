import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/popup/App';
import { addNote, ensureCurrentCycle, loadDraft, notes, saveDraft } from '@/utils/db';
import { NOTE_PARTS } from '@/utils/model';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

// Outside the browser, t() shows message keys: the tests read keys, not English.
describe('popup', () => {
  it('saves a note typed the moment the popup opens, before it has read its data', async () => {
    render(<App />);
    const box = screen.getByLabelText('noteText') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Typed at once' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('latest-notes').textContent).toContain('Typed at once'));
    const cycle = await ensureCurrentCycle();
    expect((await notes.listByCycle(cycle.id)).map((note) => note.text)).toEqual(['Typed at once']);
  });

  it('keeps what is typed before the draft is read (the draft does not replace it)', async () => {
    await saveDraft({ text: 'An older draft', part: 'training' });
    render(<App />);
    const box = screen.getByLabelText('noteText') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Typed at once' } });
    await waitFor(() => expect(screen.getByText('popupNoNotes')).toBeTruthy());
    await loadDraft();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(box.value).toBe('Typed at once');
    expect((screen.getByRole('radio', { name: /^partSuccesses/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('focuses the note box, saves with Ctrl+Enter and lists the note', async () => {
    render(<App />);
    const box = (await screen.findByLabelText('noteText')) as HTMLTextAreaElement;
    await waitFor(() => expect(document.activeElement).toBe(box));
    await waitFor(() => expect(screen.getByText('popupNoNotes')).toBeTruthy());
    // The part of the review is a row of chips: radio buttons, one tab stop, arrow keys.
    const chips = screen.getByRole('group', { name: 'notePart' });
    expect(within(chips).getAllByRole('radio')).toHaveLength(NOTE_PARTS.length);
    expect((within(chips).getByRole('radio', { name: /^partSuccesses/ }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(chips).getByRole('radio', { name: /^partTraining/ }));
    fireEvent.input(box, { target: { value: 'Ask for the negotiation course' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('latest-notes').textContent).toContain('Ask for the negotiation course'));
    expect(box.value).toBe('');
    const cycle = await ensureCurrentCycle();
    const saved = await notes.listByCycle(cycle.id);
    expect(saved.map((note) => [note.part, note.text])).toEqual([['training', 'Ask for the negotiation course']]);
  });

  it('does not save an empty note and says why', async () => {
    render(<App />);
    const box = await screen.findByLabelText('noteText');
    await waitFor(() => expect(screen.getByRole('button', { name: 'noteSave' }).hasAttribute('disabled')).toBe(false));
    fireEvent.input(box, { target: { value: '   ' } });
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('noteEmpty'));
    const cycle = await ensureCurrentCycle();
    expect(await notes.listByCycle(cycle.id)).toEqual([]);
  });

  it('keeps the text when saving fails', async () => {
    render(<App />);
    const box = (await screen.findByLabelText('noteText')) as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByRole('button', { name: 'noteSave' }).hasAttribute('disabled')).toBe(false));
    vi.spyOn(notes, 'putAndForgetDraft').mockRejectedValue(new Error('Unexpected'));
    fireEvent.input(box, { target: { value: 'Important win' } });
    fireEvent.click(screen.getByRole('button', { name: 'noteSave' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('noteSaveFailed'));
    expect(box.value).toBe('Important win');
  });

  it('on a full disk, says so and keeps the text and the draft', async () => {
    render(<App />);
    const box = (await screen.findByLabelText('noteText')) as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByRole('button', { name: 'noteSave' }).hasAttribute('disabled')).toBe(false));
    fireEvent.input(box, { target: { value: 'Closed the Q3 deal' } });
    await waitFor(async () => expect((await loadDraft())?.text).toBe('Closed the Q3 deal'));
    // The store refuses the note as a full disk does.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'notes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    fireEvent.click(screen.getByRole('button', { name: 'noteSave' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('noteDiskFull'));
    expect(box.value).toBe('Closed the Q3 deal');
    vi.restoreAllMocks();
    expect((await loadDraft())?.text).toBe('Closed the Q3 deal');
    expect(await notes.listByCycle((await ensureCurrentCycle()).id)).toEqual([]);
  });

  it('deletes the draft with the note it became, in the same write', async () => {
    render(<App />);
    const box = (await screen.findByLabelText('noteText')) as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByRole('button', { name: 'noteSave' }).hasAttribute('disabled')).toBe(false));
    fireEvent.input(box, { target: { value: 'Presented at the all-hands' } });
    await waitFor(async () => expect((await loadDraft())?.text).toBe('Presented at the all-hands'));
    const forget = vi.spyOn(notes, 'putAndForgetDraft');
    fireEvent.click(screen.getByRole('button', { name: 'noteSave' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('noteSaved'));
    expect(forget).toHaveBeenCalledTimes(1);
    expect(await loadDraft()).toBeUndefined();
  });

  it('counts the notes of each part on its chip', async () => {
    const cycle = await ensureCurrentCycle();
    await addNote(cycle.id, { part: 'training', text: 'Course A' });
    await addNote(cycle.id, { part: 'training', text: 'Course B' });
    render(<App />);
    const chips = await screen.findByRole('group', { name: 'notePart' });
    await waitFor(() => expect(within(chips).getByRole('radio', { name: /^partTraining/ }).closest('label')!.textContent).toMatch(/ 2$/));
    expect(within(chips).getByRole('radio', { name: /^partSalary/ }).closest('label')!.textContent).not.toMatch(/\d/);
  });
});

describe('popup: the browser side panel', () => {
  it('opens the side panel of the window in answer to the click, then closes', async () => {
    const open = vi.fn().mockResolvedValue(undefined);
    Object.assign(fakeBrowser, { sidePanel: { open } });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, windowId: 3, url: 'https://acme.bamboohr.com/performance/1', active: true } as never]);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    try {
      render(<App />);
      fireEvent.click(await screen.findByRole('button', { name: 'popupOpenPanel' }));
      expect(open).toHaveBeenCalledWith({ windowId: 3 });
      await waitFor(() => expect(close).toHaveBeenCalled());
    } finally {
      delete (fakeBrowser as { sidePanel?: unknown }).sidePanel;
    }
  });

  it('offers no side panel where the browser has none, and says so when opening fails', async () => {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 5, windowId: 3, url: 'https://acme.bamboohr.com/performance/1', active: true } as never]);
    const fake = fakeBrowser as { sidebarAction?: unknown };
    const original = fake.sidebarAction;
    try {
      fake.sidebarAction = undefined;
      const { unmount } = render(<App />);
      await screen.findByRole('button', { name: 'popupOpenSidebar' });
      expect(screen.queryByRole('button', { name: 'popupOpenPanel' })).toBeNull();
      unmount();
      fake.sidebarAction = { open: vi.fn().mockRejectedValue(new Error('not in a user action')) };
      render(<App />);
      fireEvent.click(await screen.findByRole('button', { name: 'popupOpenPanel' }));
      await waitFor(() => expect(screen.getByRole('status').textContent).toBe('popupSidebarFailed'));
    } finally {
      fake.sidebarAction = original;
    }
  });
});
