import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/popup/App';
import { ensureCurrentCycle, getSettings, notes, updateSettings } from '@/utils/db';
import { addPerson } from '@/utils/db/people';
import { ME } from '@/utils/model';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

// Outside the browser, t() shows message keys.
describe('popup with people', () => {
  it('shows no picker while there is nobody but me', async () => {
    render(<App />);
    await waitFor(() => expect(screen.getByText('popupNoNotes')).toBeTruthy());
    expect(screen.queryByLabelText('noteAbout')).toBeNull();
  });

  it('saves a note about the chosen person into their cycle only, and remembers the choice', async () => {
    const jane = await addPerson({ name: 'Jane Doe' });
    render(<App />);
    const picker = (await screen.findByLabelText('noteAbout')) as HTMLSelectElement;
    expect([...picker.options].map((option) => option.text)).toEqual(['personMe', 'Jane Doe']);
    expect(picker.value).toBe(ME);
    fireEvent.change(picker, { target: { value: jane.id } });
    const box = screen.getByLabelText('noteText') as HTMLTextAreaElement;
    await waitFor(() => expect(screen.getByRole('button', { name: 'noteSave' }).hasAttribute('disabled')).toBe(false));
    fireEvent.input(box, { target: { value: 'Jane ran the offsite' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('latest-notes').textContent).toContain('Jane ran the offsite'));

    const janeCycle = await ensureCurrentCycle(new Date(), jane.id);
    expect((await notes.listByCycle(janeCycle.id)).map((note) => note.text)).toEqual(['Jane ran the offsite']);
    expect(await notes.listByCycle((await ensureCurrentCycle()).id)).toEqual([]);
    expect((await getSettings()).popupPersonId).toBe(jane.id);
  });

  it('saves a note typed at once to the person chosen last time, never to me by accident', async () => {
    const jane = await addPerson({ name: 'Jane Doe' });
    await updateSettings({ popupPersonId: jane.id });
    render(<App />);
    const box = screen.getByLabelText('noteText') as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Typed at once about Jane' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    await waitFor(async () => {
      const janeCycle = await ensureCurrentCycle(new Date(), jane.id);
      expect((await notes.listByCycle(janeCycle.id)).map((note) => note.text)).toEqual(['Typed at once about Jane']);
    });
    expect(await notes.listByCycle((await ensureCurrentCycle()).id)).toEqual([]);
  });
});
