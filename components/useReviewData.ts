import { useCallback, useEffect, useState } from 'preact/hooks';
import { onDataChanged } from '@/utils/db/changes';
import type { ReviewDataReply } from '@/utils/messaging';

export type ReviewData = ReviewDataReply;

export type LoadState<T = ReviewData> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: string };

/**
 * The current cycle with its goals and notes from `load`, re-read whenever
 * any extension page changes data.
 */
export function useReviewData<T = ReviewData>(load: () => Promise<T>): [LoadState<T>, () => Promise<void>] {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading' });
  const reload = useCallback(async () => {
    try {
      setState({ status: 'ready', data: await load() });
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
