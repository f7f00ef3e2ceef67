import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { onDataChanged } from '@/utils/db/changes';
import type { ReviewDataReply } from '@/utils/messaging';

export type ReviewData = ReviewDataReply;

export type LoadState<T = ReviewData> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; error: string };

/**
 * The current cycle with its goals and notes from `load`, re-read whenever
 * any extension page changes data. `initial`: data the page already has
 * (what its first `load()` resolves to), shown in the very first render
 * instead of a "loading" one. `first`: a read started before the page
 * rendered (the options page starts it as its module runs), shown the moment
 * it resolves instead of a second read after the first paint.
 */
export function useReviewData<T = ReviewData>(
  load: () => Promise<T>,
  { initial, first }: { initial?: T; first?: Promise<T> } = {},
): [LoadState<T>, () => Promise<void>] {
  const [state, setState] = useState<LoadState<T>>(initial === undefined ? { status: 'loading' } : { status: 'ready', data: initial });
  /** Set once `load` ran: a first read that resolves later is out of date then. */
  const superseded = useRef(false);
  const reload = useCallback(async () => {
    superseded.current = true;
    try {
      const data = await load();
      // The same data again (the first load of `initial`) changes nothing.
      setState((now) => (now.status === 'ready' && now.data === data ? now : { status: 'ready', data }));
    } catch (error) {
      setState({ status: 'error', error: errorText(error) });
    }
  }, [load]);
  const [waitsForFirst] = useState(() => {
    first?.then(
      (data) => superseded.current || setState({ status: 'ready', data }),
      (error: unknown) => superseded.current || setState({ status: 'error', error: errorText(error) }),
    );
    return !!first;
  });
  /** The first effect does not read again when a first read is under way. */
  const started = useRef(false);
  useEffect(() => {
    if (!started.current && waitsForFirst) started.current = true;
    else void reload();
    return onDataChanged(() => void reload());
  }, [reload]);
  return [state, reload];
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
