import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/sidebar/App';
import type { ReviewDataReply } from '@/utils/messaging';
import type { Goal, Note } from '@/utils/model';

const now = 1_780_000_000_000;
const cycle = { id: 'c1', label: '2026', status: 'preparing', createdAt: now, updatedAt: now } as const;
const goal = (id: string, title: string): Goal => ({
  id, cycleId: 'c1', title, kind: 'quantitative', target: 100, actual: 50, status: 'at_risk', keyResults: [], source: {}, createdAt: now, updatedAt: now,
});
const note = (id: string, text: string, extra: Partial<Note> = {}): Note => ({
  id, cycleId: 'c1', part: 'successes', text, createdAt: now, updatedAt: now, ...extra,
});

function data(overrides: Partial<ReviewDataReply> = {}): ReviewDataReply {
  const notes = overrides.notes ?? [note('n1', 'Won the ACME tender', { goalId: 'g1' }), note('n2', 'Led the hiring round')];
  return { cycle, goals: [goal('g1', 'Grow revenue')], notes, notesTotal: notes.length, questions: [], ...overrides };
}

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});
afterEach(cleanup);

describe('sidebar', () => {
  it('shows goals with figures and notes with their goal', async () => {
    render(<App embedded load={async () => data()} />);
    await waitFor(() => expect(screen.getByTestId('goals').textContent).toContain('Grow revenue'));
    expect(screen.getByTestId('goals').textContent).toContain('goalAchievement(50)');
    expect(screen.getByTestId('notes').textContent).toContain('Won the ACME tender');
    expect(screen.getByTestId('notes').textContent).toContain('Grow revenue');
  });

  it('filters goals and notes by search, ignoring case and accents', async () => {
    render(<App embedded load={async () => data({ notes: [note('n1', 'Réussi la migration'), note('n2', 'Led hiring')] })} />);
    await screen.findByTestId('notes');
    fireEvent.input(screen.getByLabelText('sidebarSearch'), { target: { value: 'REUSSI' } });
    await waitFor(() => expect(screen.getByTestId('notes').textContent).not.toContain('Led hiring'));
    expect(screen.getByTestId('notes').textContent).toContain('Réussi la migration');
  });

  it('sends Insert through the background and explains when no field is focused', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: false, reason: 'no-field' });
    render(<App embedded load={async () => data()} />);
    const buttons = await screen.findAllByRole('button', { name: /insertNoteLabel/ });
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('insertNoField'));
    expect(send).toHaveBeenCalledWith({ type: 'insert-text', text: 'Won the ACME tender', mode: 'caret' });
  });

  it('hides Insert when not embedded in a page', async () => {
    render(<App embedded={false} load={async () => data()} />);
    await screen.findByTestId('notes');
    expect(screen.queryAllByRole('button', { name: /insertNoteLabel/ })).toEqual([]);
  });

  it('renders the first 30 of many notes, then more on demand, and loads the rest after first paint', async () => {
    const many = Array.from({ length: 120 }, (_, index) => note(`n${index}`, `Note number ${index}`));
    const load = vi
      .fn<() => Promise<ReviewDataReply>>()
      .mockResolvedValueOnce(data({ notes: many.slice(0, 30), notesTotal: 120 }))
      .mockResolvedValue(data({ notes: many, notesTotal: 120 }));
    render(<App embedded load={load} />);
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(screen.getByTestId('notes').querySelectorAll('li')).toHaveLength(30);
    fireEvent.click(screen.getByRole('button', { name: 'showMore(90)' }));
    await waitFor(() => expect(screen.getByTestId('notes').querySelectorAll('li')).toHaveLength(120));
  });

  it('shows empty states and a load failure', async () => {
    const { unmount } = render(<App embedded load={async () => data({ notes: [], notesTotal: 0, goals: [] })} />);
    await waitFor(() => expect(screen.getByText('sidebarNoNotes')).toBeTruthy());
    expect(screen.getByText(/sidebarNoGoals/)).toBeTruthy();
    unmount();
    render(<App embedded load={() => Promise.reject(new Error('denied'))} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('loadFailed'));
  });

  it('filters notes by part of the review', async () => {
    render(<App embedded load={async () => data({ notes: [note('n1', 'A success'), note('n2', 'Need a course', { part: 'training' })] })} />);
    await screen.findByTestId('notes');
    fireEvent.change(screen.getByLabelText('sidebarFilterPart'), { target: { value: 'training' } });
    await waitFor(() => expect(screen.getByTestId('notes').textContent).not.toContain('A success'));
    expect(screen.getByTestId('notes').textContent).toContain('Need a course');
  });

  it('sums up the results first', async () => {
    const goals = [
      goal('g1', 'Grow revenue'),
      { ...goal('g2', 'Cut costs'), target: 80, actual: 75, direction: 'decrease' as const, status: 'achieved' as const },
    ];
    render(<App embedded load={async () => data({ goals, notes: [note('n1', 'Win'), note('n2', 'Blocker', { part: 'difficulties' })] })} />);
    await waitFor(() => expect(screen.getByRole('region', { name: 'sidebarOverview' }).textContent).toContain('overviewResults(1, 2)'));
    expect(screen.getByRole('region', { name: 'sidebarOverview' }).textContent).toContain('overviewAverage(75)');
    expect(screen.getByRole('region', { name: 'sidebarOverview' }).textContent).toContain('overviewNotes(1, 1)');
  });
});

