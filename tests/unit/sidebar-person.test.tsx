/** The sidebar on someone else's review: the chooser, then that person's preparation in the manager's voice. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidebar/App';
import type { ReviewDataReply, SidebarDataReply } from '@/utils/messaging';
import type { Note } from '@/utils/model';

const now = 1_780_000_000_000;
const cycle = { id: 'c1', personId: 'p-jane', label: '2026', status: 'preparing', createdAt: now, updatedAt: now } as const;
const note = (id: string, text: string, part: Note['part']): Note => ({ id, cycleId: 'c1', part, text, createdAt: now, updatedAt: now });
const janeData: ReviewDataReply = {
  cycle,
  goals: [],
  notes: [note('n1', 'Two resignations in her team', 'difficulties')],
  notesTotal: 1,
  questions: [],
  pinned: [],
  person: { id: 'p-jane', name: 'Jane Doe' },
};
const choose: SidebarDataReply = {
  choose: { role: 'peer', subject: { name: 'Jane Doe' }, candidates: [{ id: 'p-jane', name: 'Jane Doe' }] },
};

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('sidebar on someone else’s review', () => {
  it('asks whose review it is and shows nothing else until the user chooses', async () => {
    let answer: SidebarDataReply = choose;
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      if ((message as { type: string }).type === 'choose-review-person') {
        answer = janeData;
        return true;
      }
      return { fields: [] };
    });
    render(<App embedded load={async () => answer} />);
    const chooser = await screen.findByTestId('choose-person');
    expect(chooser.textContent).toContain('choosePersonNamed');
    expect(chooser.textContent).toContain('choosePersonPeer');
    expect(screen.queryByTestId('notes')).toBeNull();
    expect((screen.getByLabelText('choosePersonNew') as HTMLInputElement).value).toBe('Jane Doe');
    fireEvent.click(screen.getByRole('button', { name: 'Jane Doe' }));
    await waitFor(() => expect(screen.getByTestId('notes').textContent).toContain('Two resignations'));
    expect(screen.queryByTestId('choose-person')).toBeNull();
    expect(send).toHaveBeenCalledWith({ type: 'choose-review-person', personId: 'p-jane' });
    expect(screen.getByTestId('review-person').textContent).toBe('sidebarReviewOf(Jane Doe)');
  });

  it('cancel closes the sidebar', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    render(<App embedded load={async () => choose} />);
    fireEvent.click(await screen.findByRole('button', { name: 'cancel' }));
    expect(send).toHaveBeenCalledWith({ type: 'set-sidebar', open: false });
  });

  it('drafts a part in the manager’s voice on a person’s review', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    render(<App embedded load={async () => janeData} />);
    fireEvent.click(await screen.findByRole('button', { name: /^insertPartParagraph/ }));
    await waitFor(() =>
      expect(send).toHaveBeenCalledWith({ type: 'insert-text', text: 'Difficulties met this year, to avoid next time: Two resignations in her team.', mode: 'caret' }),
    );
  });
});
