import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { ProgressBar, createProgressFeed } from '@/components/ProgressBar';
import { ImportGoals } from '@/entrypoints/options/ImportGoals';
import { ensureCurrentCycle, goals } from '@/utils/db';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

describe('ProgressBar', () => {
  it('follows its feed: a share from 0 to 1, indeterminate below 0', async () => {
    const feed = createProgressFeed();
    render(<ProgressBar feed={feed} label="Importing" />);
    const bar = screen.getByRole('progressbar', { name: 'Importing' }) as HTMLProgressElement;
    expect(bar.getAttribute('value')).toBe('0');
    act(() => feed.set(0.25));
    await waitFor(() => expect(bar.getAttribute('value')).toBe('0.25'));
    act(() => feed.set(-1));
    await waitFor(() => expect(bar.hasAttribute('value')).toBe(false));
    act(() => feed.set(1));
    await waitFor(() => expect(bar.getAttribute('value')).toBe('1'));
  });

  it('shows the share set before it mounted, and stops listening once unmounted', () => {
    const feed = createProgressFeed();
    feed.set(0.5);
    const { unmount } = render(<ProgressBar feed={feed} label="Importing" />);
    expect(screen.getByRole('progressbar').getAttribute('value')).toBe('0.5');
    unmount();
    expect(() => feed.set(0.75)).not.toThrow();
    expect(feed.get()).toBe(0.75);
  });
});

describe('ImportGoals with a long file', () => {
  it('lists the first 50 preview rows (Show more for the rest), shows progress while committing, and imports every row', async () => {
    const cycle = await ensureCurrentCycle();
    const lines = ['Title;Target;Actual', ...Array.from({ length: 600 }, (_, index) => `Goal ${index + 1};${100 + index};${index},5`)];
    const file = new File([lines.join('\r\n')], 'goals.csv', { type: 'text/csv' });
    render(<ImportGoals cycleId={cycle.id} />);
    fireEvent.change(screen.getByLabelText(/file/i), { target: { files: [file] } });
    // Messages show as their keys (with their arguments) in unit tests.
    const commit = await screen.findByRole('button', { name: 'importCommit(600)' }, { timeout: 10_000 });
    expect(screen.getByTestId('import-preview').querySelectorAll('tbody tr')).toHaveLength(50);
    expect(screen.getByRole('button', { name: 'showMore(550)' })).toBeTruthy();
    fireEvent.click(commit);
    await waitFor(() => expect(screen.getByRole('progressbar')).toBeTruthy());
    await screen.findByText('importDone(600, 0, 0)', undefined, { timeout: 10_000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(await goals.listByCycle(cycle.id)).toHaveLength(600);
  }, 30_000);
});
