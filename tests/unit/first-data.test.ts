import { describe, expect, it, vi } from 'vitest';
import { createFirstDataCache, FIRST_DATA_TTL_MS } from '@/entrypoints/background/first-data';

describe('first data read ahead of a sidebar frame', () => {
  it('hands the read to the token it was made for, once, for the same number of notes', async () => {
    const cache = createFirstDataCache<string>();
    const read = vi.fn(async () => 'data');
    cache.prefetch('t1', 30, read);
    expect(read).toHaveBeenCalledOnce();
    expect(cache.take('t2', 30)).toBeUndefined();
    expect(cache.take(undefined, 30)).toBeUndefined();
    expect(cache.take('t1', undefined)).toBeUndefined();
    // A request for something else took it out: the next one reads afresh.
    expect(cache.take('t1', 30)).toBeUndefined();
    cache.prefetch('t1', 30, read);
    await expect(cache.take('t1', 30)).resolves.toBe('data');
    expect(cache.take('t1', 30)).toBeUndefined();
  });

  it('drops every read when data changes, and each read after its time', async () => {
    let now = 1_000;
    const cache = createFirstDataCache<string>(() => now);
    cache.prefetch('t1', 30, async () => 'old');
    cache.clear();
    expect(cache.take('t1', 30)).toBeUndefined();
    cache.prefetch('t1', 30, async () => 'fresh');
    now += FIRST_DATA_TTL_MS + 1;
    expect(cache.take('t1', 30)).toBeUndefined();
  });

  it('keeps no failed read, and holds a bounded number of frames', async () => {
    const cache = createFirstDataCache<string>();
    cache.prefetch('bad', 30, () => Promise.reject(new Error('no database')));
    await Promise.resolve();
    await Promise.resolve();
    expect(cache.take('bad', 30)).toBeUndefined();
    for (let i = 0; i < 20; i++) cache.prefetch(`t${i}`, 30, async () => `data ${i}`);
    // The oldest made room for the newest.
    expect(cache.take('t0', 30)).toBeUndefined();
    await expect(cache.take('t19', 30)).resolves.toBe('data 19');
  });
});
