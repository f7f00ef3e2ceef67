import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/welcome/App';
import { addNote, ensureCurrentCycle } from '@/utils/db';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

const done = (step: string) => screen.getByTestId(`step-${step}`).getAttribute('data-done');

// Outside the browser, t() shows message keys: the tests read keys, not English.
describe('welcome page', () => {
  it('ticks "first note" once a note of the user is stored, and shows the popup’s form in the page', async () => {
    render(<App />);
    await waitFor(() => expect(done('note')).toBe('false'));
    expect(screen.getAllByRole('listitem').filter((item) => item.classList.contains('step'))).toHaveLength(4);
    fireEvent.click(screen.getByRole('button', { name: 'welcomeStepNoteButton' }));
    const frame = (await screen.findByTitle('welcomeNoteFrameTitle')) as HTMLIFrameElement;
    expect(new URL(frame.src).pathname).toBe('/popup.html');
    await addNote((await ensureCurrentCycle()).id, { part: 'successes', text: 'A first win' });
    await waitFor(() => expect(done('note')).toBe('true'));
    expect(done('goals')).toBe('false');
  });

  it('each button opens the page it names, options sections by their deep link', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    render(<App />);
    const opened = async (name: string) => {
      create.mockClear();
      fireEvent.click(screen.getByRole('button', { name }));
      await waitFor(() => expect(create).toHaveBeenCalledTimes(1));
      const url = new URL(create.mock.calls[0]![0].url!);
      return `${url.pathname}${url.hash}`;
    };
    expect(await opened('welcomeStepGoalsImport')).toBe('/options.html#import');
    expect(await opened('welcomeStepGoalsAdd')).toBe('/options.html#goals');
    expect(await opened('welcomeStepSitesButton')).toBe('/options.html#sites');
    expect(await opened('welcomeStepPracticeButton')).toBe('/practice.html');
    expect(await opened('welcomeLanguage')).toBe('/options.html#language');
  });

  it('ends with Good to know', async () => {
    render(<App />);
    const part = screen.getByTestId('good-to-know');
    expect(part.querySelectorAll('li')).toHaveLength(4);
  });
});
