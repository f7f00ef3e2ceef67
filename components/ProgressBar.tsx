import { useEffect, useState } from 'preact/hooks';

/**
 * The share of a long piece of work done so far, as only its progress bar
 * listens to it: each step of a 10,000-row import redraws the bar, not the
 * component around it (re-rendering the import preview took ~15 ms a step).
 * A negative share means "busy, share unknown".
 */
export interface ProgressFeed {
  get(): number;
  set(fraction: number): void;
  subscribe(listener: () => void): () => void;
}

export function createProgressFeed(initial = 0): ProgressFeed {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(fraction) {
      if (fraction === value) return;
      value = fraction;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A `<progress>` that follows `feed`: determinate from 0 to 1, indeterminate below 0. */
export function ProgressBar({ feed, label }: { feed: ProgressFeed; label: string }) {
  const [value, setValue] = useState(feed.get());
  useEffect(() => {
    setValue(feed.get());
    return feed.subscribe(() => setValue(feed.get()));
  }, [feed]);
  return <progress aria-label={label} {...(value >= 0 ? { value, max: 1 } : {})} />;
}
