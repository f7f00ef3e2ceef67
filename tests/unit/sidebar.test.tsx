import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, DATA_SHOWN_MARK } from '@/entrypoints/sidebar/App';
import type { GuardVerdict } from '@/components/clickGuard';
import type { ReviewDataReply } from '@/utils/messaging';
import type { Goal, Note, Question } from '@/utils/model';

const now = 1_780_000_000_000;
const cycle = { id: 'c1', personId: 'me', label: '2026', status: 'preparing', createdAt: now, updatedAt: now } as const;
const goal = (id: string, title: string): Goal => ({
  id, cycleId: 'c1', title, kind: 'quantitative', target: 100, actual: 50, status: 'at_risk', keyResults: [], source: {}, createdAt: now, updatedAt: now,
});
const note = (id: string, text: string, extra: Partial<Note> = {}): Note => ({
  id, cycleId: 'c1', part: 'successes', text, createdAt: now, updatedAt: now, ...extra,
});

function data(overrides: Partial<ReviewDataReply> = {}): ReviewDataReply {
  const notes = overrides.notes ?? [note('n1', 'Won the ACME tender', { goalId: 'g1' }), note('n2', 'Led the hiring round')];
  return { cycle, goals: [goal('g1', 'Grow revenue')], notes, notesTotal: notes.length, questions: [], pinned: [], ...overrides };
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

  it('shows data it already has in its first render, marks it shown, and asks for it only through load', async () => {
    performance.clearMarks(DATA_SHOWN_MARK);
    const first = data();
    const load = vi.fn(async () => first);
    render(<App embedded load={load} initial={first} />);
    // No waiting: the data is in the DOM as soon as render returns, and the mark is set.
    expect(screen.getByTestId('goals').textContent).toContain('Grow revenue');
    expect(screen.queryByText('loading')).toBeNull();
    expect(performance.getEntriesByName(DATA_SHOWN_MARK)).toHaveLength(1);
    // The first load (the same request) is still taken over, once.
    await waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    expect(screen.getByTestId('notes').textContent).toContain('Won the ACME tender');
  });

  it('shows "loading" first when it has no data yet', async () => {
    let resolve: (value: ReviewDataReply) => void = () => undefined;
    render(<App embedded load={() => new Promise((done) => (resolve = done))} />);
    expect(screen.getByText('loading')).toBeTruthy();
    resolve(data());
    await screen.findByTestId('goals');
    expect(screen.queryByText('loading')).toBeNull();
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

  it('moves itself to the other side with one click, and says when it floats over the page', async () => {
    let place = { side: 'right', floating: true };
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: any) => {
      if (message.type !== 'sidebar-place') return undefined;
      if (message.side) place = { side: message.side, floating: false };
      return place;
    });
    render(<App embedded load={async () => data()} />);
    const move = await screen.findByRole('button', { name: 'sidebarMoveLeft' });
    expect(screen.getByTestId('sidebar-floating').textContent).toBe('sidebarFloating');
    fireEvent.click(move);
    await screen.findByRole('button', { name: 'sidebarMoveRight' });
    expect(send).toHaveBeenCalledWith({ type: 'sidebar-place', side: 'left' });
    expect(screen.queryByTestId('sidebar-floating')).toBeNull();
  });

  it('shows no move control and no floating note where the launcher does not answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    render(<App embedded load={async () => data()} />);
    await screen.findByTestId('notes');
    expect(screen.queryByRole('button', { name: /sidebarMove/ })).toBeNull();
    expect(screen.queryByTestId('sidebar-floating')).toBeNull();
  });

  it('hides Insert when it has no page to insert into', async () => {
    render(<App embedded={false} load={async () => data()} />);
    await screen.findByTestId('notes');
    expect(screen.queryAllByRole('button', { name: /insertNoteLabel/ })).toEqual([]);
  });

  it('renders the first 30 of many notes, then more on demand, and loads the rest after first paint', async () => {
    const many = Array.from({ length: 120 }, (_, index) => note(`n${index}`, `Note number ${index}`));
    const load = vi
      .fn<() => Promise<ReviewDataReply>>()
      .mockResolvedValueOnce({ ...data({ notes: many.slice(0, 30) }), notesTotal: undefined })
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
    cleanup();
    // A page framed the sidebar page itself: the background refuses it, and the sidebar says why.
    render(<App embedded foreignFrame load={() => Promise.reject(new Error('refused'))} />);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('sidebarNotOurs'));
  });

  it('filters notes by part of the review', async () => {
    render(<App embedded load={async () => data({ notes: [note('n1', 'A success'), note('n2', 'Need a course', { part: 'training' })] })} />);
    await screen.findByTestId('notes');
    fireEvent.change(screen.getByLabelText('sidebarFilterPart'), { target: { value: 'training' } });
    await waitFor(() => expect(screen.getByTestId('notes').textContent).not.toContain('A success'));
    expect(screen.getByTestId('notes').textContent).toContain('Need a course');
  });

  it('asks the click guard before anything goes into the page, and says why it refused', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const verdicts: GuardVerdict[] = [{ ok: false, reason: 'hidden' }, { ok: false, reason: 'declined' }, { ok: true }];
    const allow = vi.fn(async () => verdicts.shift()!);
    render(<App embedded load={async () => data()} guard={{ allow, dispose: () => undefined }} />);
    const buttons = await screen.findAllByRole('button', { name: /insertNoteLabel/ });
    const inserts = () => send.mock.calls.filter(([message]) => (message as { type: string }).type === 'insert-text');
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('insertRefusedHidden'));
    // The guard saw the text and where it would go; the click's time is taken before anything else.
    expect(allow).toHaveBeenCalledWith(expect.any(Number), { text: 'Won the ACME tender', target: 'insertTargetCursor' });
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('insertDeclined'));
    expect(inserts()).toEqual([]);
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('insertDone'));
    expect(inserts()).toEqual([[{ type: 'insert-text', text: 'Won the ACME tender', mode: 'caret' }]]);
  });

  it('groups the notes by part of the review and inserts a part as one drafted paragraph', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const notes = [note('n1', 'A success'), note('n2', 'Need a course', { part: 'training' }), note('n3', 'Excel advanced', { part: 'training' })];
    render(<App embedded load={async () => data({ notes })} />);
    const list = await screen.findByTestId('notes');
    // In the review's order: successes before training; each group counts its notes.
    expect([...list.querySelectorAll('h3')].map((heading) => heading.textContent)).toEqual(['partSuccesses (1)', 'partTraining (2)']);
    expect(within(screen.getByRole('list', { name: /partTraining/ })).getAllByRole('listitem')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'insertPartParagraph(partTraining)' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'insert-text', text: 'Training I would like: Need a course; Excel advanced.', mode: 'caret' }));
    // The search narrows the paragraph too.
    fireEvent.input(screen.getByLabelText('sidebarSearch'), { target: { value: 'excel' } });
    await waitFor(() => expect(screen.queryByRole('button', { name: 'insertPartParagraph(partSuccesses)' })).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'insertPartParagraph(partTraining)' }));
    await waitFor(() => expect(send).toHaveBeenLastCalledWith({ type: 'insert-text', text: 'Training I would like: Excel advanced.', mode: 'caret' }));
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

  it('counts the notes in the overview only once every note is there (the first data holds the newest only)', async () => {
    const newest = data({ notes: [note('n1', 'Win')], notesTotal: undefined });
    let resolveAll: (value: ReviewDataReply) => void = () => undefined;
    const load = vi.fn().mockResolvedValueOnce(newest).mockReturnValueOnce(new Promise((done) => (resolveAll = done)));
    render(<App embedded load={load} initial={newest} />);
    const overview = () => screen.getByRole('region', { name: 'sidebarOverview' }).textContent;
    await waitFor(() => expect(load).toHaveBeenCalledTimes(2));
    expect(overview()).not.toContain('overviewNotes');
    resolveAll(data({ notes: [note('n1', 'Win'), note('n2', 'Win again'), note('n3', 'Blocker', { part: 'difficulties' })] }));
    await waitFor(() => expect(overview()).toContain('overviewNotes(2, 1)'));
  });

  it('in the browser side panel, inserts into the tab it finds, and says so when there is none', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true });
    const findTab = vi.fn<() => Promise<number | undefined>>().mockResolvedValue(42);
    render(<App embedded={false} load={async () => data()} findTab={findTab} />);
    const buttons = await screen.findAllByRole('button', { name: /insertNoteLabel/ });
    // No collapse or close: the browser's panel has its own.
    expect(screen.queryByRole('button', { name: 'sidebarCollapse' })).toBeNull();
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'list-fields', tabId: 42 }));
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('insertDone'));
    expect(send).toHaveBeenCalledWith({ type: 'insert-text', text: 'Won the ACME tender', mode: 'caret', tabId: 42 });
    findTab.mockResolvedValue(undefined);
    send.mockClear();
    fireEvent.click(buttons[1]!);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('panelNoPage'));
    expect(send).not.toHaveBeenCalled();
  });

  it('appends into a field picked from the list (the user\'s caret was never there), at the caret otherwise', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: any) =>
      message.type === 'list-fields' ? { fields: [{ label: 'General Comment', kind: 'textarea' }] } : { ok: true },
    );
    render(<App embedded load={async () => data()} />);
    const buttons = await screen.findAllByRole('button', { name: /insertNoteLabel/ });
    const target = screen.getByLabelText('insertTarget') as HTMLSelectElement;
    fireEvent.focus(target);
    await waitFor(() => expect(target.options.length).toBe(2));
    fireEvent.change(target, { target: { value: '0' } });
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'insert-text', text: 'Won the ACME tender', mode: 'append', field: 0 }));
    fireEvent.change(target, { target: { value: '' } });
    fireEvent.click(buttons[0]!);
    await waitFor(() => expect(send).toHaveBeenLastCalledWith({ type: 'insert-text', text: 'Won the ACME tender', mode: 'caret' }));
  });

  it('pins goals and notes through the background and shows the pinned ones first', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    const { unmount } = render(<App embedded load={async () => data()} />);
    await screen.findByTestId('notes');
    expect(screen.queryByRole('region', { name: 'sidebarPinned' })).toBeNull();
    const pin = screen.getByRole('button', { name: 'pinNamed(Led the hiring round)' });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pin', id: 'n2', pinned: true }));
    unmount();

    render(<App embedded load={async () => data({ pinned: ['n2', 'g1', 'gone'] })} />);
    const pinned = await screen.findByRole('region', { name: 'sidebarPinned' });
    expect(within(pinned).getByTestId('pinned-notes').textContent).toContain('Led the hiring round');
    expect(within(pinned).getByTestId('pinned-notes').textContent).not.toContain('Won the ACME tender');
    expect(within(pinned).getByTestId('pinned-goals').textContent).toContain('Grow revenue');
    // The pinned section comes before the goals.
    const regions = screen.getAllByRole('region').map((region) => region.getAttribute('aria-labelledby'));
    expect(regions.indexOf('pinned-heading')).toBeLessThan(regions.indexOf('goals-heading'));
    fireEvent.click(within(pinned).getByRole('button', { name: 'unpinNamed(Led the hiring round)' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'pin', id: 'n2', pinned: false }));
  });

  it('says so when a pin could not be saved', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('no background'));
    render(<App embedded load={async () => data()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'pinNamed(Grow revenue)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('sidebarSaveFailed'));
  });

  it('lists the own questions still to ask first and marks one asked', async () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    const question = (id: string, text: string, asked?: boolean): Question => ({
      id, part: 'question', text, origin: 'custom', ...(asked ? { asked } : {}), createdAt: now, updatedAt: now,
    });
    render(<App embedded load={async () => data({ questions: [question('q1', 'Training budget?', true), question('q2', 'Bonus criteria?')] })} />);
    const list = await screen.findByTestId('questions');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]!.textContent).toContain('Bonus criteria?');
    expect(items[1]!.textContent).toContain('Training budget?');
    expect((within(items[1]!).getByRole('checkbox') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(items[0]!).getByRole('checkbox', { name: 'questionAskedNamed(Bonus criteria?)' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith({ type: 'question-asked', id: 'q2', asked: true }));
  });

  it('says what changed since the last review', async () => {
    const before = { id: 'c0', personId: 'me', label: '2025', status: 'done' as const, createdAt: now - 1, updatedAt: now - 1 };
    const old = (id: string, title: string, actual: number): Goal => ({ ...goal(id, title), cycleId: 'c0', actual });
    const goals = [goal('g1', 'Grow revenue'), { ...goal('g2', 'New market'), actual: 10 }];
    const previous = { cycle: before, goals: [old('o1', 'grow  Revenue', 20), old('o2', 'Retired goal', 90)] };
    render(<App embedded load={async () => data({ goals, previous })} />);
    const changes = await screen.findByTestId('changes');
    expect(changes.textContent).toContain('overviewSince(2025, 1, 1, 1)');
    expect(changes.textContent).toContain('overviewCarried(Grow revenue, 20, 50)');
  });
});
