import { render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { App } from '@/entrypoints/team/App';
import type { PersonProgress } from '@/utils/people/overview';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

const person = (id: string, name: string) => ({ id, name, aliases: [], createdAt: 1, updatedAt: 1 });

// Outside the browser, t() shows message keys (with their substitutions).
describe('team overview', () => {
  it('says how to start when there is nobody', async () => {
    render(<App load={async () => []} />);
    await waitFor(() => expect(screen.getByText('teamEmpty')).toBeTruthy());
  });

  it('shows each person with their interview date and progress', async () => {
    const team: PersonProgress[] = [
      {
        person: person('p1', 'Jane Doe'),
        cycle: { id: 'c1', personId: 'p1', label: '2026', status: 'preparing', interviewDate: '2026-12-15', createdAt: 1, updatedAt: 1 },
        goals: 2,
        goalsWithActuals: 1,
        notesByPart: { results: 3, training: 1 },
        notes: 4,
        questions: 2,
        outcomeRecorded: true,
      },
      { person: person('p2', 'Tom Peeters'), goals: 0, goalsWithActuals: 0, notesByPart: {}, notes: 0, questions: 0, outcomeRecorded: false },
    ];
    render(<App load={async () => team} />);
    const table = await screen.findByTestId('team');
    const [, jane, tom] = within(table).getAllByRole('row');
    expect(jane!.textContent).toContain('Jane Doe');
    expect(jane!.textContent).toContain('teamGoalsProgress(1, 2)');
    expect(jane!.textContent).toContain('partResults: 3');
    expect(jane!.textContent).toContain('teamOutcomeRecorded');
    expect((within(jane!).getByLabelText('teamInterviewDateNamed(Jane Doe)') as HTMLInputElement).value).toBe('2026-12-15');
    expect(tom!.textContent).toContain('teamNoNotes');
    expect(tom!.textContent).toContain('teamOutcomeMissing');
    expect(within(tom!).getByRole('button', { name: 'teamPrepNamed(Tom Peeters)' })).toBeTruthy();
  });
});
