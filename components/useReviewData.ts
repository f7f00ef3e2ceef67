import { useCallback, useEffect, useState } from 'preact/hooks';
import { onDataChanged } from '@/utils/db/changes';
import type { ReviewDataReply } from '@/utils/messaging';

export type ReviewData = ReviewDataReply;

export type LoadState<T = ReviewData> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: string };

/**
 * The current cycle with its goals and notes from `load`, re-read whenever
 * any extension page changes data. `initial`: data the page already has
 * (what its first `load()` resolves to), shown in the very first render
 * instead of a "loading" one.
 */
export function useReviewData<T = ReviewData>(load: () => Promise<T>, initial?: T): [LoadState<T>, () => Promise<void>] {
  const [state, setState] = useState<LoadState<T>>(initial === undefined ? { status: 'loading' } : { status: 'ready', data: initial });
  const reload = useCallback(async () => {
    try {
      const data = await load();
      // The same data again (the first load of `initial`) changes nothing.
      setState((now) => (now.status === 'ready' && now.data === data ? now : { status: 'ready', data }));
    } catch (error) {
      setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }, [load]);
  useEffect(() => {
    void reload();
    return onDataChanged(() => void reload());
  }, [reload]);
  return [state, reload];
}
