import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { GoalForm } from '@/entrypoints/options/GoalForm';
import { ensureCurrentCycle, goals } from '@/utils/db';
import { freshComponentTests } from '../helpers/component';

freshComponentTests();

// Outside the browser, t() shows message keys: the tests read keys, not English.
describe('the goal form on a full disk', () => {
  it('says the disk is full and keeps what the user typed', async () => {
    const cycle = await ensureCurrentCycle();
    const onDone = vi.fn();
    render(<GoalForm cycleId={cycle.id} onDone={onDone} />);
    const title = screen.getByLabelText('goalTitle') as HTMLInputElement;
    fireEvent.input(title, { target: { value: 'Cut cloud costs by 10 %' } });
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (this.name === 'goals') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    fireEvent.click(screen.getByRole('button', { name: 'save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('goalDiskFull'));
    expect(title.value).toBe('Cut cloud costs by 10 %');
    expect(onDone).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(await goals.listByCycle(cycle.id)).toEqual([]);
  });
});
