import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTurn } from '@/utils/import/turn';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('nextTurn', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yieldToPage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldToPage });
    await nextTurn();
    expect(yieldToPage).toHaveBeenCalledOnce();
  });

  it('else gives a task queued before it its turn first (a message, not a clamped timer)', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      order.push('queued task');
      channel.port1.close();
    };
    channel.port2.postMessage(null);
    await nextTurn();
    order.push('after the turn');
    expect(order).toEqual(['queued task', 'after the turn']);
    // Fifty turns in a row are not held 4 ms each like nested timers.
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    for (let turn = 0; turn < 50; turn++) await nextTurn();
    expect(timeout).not.toHaveBeenCalled();
  });
});
