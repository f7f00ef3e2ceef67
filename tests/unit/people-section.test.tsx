import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { People } from '@/entrypoints/options/People';
import { addNote, ensureCurrentCycle, loadReviewData, people as peopleStore } from '@/utils/db';
import { addPerson } from '@/utils/db/people';
import { ME } from '@/utils/model';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

// Outside the browser, t() shows message keys (with their substitutions).
describe('options › people', () => {
  it('adds a person with their other names, and refuses one without a name', async () => {
    render(<People people={[]} selected={ME} onSelect={() => undefined} />);
    expect(screen.getByText('peopleEmpty')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'personAdd' }));
    // Blanks only: the browser's `required` lets it through, the form does not.
    fireEvent.input(screen.getByLabelText('personName'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('personNameRequired'));
    fireEvent.input(screen.getByLabelText('personName'), { target: { value: 'Jane Doe' } });
    fireEvent.input(screen.getByLabelText('personEmployeeId'), { target: { value: 'E-10482' } });
    fireEvent.input(screen.getByLabelText('personAliases'), { target: { value: 'Doe, Jane\n\nJane Doe (E-10482)' } });
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('personSaved(Jane Doe)'));
    const [jane] = await peopleStore.list();
    expect(jane).toMatchObject({ name: 'Jane Doe', employeeId: 'E-10482', aliases: ['Doe, Jane', 'Jane Doe (E-10482)'] });
  });

  it('deletes a person with everything about them, goes back to me, and undoes', async () => {
    const jane = await addPerson({ name: 'Jane Doe' });
    const cycle = await ensureCurrentCycle(new Date(), jane.id);
    await addNote(cycle.id, { part: 'results', text: 'Jane closed the deal' });
    const onSelect = vi.fn();
    render(<People people={[jane]} selected={jane.id} onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: 'personDeleteNamed(Jane Doe)' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('personDeleted(Jane Doe)'));
    expect(onSelect).toHaveBeenCalledWith(ME);
    expect(await peopleStore.list()).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'undo' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('personRestored(Jane Doe)'));
    expect((await peopleStore.list()).map((person) => person.id)).toEqual([jane.id]);
    expect((await loadReviewData(undefined, { personId: jane.id })).notes.map((note) => note.text)).toEqual(['Jane closed the deal']);
  });
});
