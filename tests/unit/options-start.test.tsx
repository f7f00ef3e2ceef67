/**
 * The options page's start: the goals come first (from the read its module
 * started), the sections below load their own code afterwards, and one that
 * cannot load leaves the rest of the page working.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { lazySection } from '@/entrypoints/options/lazySection';
import { addGoal, ensureCurrentCycle, loadCycleGoals } from '@/utils/db';
import { freshComponentTests } from '../helpers/component';

// The import section's chunk is missing (a broken update, a disk error).
vi.mock('@/entrypoints/options/ImportGoals', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

freshComponentTests();
beforeEach(() => {
  // The sites section listens for permissions taken back: the fake browser has no such event.
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'addListener').mockImplementation(() => undefined);
  vi.spyOn(fakeBrowser.permissions.onRemoved, 'removeListener').mockImplementation(() => undefined);
  // The import section's failure is logged (checked in the first test).
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});

const goalTitles = () => within(screen.getByTestId('goal-list')).queryAllByRole('heading').map((heading) => heading.textContent);

// Outside the browser, t() shows message keys.
describe('options page start', () => {
  it('lists the goals when another section fails to load, and says so in that section only', async () => {
    const cycle = await ensureCurrentCycle();
    await addGoal(cycle.id, { title: 'Cut cloud costs', kind: 'quantitative', target: 80, status: 'on_track' });
    const { container } = render(<App />);
    await waitFor(() => expect(goalTitles()).toEqual(['Cut cloud costs']));
    const importSection = container.querySelector('#import')!;
    await waitFor(() => expect(importSection.textContent).toBe('sectionLoadFailed'));
    // The sections whose code loads are there.
    await waitFor(() => expect(container.querySelector('#sites h2')?.textContent).toBe('sitesTitle'), { timeout: 5000 });
    expect(container.querySelector('#data')!.textContent).not.toContain('sectionLoadFailed');
    expect(console.error).toHaveBeenCalledWith('Review Companion: a section of the page could not be loaded', expect.any(Error));
  });

  it('shows the read started before it rendered, then reads again when data changes', async () => {
    const cycle = await ensureCurrentCycle();
    // What the module's first read found (not what the database holds now).
    const firstRead = Promise.resolve({ cycle, goals: [{ ...(await addGoal(cycle.id, { title: 'Read at start', kind: 'qualitative', status: 'on_track' })) }] });
    await addGoal(cycle.id, { title: 'Added since', kind: 'qualitative', status: 'on_track' });
    render(<App firstRead={firstRead} />);
    await waitFor(() => expect(goalTitles()).toEqual(['Read at start']));
    await new Promise((done) => setTimeout(done, 50));
    expect(goalTitles()).toEqual(['Read at start']);
    // Any change anywhere re-reads the database.
    await addGoal(cycle.id, { title: 'Added later', kind: 'qualitative', status: 'on_track' });
    await waitFor(() => expect(goalTitles().sort()).toEqual(['Added later', 'Added since', 'Read at start']));
    expect((await loadCycleGoals()).goals).toHaveLength(3);
  });
});

describe('a section that loads its own code', () => {
  it('loads nothing before it may start, then renders the loaded component with its props', async () => {
    const load = vi.fn(async () => ({ label }: { label: string }) => <p>loaded {label}</p>);
    const { Section } = lazySection(load);
    const { rerender, container } = render(<Section start={false} label="sites" />);
    await new Promise((done) => setTimeout(done, 20));
    expect(load).not.toHaveBeenCalled();
    expect(container.textContent).toBe('');
    rerender(<Section start label="sites" />);
    await waitFor(() => expect(container.textContent).toBe('loaded sites'));
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('shows an error in its place when its code cannot load; preload resolves either way', async () => {
    const section = lazySection<{ label: string }>(() => Promise.reject(new Error('chunk missing')));
    await expect(section.preload()).resolves.toBeUndefined();
    const { container } = render(<section.Section start label="data" />);
    await waitFor(() => expect(container.textContent).toBe('sectionLoadFailed'));
  });
});
