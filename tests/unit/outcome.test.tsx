import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { OutcomeForm } from '@/entrypoints/prep/Outcome';
import { ensureCurrentCycle, outcomes } from '@/utils/db';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

async function openForm(stored?: { rating?: string; managerFeedback?: string }) {
  const cycle = await ensureCurrentCycle();
  if (stored) await outcomes.put({ cycleId: cycle.id, agreedGoalIds: [], ...stored, createdAt: 1, updatedAt: 1 });
  render(<OutcomeForm cycle={cycle} />);
  const rating = (await screen.findByLabelText('outcomeRating')) as HTMLInputElement;
  if (stored?.rating) await waitFor(() => expect(rating.value).toBe(stored.rating));
  return { cycle, rating };
}

async function save(expected = 'outcomeSaved') {
  fireEvent.click(screen.getByRole('button', { name: 'save' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe(expected));
}

// Outside the browser, t() shows message keys: the tests read keys, not English.
describe('the outcome form', () => {
  it('saves only what the user changed: agreed goals and fields changed elsewhere meanwhile are kept', async () => {
    const { cycle, rating } = await openForm({ rating: 'Meets expectations', managerFeedback: 'Solid year' });
    // Meanwhile, another window started the next cycle (agreedGoalIds) and edited the feedback.
    await outcomes.update(cycle.id, { agreedGoalIds: ['goal_next_1', 'goal_next_2'], managerFeedback: 'Solid year, great mentoring' });

    fireEvent.input(rating, { target: { value: 'Exceeds expectations' } });
    await save();
    expect(await outcomes.get(cycle.id)).toMatchObject({
      rating: 'Exceeds expectations',
      managerFeedback: 'Solid year, great mentoring',
      agreedGoalIds: ['goal_next_1', 'goal_next_2'],
    });

    // And again after the first save: what the form shows of others' fields is still not written back.
    await outcomes.update(cycle.id, { managerFeedback: 'Edited a third time' });
    fireEvent.input(screen.getByLabelText('outcomeReport'), { target: { value: 'Report received by mail' } });
    await save();
    expect(await outcomes.get(cycle.id)).toMatchObject({
      rating: 'Exceeds expectations',
      report: 'Report received by mail',
      managerFeedback: 'Edited a third time',
      agreedGoalIds: ['goal_next_1', 'goal_next_2'],
    });
  });

  it('creates the outcome on the first save, and removes a field the user emptied', async () => {
    const { cycle, rating } = await openForm();
    fireEvent.input(rating, { target: { value: 'Good' } });
    fireEvent.input(screen.getByLabelText('outcomeObjectives'), { target: { value: 'Lead the migration\n\nMentor two juniors' } });
    await save();
    expect(await outcomes.get(cycle.id)).toMatchObject({ rating: 'Good', agreedObjectives: ['Lead the migration', 'Mentor two juniors'], agreedGoalIds: [] });

    fireEvent.input(rating, { target: { value: '  ' } });
    await save();
    const stored = await outcomes.get(cycle.id);
    expect(stored).not.toHaveProperty('rating');
    expect(stored?.agreedObjectives).toEqual(['Lead the migration', 'Mentor two juniors']);
  });
});
